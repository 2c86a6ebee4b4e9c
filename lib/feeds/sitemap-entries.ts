import type { MetadataRoute } from "next";
import { publicWords } from "@/lib/i18n/public";
import { postingPath } from "@/lib/public/posting-urls";

export type SitemapPosting = { slug: string; locales: readonly string[]; lastModified: Date };

type Pair = { en: string; fr: string };

/** Both languages of a page, each with the hreflang alternates its <head> announces (en, fr, x-default → English). */
function pairEntries(base: string, paths: Pair, lastModified: Date | undefined): MetadataRoute.Sitemap {
  const languages = { en: `${base}${paths.en}`, fr: `${base}${paths.fr}`, "x-default": `${base}${paths.en}` };
  return [paths.en, paths.fr].map((path) => ({ url: `${base}${path}`, lastModified, alternates: { languages } }));
}

/**
 * sitemap.xml's entries: home, the listing and the accessibility statement in
 * both languages, then every open posting in each of its languages (with
 * hreflang alternates when it has both), each dated by its last public change
 * — never the build time. Home and the listings change when any posting does,
 * so they carry the newest of those dates; the accessibility statement changes
 * only with a release, so it has no lastmod.
 */
export function sitemapEntries(base: string, postings: readonly SitemapPosting[]): MetadataRoute.Sitemap {
  const newest = postings.reduce<Date | undefined>((latest, posting) => (!latest || posting.lastModified > latest ? posting.lastModified : latest), undefined);
  const [en, fr] = [publicWords("en").paths, publicWords("fr").paths];
  return [
    ...pairEntries(base, { en: en.home, fr: fr.home }, newest),
    ...pairEntries(base, { en: en.jobs, fr: fr.jobs }, newest),
    ...pairEntries(base, { en: en.accessibility, fr: fr.accessibility }, undefined),
    ...postings.flatMap((posting) => {
      const locales = posting.locales.filter((locale): locale is "en" | "fr" => locale === "en" || locale === "fr");
      if (locales.length > 1) return pairEntries(base, { en: postingPath(posting.slug, "en"), fr: postingPath(posting.slug, "fr") }, posting.lastModified);
      return locales.map((locale) => ({ url: `${base}${postingPath(posting.slug, locale)}`, lastModified: posting.lastModified }));
    }),
  ];
}
