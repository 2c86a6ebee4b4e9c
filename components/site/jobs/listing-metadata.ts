import type { Metadata } from "next";
import { toListingSearchParams, type ListingFilters } from "@/lib/postings";
import { listingHref } from "@/lib/public/listing-view";

/** The listing's metadata: canonical URL, feeds of the same filters, noindex for filtered views. */
export function listingMetadata(filters: ListingFilters): Metadata {
  const query = toListingSearchParams({ ...filters, page: 1 }).toString();
  const feedQuery = query ? `?${query}` : "";
  return {
    title: "Open roles",
    description: "Jobs, apprenticeships and internships at Back Market, in Paris, Bordeaux and beyond.",
    alternates: {
      canonical: listingHref(filters),
      types: {
        "application/rss+xml": [{ url: `/feeds/jobs.rss${feedQuery}`, title: "Back Market open roles (RSS)" }],
        "application/feed+json": [{ url: `/feeds/jobs.json${feedQuery}`, title: "Back Market open roles (JSON Feed)" }],
      },
    },
    robots: query ? { index: false, follow: true } : undefined,
  };
}
