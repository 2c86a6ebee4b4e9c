import type { Metadata } from "next";
import { connection } from "next/server";
import { ListingPage } from "@/components/site/jobs/listing-page";
import { listingMetadata } from "@/components/site/jobs/listing-metadata";
import { parseListingFilters } from "@/lib/postings";

// Internal route behind /fr/jobs?q=…: the French twin of app/(site)/listing/search (rendered per request,
// never stored; see lib/public/listing-view.ts).
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  return listingMetadata(parseListingFilters(await searchParams), "fr");
}

export default async function FrenchSearchRoute({ searchParams }: Props) {
  await connection();
  return <ListingPage filters={parseListingFilters(await searchParams)} locale="fr" live />;
}
