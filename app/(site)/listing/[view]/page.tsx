import type { Metadata } from "next";
import { ListingPage } from "@/components/site/jobs/listing-page";
import { listingMetadata } from "@/components/site/jobs/listing-metadata";
import { filtersOfView } from "@/lib/public/listing-view";

// Internal route behind /jobs?… (see lib/public/listing-view.ts); the proxy
// answers 404 to direct requests for /listing/….
export const generateStaticParams = async () => [{ view: "all" }];

export async function generateMetadata({ params }: { params: Promise<{ view: string }> }): Promise<Metadata> {
  return listingMetadata(filtersOfView((await params).view), "en");
}

export default async function ListingRoute({ params }: { params: Promise<{ view: string }> }) {
  return <ListingPage filters={filtersOfView((await params).view)} locale="en" />;
}
