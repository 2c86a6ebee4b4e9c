import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";
import { pairAlternates } from "@/lib/i18n/public/alternates";
import { toListingSearchParams, type ListingFilters } from "@/lib/postings";
import { listingHref } from "@/lib/public/listing-view";

/** The listing's metadata: canonical URL, hreflang twins, feeds of the same filters, noindex for filtered views. */
export function listingMetadata(filters: ListingFilters, locale: Locale): Metadata {
  const words = publicWords(locale);
  const query = toListingSearchParams({ ...filters, page: 1 }).toString();
  const feedQuery = query ? `?${query}` : "";
  return {
    title: words.listing.title,
    description: words.listing.description,
    alternates: {
      ...pairAlternates(locale, { en: listingHref(filters, "en"), fr: listingHref(filters, "fr") }),
      types: {
        "application/rss+xml": [{ url: `/feeds/jobs.rss${feedQuery}`, title: words.listing.rssTitle }],
        "application/feed+json": [{ url: `/feeds/jobs.json${feedQuery}`, title: words.listing.jsonFeedTitle }],
      },
    },
    robots: query ? { index: false, follow: true } : undefined,
  };
}
