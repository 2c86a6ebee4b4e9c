import type { JobPostingSite } from "@/lib/postings";
import type { PublicPosting } from "@/lib/public/public-posting";
import { feedItem } from "./feed-item";
import { element, xmlEscape } from "./xml";

/** RSS 2.0 of open postings (a saved search when filtered). */
export function buildRss(entries: readonly PublicPosting[], site: JobPostingSite, feed: { title: string; selfUrl: string; pageUrl: string }): string {
  const items = entries.map((entry) => {
    const item = feedItem(entry, site);
    return `<item>${element("title", item.title)}${element("link", item.url)}<guid isPermaLink="true">${xmlEscape(item.url)}</guid>${element("pubDate", new Date(item.datePosted).toUTCString())}${element("description", item.descriptionHtml)}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>${element("title", feed.title)}${element("link", feed.pageUrl)}<atom:link href="${xmlEscape(feed.selfUrl)}" rel="self" type="application/rss+xml"/>${element("description", `Open roles at ${site.name}`)}${element("language", "en")}${items.join("")}</channel></rss>
`;
}
