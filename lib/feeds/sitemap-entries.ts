import type { MetadataRoute } from "next";
import { postingPath } from "@/lib/public/posting-urls";

export type SitemapPosting = { slug: string; locales: readonly string[]; lastModified: Date };

/**
 * sitemap.xml's entries: home, /jobs and every open posting in each of its
 * languages (with hreflang alternates when it has both), each dated by its
 * last public change — never the build time. Home and /jobs change when any
 * posting does, so they carry the newest of those dates.
 */
export function sitemapEntries(base: string, postings: readonly SitemapPosting[]): MetadataRoute.Sitemap {
  const newest = postings.reduce<Date | undefined>((latest, posting) => (!latest || posting.lastModified > latest ? posting.lastModified : latest), undefined);
  return [
    { url: `${base}/`, lastModified: newest },
    { url: `${base}/jobs`, lastModified: newest },
    ...postings.flatMap((posting) => {
      const locales = posting.locales.filter((locale): locale is "en" | "fr" => locale === "en" || locale === "fr");
      const alternates =
        locales.length > 1 ? { languages: Object.fromEntries(locales.map((locale) => [locale, `${base}${postingPath(posting.slug, locale)}`])) } : undefined;
      return locales.map((locale) => ({ url: `${base}${postingPath(posting.slug, locale)}`, lastModified: posting.lastModified, ...(alternates ? { alternates } : {}) }));
    }),
  ];
}
