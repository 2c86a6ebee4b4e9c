import { connection } from "next/server";
import { FEED_CACHE_CONTROL } from "@/lib/feeds/feed-context";
import { sitemapEntries } from "@/lib/feeds/sitemap-entries";
import { buildSitemapXml } from "@/lib/feeds/sitemap-xml";
import { sitemapPostings } from "@/lib/public/feed-postings";
import { siteUrl } from "@/lib/public/site-url";

// Home, the listings and the accessibility statement in both languages (hreflang
// pairs), and every open posting in each of its languages, each with the time its
// public content last changed (not the build's; the statement is undated). No
// drafts, no closed roles. sitemapPostings is cached under PUBLIC_TAGS.listing: every publish,
// edit, close and expiry expires it. Written by lib/feeds/sitemap-xml.ts rather
// than app/sitemap.ts, whose output puts xhtml:link before lastmod (invalid
// against the sitemaps.org 0.9 XSD).
export async function GET(): Promise<Response> {
  await connection();
  const body = buildSitemapXml(sitemapEntries(siteUrl(), await sitemapPostings()));
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}
