import type { JobPostingSite } from "@/lib/postings";
import type { PublicPosting } from "@/lib/public/public-posting";
import { feedItem } from "./feed-item";

/** JSON Feed 1.1 of open postings, each item carrying its schema.org JobPosting under `_job_posting`. */
export function buildJsonFeed(entries: readonly PublicPosting[], site: JobPostingSite, feed: { title: string; selfUrl: string; pageUrl: string }) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.selfUrl,
    language: "en",
    items: entries.map((entry) => {
      const item = feedItem(entry, site);
      return {
        id: item.url,
        url: item.url,
        title: item.title,
        content_html: item.descriptionHtml,
        date_published: new Date(item.datePosted).toISOString(),
        date_modified: item.updated,
        _job_posting: item.jobPosting,
      };
    }),
  };
}
