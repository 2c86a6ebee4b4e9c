import type { MetadataRoute } from "next";
import { sitemapPostings } from "@/lib/public/feed-postings";
import { postingPath } from "@/lib/public/posting-urls";
import { siteUrl } from "@/lib/public/site-url";

// Home, /jobs and every open posting in each of its languages, each with the
// time its public content last changed (not the build's). No drafts, no closed roles.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const postings = await sitemapPostings();
  const newest = postings.reduce<Date | undefined>((latest, posting) => (!latest || posting.lastModified > latest ? posting.lastModified : latest), undefined);
  return [
    { url: `${base}/`, lastModified: newest },
    { url: `${base}/jobs`, lastModified: newest },
    ...postings.flatMap((posting) =>
      posting.locales
        .filter((locale): locale is "en" | "fr" => locale === "en" || locale === "fr")
        .map((locale) => ({
          url: `${base}${postingPath(posting.slug, locale)}`,
          lastModified: posting.lastModified,
          alternates: posting.locales.includes("fr")
            ? { languages: { en: `${base}${postingPath(posting.slug, "en")}`, fr: `${base}${postingPath(posting.slug, "fr")}` } }
            : undefined,
        })),
    ),
  ];
}
