import type { IssueReporter } from "../issues";
import { msg } from "../messages/message";
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
    report.warning(FIELD, msg("frenchToTranslate"));
    return;
  }
  if (readableText(french) === readableText(posting.content.en)) {
    report.error(FIELD, msg("frenchSameAsEnglish"));
  }
}
