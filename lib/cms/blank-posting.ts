import { formatParisDateTime, TEXT_LIMITS, type Office, type PostingInput } from "@/lib/postings";

/** What "New posting" opens with: nothing invented, only safe defaults the recruiter sees and can change. */
export function blankPosting(now: Date, defaults: { office: Office | null; about: string }): PostingInput {
  return {
    slug: "",
    teamSlug: "",
    contract: { type: "CDI", schedule: "FULL_TIME", weeklyHours: null, durationMonths: null, durationReason: null, endDate: null, compensation: null },
    dates: { datePosted: formatParisDateTime(now), validThrough: null, startWindow: { earliest: "", latest: "" } },
    location: { office: defaults.office, remote: { policy: "ON_SITE" }, workAuthorization: "NONE" },
    languages: [],
    education: { requirements: [], field: null },
    content: {
      en: { title: "", about: defaults.about, role: "", missions: [], profile: [], benefits: [], additionalInfo: "", steps: [] },
    },
    apply: { method: "EXTERNAL_URL", url: null, email: null, questions: [] },
  };
}

/** "Technical Program Manager (Paris)" → "technical-program-manager-paris": a starting point the recruiter can edit. */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, TEXT_LIMITS.slug)
    .replace(/-+$/, "");
}
