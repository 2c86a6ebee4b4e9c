import type { IssueReporter } from "../issues";
import { msg } from "../messages/message";
import type { Posting } from "../posting-shape";

export function checkLanguages(posting: Posting, report: IssueReporter): void {
  const { languages } = posting;
  if (!languages.some((language) => language.required)) {
    report.error(["languages"], msg("languageRequired"));
  }
  const seen = new Set<string>();
  languages.forEach((language, index) => {
    // Blocks drafts too: the database keeps one row per language and posting.
    if (seen.has(language.code)) {
      report.error(["languages", index, "code"], msg("languageTwice", language.code), { blocksDraft: true });
    }
    seen.add(language.code);
  });
}
