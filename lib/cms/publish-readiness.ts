import type { Locale } from "@/lib/i18n/locales";
import { addToIssueMap } from "@/lib/postings/issues";
import { msg, renderMessage } from "@/lib/postings/messages/message";
import {
  checkJobPostingJsonLd,
  CONTENT_LOCALES,
  toJobPostingJsonLd,
  type IssueMap,
  type JobPostingSite,
  type JsonLdViolation,
  type Posting,
} from "@/lib/postings";
import { postingPath } from "@/lib/public/posting-urls";

// What publishing needs beyond the posting schema's rules: the JobPosting
// crawlers will read passes its checklist, and the posting is not already
// closed. Pure, so the editor's panel and the publish command judge alike.

export type JsonLdReport = { locale: "en" | "fr"; jsonLd: ReturnType<typeof toJobPostingJsonLd>; violations: JsonLdViolation[] };

export function buildJsonLdReports(posting: Posting, site: JobPostingSite): JsonLdReport[] {
  return CONTENT_LOCALES.filter((locale) => posting.content[locale]).map((locale) => {
    const jsonLd = toJobPostingJsonLd(posting, site, { locale, url: `${site.url}${postingPath(posting.slug, locale)}` });
    return { locale, jsonLd, violations: checkJobPostingJsonLd(jsonLd) };
  });
}

/**
 * Errors that block publishing (or scheduling), keyed like the form's fields.
 * liveFrom: when it goes live, to refuse a posting whose applications would
 * already be closed; omitted when editing one that is live already.
 */
export function findPublishBlockers(posting: Posting, options: { site: JobPostingSite; liveFrom?: Date; locale?: Locale }): IssueMap {
  const locale = options.locale ?? "en";
  const blockers: IssueMap = {};
  for (const report of buildJsonLdReports(posting, options.site)) {
    for (const violation of report.violations) {
      addToIssueMap(blockers, ["jsonLd"], renderMessage(msg("listingProblem", report.locale, listingArea(violation.path)), locale));
    }
  }
  const { validThrough } = posting.dates;
  const { liveFrom } = options;
  if (liveFrom && validThrough !== null && Date.parse(validThrough) <= liveFrom.getTime()) {
    addToIssueMap(blockers, ["dates", "validThrough"], renderMessage(msg("closedAlready"), locale));
  }
  return blockers;
}

/** The part of the Google for Jobs listing a checker path is about ("jobLocation.0.address" → "jobLocation"). */
export function listingArea(path: string): string {
  const top = path.split(".")[0] ?? "";
  return top === "" || top.startsWith("@") ? "format" : top;
}
