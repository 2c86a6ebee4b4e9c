import "server-only";
import { cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { PUBLIC_TAGS } from "@/lib/cache/public-tags";
import type { ContentLocale } from "@/lib/postings";
import { isLocale } from "./argument-guards";
import { openPostingWhere } from "./open-condition";

/** Slugs of the open postings that have content in a language, newest first (at most `limit`). */
export async function listOpenSlugs(locale: ContentLocale, limit?: number): Promise<string[]> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  if (!isLocale(locale) || (limit !== undefined && (!Number.isInteger(limit) || limit < 1))) return [];
  const rows = await db.posting.findMany({
    where: { ...openPostingWhere(new Date()), locales: { has: locale } },
    select: { slug: true },
    orderBy: { datePosted: "desc" },
    take: limit,
  });
  return rows.map((row) => row.slug);
}
