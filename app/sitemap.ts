import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/feeds/sitemap-entries";
import { sitemapPostings } from "@/lib/public/feed-postings";
import { siteUrl } from "@/lib/public/site-url";

// Home, /jobs and every open posting in each of its languages, each with the
// time its public content last changed (not the build's). No drafts, no closed
// roles. sitemapPostings is cached under PUBLIC_TAGS.listing: every publish,
// edit, close and expiry expires it.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(siteUrl(), await sitemapPostings());
}
