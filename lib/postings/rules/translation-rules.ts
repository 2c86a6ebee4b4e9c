import type { IssueReporter } from "../issues";
import type { LocaleContent, Posting } from "../posting-shape";

const FIELD = ["frenchTranslated"] as const;

/** The words candidates read, compared without the step numbering and spacing. */
function readableText(content: LocaleContent): string {
  const { title, about, role, missions, profile, benefits, additionalInfo, steps } = content;
  return [title, about, role, ...missions, ...profile, ...benefits, additionalInfo, ...steps.map((step) => `${step.label} ${step.withWhom ?? ""}`)]
    .join("\n")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

// A French version goes live only when a recruiter says it is translated, and it
// cannot claim to be while it still reads exactly like the English text.
export function checkTranslation(posting: Posting, report: IssueReporter): void {
  const french = posting.content.fr;
  if (!french) return;
  if (!posting.frenchTranslated) {
    report.warning(FIELD, "The French version is still to translate: it stays off the French site until you tick “The French text is translated”.");
    return;
  }
  if (readableText(french) === readableText(posting.content.en)) {
    report.error(FIELD, "The French text is the same as the English: translate it before ticking “The French text is translated”.");
  }
}
