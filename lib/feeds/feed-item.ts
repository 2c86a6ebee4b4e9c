import { buildJobDescriptionHtml, toJobPostingJsonLd, type JobPostingSite } from "@/lib/postings";
import type { PublicPosting } from "@/lib/public/public-posting";
import { postingPath } from "@/lib/public/posting-urls";

/** What every feed says about a posting, from the same sources as its page and JSON-LD. */
export function feedItem(entry: PublicPosting, site: JobPostingSite) {
  const { posting } = entry;
  const url = `${site.url}${postingPath(posting.slug)}`;
  return {
    url,
    title: posting.content.en.title,
    descriptionHtml: buildJobDescriptionHtml(posting, posting.content.en, "en"),
    datePosted: posting.dates.datePosted,
    updated: entry.lastPublicChangeAt,
    jobPosting: toJobPostingJsonLd(posting, site, { locale: "en", url }),
  };
}
