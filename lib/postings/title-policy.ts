// Google's title policy (jobposting.md): the job's title, not the posting's.
// Shared by the posting rules and the JSON-LD checker so both judge alike.

export const COMPANY_NAMES = ["Back Market", "BackMarket", "JUNG SAS"] as const;

const GENDER_MARKER = /\(\s*[hfmwd]\s*\/\s*[hfmwd](?:\s*\/\s*[hfmwd])?\s*\)|(?:^|[\s-])[hfm]\s*\/\s*[hfm](?:\s*\/\s*[dx])?(?=$|[\s)-])/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

export function findTitleProblems(title: string, companyNames: readonly string[] = COMPANY_NAMES): string[] {
  const problems: string[] = [];
  const compact = normalise(title);
  if (companyNames.some((name) => name.trim() !== "" && compact.includes(normalise(name)))) {
    problems.push("Leave the company name out of the title: search engines show it from the organisation.");
  }
  if (GENDER_MARKER.test(title)) {
    problems.push("Leave “(H/F)” and similar markers out of the title: search engines reject them.");
  }
  if (YEAR.test(title) || NUMERIC_DATE.test(title)) {
    problems.push("Leave dates out of the title: the start date has its own field and would go stale here.");
  }
  return problems;
}
