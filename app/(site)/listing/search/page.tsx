import type { Metadata } from "next";
import { connection } from "next/server";
import { ListingPage } from "@/components/site/jobs/listing-page";
import { listingMetadata } from "@/components/site/jobs/listing-metadata";
import { parseListingFilters } from "@/lib/postings";

// Internal route behind /jobs?q=… (see lib/public/listing-view.ts); the proxy
// answers 404 to direct requests for /listing/…. Free-text searches are
// rendered on every request and never stored: one stored page per distinct
// search would let anyone fill the cache. The page blocks until its results are
// ready (no streamed fallback), so the no-JavaScript GET form gets the results
// in the HTML; filter-only views stay cached pages (../[view]/page.tsx).
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  // listingMetadata marks every filtered view noindex, searches included.
  return listingMetadata(parseListingFilters(await searchParams), "en");
}

export default async function SearchRoute({ searchParams }: Props) {
  await connection();
  return <ListingPage filters={parseListingFilters(await searchParams)} locale="en" live />;
}
