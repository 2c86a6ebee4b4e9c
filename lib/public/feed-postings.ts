import "server-only";
import { cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { PUBLIC_TAGS } from "@/lib/cache/public-tags";
import type { ListingFilters } from "@/lib/postings";
import { safeFilters } from "./argument-guards";
import { openPostingWhere } from "./open-condition";
import { listOpenSlugs } from "./open-slugs";
import { getOpenPosting, type PublicPosting } from "./public-posting";
import { searchOpenPostings } from "./search-postings";

async function load(slugs: readonly string[]): Promise<PublicPosting[]> {
  const postings = await Promise.all(slugs.map((slug) => getOpenPosting(slug)));
  return postings.filter((posting): posting is PublicPosting => posting !== null);
}

/** The open postings a listing view shows (its first page of 50), for the feeds of that saved search. */
export async function feedPostings(filters: ListingFilters): Promise<PublicPosting[]> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  const { cards } = await searchOpenPostings({ ...safeFilters(filters), page: 1 });
  return load(cards.map((card) => card.slug));
}

/** Every open posting (the Indeed feed). */
export async function allOpenPostings(): Promise<PublicPosting[]> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  return load(await listOpenSlugs("en"));
}

export type SitemapPosting = { slug: string; locales: string[]; lastModified: Date };

/** Open postings with their languages and last public change, for sitemap.xml. */
export async function sitemapPostings(): Promise<SitemapPosting[]> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  const rows = await db.posting.findMany({
    where: openPostingWhere(new Date()),
    select: { slug: true, locales: true, lastPublicChangeAt: true, publishedAt: true, datePosted: true },
    orderBy: { datePosted: "desc" },
  });
  return rows.map((row) => ({ slug: row.slug, locales: row.locales, lastModified: row.lastPublicChangeAt ?? row.publishedAt ?? row.datePosted }));
}
