import type { Metadata } from "next";
import { ListingPage } from "@/components/site/jobs/listing-page";
import { listingMetadata } from "@/components/site/jobs/listing-metadata";
import { filtersOfView } from "@/lib/public/listing-view";

// Internal route behind /fr/jobs?… (the French twin of app/(site)/listing/[view]) (see lib/public/listing-view.ts); the proxy
// answers 404 to direct requests for /fr/listing/….
export const generateStaticParams = async () => [{ view: "all" }];

export async function generateMetadata({ params }: { params: Promise<{ view: string }> }): Promise<Metadata> {
  return listingMetadata(filtersOfView((await params).view), "fr");
}

export default async function FrenchListingRoute({ params }: { params: Promise<{ view: string }> }) {
  return <ListingPage filters={filtersOfView((await params).view)} locale="fr" />;
}
