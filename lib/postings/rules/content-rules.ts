import type { IssueReporter } from "../issues";
import type { LocaleContent, Posting } from "../posting-shape";
import { findTitleProblems } from "../title-policy";
import { CONTENT_LOCALES } from "../enums";

const STEP_MINUTES = { min: 15, max: 240 } as const;

function checkLocaleContent(locale: string, content: LocaleContent, report: IssueReporter) {
  const base = ["content", locale] as const;
  if (content.title === "") report.error([...base, "title"], "Give the job a title.");
  for (const problem of findTitleProblems(content.title)) report.error([...base, "title"], problem);
  if (content.missions.length === 0) report.error([...base, "missions"], "Add at least one mission.");
  if (content.profile.length === 0) report.error([...base, "profile"], "Describe the profile with at least one item.");
  content.steps.forEach((step, index) => {
    const path = [...base, "steps", index] as const;
    if (step.order !== index + 1) {
      report.error([...path, "order"], `Number the steps 1, 2, 3… in order: this one should be step ${index + 1}.`);
    }
    if (step.label === "") report.error([...path, "label"], "Name this step, such as “Interview with the manager”.");
    if (step.minutes < STEP_MINUTES.min || step.minutes > STEP_MINUTES.max) {
      report.error([...path, "minutes"], `A step lasts between ${STEP_MINUTES.min} and ${STEP_MINUTES.max} minutes.`);
    }
    if (step.kind === "ASSESSMENT" && step.options.length === 0) {
      report.error([...path, "options"], "Say how the assessment is done: home assignment, live case study or both.");
    }
    if (step.kind !== "ASSESSMENT" && step.options.length > 0) {
      report.error([...path, "options"], "Only an assessment step has a format such as a home assignment.");
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
    report.error(["apply", "url"], email === null ? "Give an application link or email address: a posting must offer a way to apply." : "Give the application link, or choose to take applications by email.");
  }
  if (method === "EMAIL" && email === null) report.error(["apply", "email"], "Give the email address that receives applications.");
}
