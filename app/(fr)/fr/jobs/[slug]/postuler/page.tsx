import { applyMetadata, ApplyPage } from "@/components/apply/apply-page";

// Rendered on a role's first visit, then served from the cache like the role's page (expired with it).
export const generateStaticParams = async () => [{ slug: "no-open-postings" }];

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return applyMetadata((await params).slug, "fr");
}

export default async function FrenchApplicationFormPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ApplyPage slug={(await params).slug} locale="fr" />;
}
