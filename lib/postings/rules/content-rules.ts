import type { IssueReporter } from "../issues";
import type { LocaleContent, Posting } from "../posting-shape";
import { msg } from "../messages/message";
import { findTitleProblemKeys } from "../title-policy";
import { CONTENT_LOCALES } from "../enums";

const STEP_MINUTES = { min: 15, max: 240 } as const;

function checkLocaleContent(locale: string, content: LocaleContent, report: IssueReporter) {
  const base = ["content", locale] as const;
  if (content.title === "") report.error([...base, "title"], msg("titleMissing", locale));
  for (const problem of findTitleProblemKeys(content.title)) report.error([...base, "title"], msg(problem));
  if (content.missions.length === 0) report.error([...base, "missions"], msg("missionsMissing"));
  if (content.profile.length === 0) report.error([...base, "profile"], msg("profileMissing"));
  content.steps.forEach((step, index) => {
    const path = [...base, "steps", index] as const;
    if (step.order !== index + 1) {
      report.error([...path, "order"], msg("stepOrder", index + 1));
    }
    if (step.label === "") report.error([...path, "label"], msg("stepLabel"));
    if (step.minutes < STEP_MINUTES.min || step.minutes > STEP_MINUTES.max) {
      report.error([...path, "minutes"], msg("stepMinutes", STEP_MINUTES.min, STEP_MINUTES.max));
    }
    if (step.kind === "ASSESSMENT" && step.options.length === 0) {
      report.error([...path, "options"], msg("assessmentOptions"));
    }
    if (step.kind !== "ASSESSMENT" && step.options.length > 0) {
      report.error([...path, "options"], msg("optionsOnlyAssessment"));
    }
  });
}

export function checkContent(posting: Posting, report: IssueReporter): void {
  for (const locale of CONTENT_LOCALES) {
    const content = posting.content[locale];
    if (content) checkLocaleContent(locale, content, report);
  }
  const { method, url, email } = posting.apply;
  if (method === "EXTERNAL_URL" && url === null) {
    report.error(["apply", "url"], msg(email === null ? "applyMissing" : "applyUrlMissing"));
  }
  if (method === "EMAIL" && email === null) report.error(["apply", "email"], msg("applyEmailMissing"));
}
