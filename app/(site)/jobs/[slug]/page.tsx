import { openPostingParams, postingMetadata, PublicPostingPage } from "@/components/site/posting/public-posting-page";

export const generateStaticParams = () => openPostingParams("en");

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return postingMetadata((await params).slug, "en");
}

export default async function PostingPage({ params }: { params: Promise<{ slug: string }> }) {
  return <PublicPostingPage slug={(await params).slug} locale="en" />;
}
