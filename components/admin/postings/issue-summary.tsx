"use client";

import type { IssueMap } from "@/lib/postings";
import { fieldId } from "./editor-issues";

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

/** Every message of the form in one list, each linking to its field: nothing is only shown where it cannot be seen. */
export function IssueSummary({ title, issues, tone }: { title: string; issues: IssueMap; tone: "error" | "warning" }) {
  const entries = Object.entries(issues).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  if (!entries.length) return null;
  return (
    <section
      aria-label={title}
      className={tone === "error" ? "rounded-xl border-2 border-red-700 p-4" : "rounded-xl border-l-4 border-amber-500 bg-amber-50 p-4"}
      data-kind={tone}
    >
      <h2 className="font-black">
        {title} ({entries.length})
      </h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {entries.map(({ path, message }) => (
          <li key={`${path}:${message}`}>
            <a href={`#${fieldId(path)}`} className="font-bold underline underline-offset-2">
              {describePath(path)}
            </a>
            : {message}
          </li>
        ))}
      </ul>
    </section>
  );
}
