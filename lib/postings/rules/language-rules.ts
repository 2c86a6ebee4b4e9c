import type { IssueReporter } from "../issues";
import type { Posting } from "../posting-shape";

export function checkLanguages(posting: Posting, report: IssueReporter): void {
  const { languages } = posting;
  if (!languages.some((language) => language.required)) {
    report.error(["languages"], "Mark at least one language as required.");
  }
  const seen = new Set<string>();
  languages.forEach((language, index) => {
    // Blocks drafts too: the database keeps one row per language and posting.
    if (seen.has(language.code)) {
      report.error(["languages", index, "code"], `“${language.code}” is listed twice: keep one entry per language.`, {
        blocksDraft: true,
      });
    }
    seen.add(language.code);
  });
}
