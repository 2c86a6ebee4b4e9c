import { openPostingParams, postingMetadata, PublicPostingPage } from "@/components/site/posting/public-posting-page";

export const generateStaticParams = () => openPostingParams("fr");

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return postingMetadata((await params).slug, "fr");
}

export default async function FrenchPostingPage({ params }: { params: Promise<{ slug: string }> }) {
  return <PublicPostingPage slug={(await params).slug} locale="fr" />;
}
