import type { Metadata } from "next";
import { ListingPage } from "@/components/site/jobs/listing-page";
import { filtersOfView, listingHref } from "@/lib/public/listing-view";
import { toListingSearchParams } from "@/lib/postings";

// Internal route behind /jobs (see lib/public/listing-view.ts); the proxy
// answers 404 to direct requests for /listing/….
export const generateStaticParams = async () => [{ view: "all" }];

export async function generateMetadata({ params }: { params: Promise<{ view: string }> }): Promise<Metadata> {
  const filters = filtersOfView((await params).view);
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

export default async function ListingRoute({ params }: { params: Promise<{ view: string }> }) {
  return <ListingPage filters={filtersOfView((await params).view)} />;
}
