// Field paths in words, for the summary, the conflict notice and the history diff. Server- and client-safe.

const WORDS: Record<string, string> = {
  content: "Text",
  en: "English",
  fr: "French",
  contract: "Contract",
  durationMonths: "Length",
  ideal: "months",
  dates: "Dates",
  startWindow: "Start",
  validThrough: "Last day to apply",
  location: "Location",
  remote: "Remote",
  languages: "Languages",
  education: "Education",
  requirements: "Requirements",
  apply: "How to apply",
  url: "Link",
  slug: "Address",
  teamSlug: "Team",
  jsonLd: "JobPosting for crawlers",
  steps: "Step",
  missions: "Mission",
  profile: "Profile item",
  benefits: "Benefit",
  weeklyHours: "Hours a week",
  endDate: "End date",
  compensation: "Pay",
  office: "Office",
  publishAt: "Publication time",
};

/** "content.en.steps.0.minutes" → "English › Step 1 › minutes": where to look, in words. */
export function describePath(path: string): string {
  if (!path) return "Posting";
  return path
    .split(".")
    .filter((part) => part !== "content")
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : (WORDS[part] ?? part.replace(/([A-Z])/g, " $1").toLowerCase())))
    .join(" › ")
    .replace(/ › (\d+)/g, " $1");
}
