import { msg, renderMessage } from "./messages/message";

// Google's title policy (jobposting.md): the job's title, not the posting's.
// Shared by the posting rules and the JSON-LD checker so both judge alike.

export const COMPANY_NAMES = ["Back Market", "BackMarket", "JUNG SAS"] as const;

const GENDER_MARKER = /\(\s*[hfmwd]\s*\/\s*[hfmwd](?:\s*\/\s*[hfmwd])?\s*\)|(?:^|[\s-])[hfm]\s*\/\s*[hfm](?:\s*\/\s*[dx])?(?=$|[\s)-])/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

export type TitleProblem = "titleCompany" | "titleGender" | "titleDates";

/** What is wrong with a title, as message keys (./messages): the rules show them in the recruiter's language. */
export function findTitleProblemKeys(title: string, companyNames: readonly string[] = COMPANY_NAMES): TitleProblem[] {
  const problems: TitleProblem[] = [];
  const compact = normalise(title);
  if (companyNames.some((name) => name.trim() !== "" && compact.includes(normalise(name)))) {
    problems.push("titleCompany");
  }
  if (GENDER_MARKER.test(title)) {
    problems.push("titleGender");
  }
  if (YEAR.test(title) || NUMERIC_DATE.test(title)) {
    problems.push("titleDates");
  }
  return problems;
}

/** The same problems in English, for the JobPosting checker. */
export function findTitleProblems(title: string, companyNames: readonly string[] = COMPANY_NAMES): string[] {
  return findTitleProblemKeys(title, companyNames).map((key) => renderMessage(msg(key)));
}
