import { applyMetadata } from "@/components/apply/apply-page";
import { ApplyRetryPage } from "@/components/apply/apply-retry-page";

// Rendered per request, in order (it reads the candidate's own cookie): the whole form with its errors
// arrives at once, also without JavaScript.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return applyMetadata((await params).slug, "fr");
}

export default async function FrenchApplicationRetryPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ApplyRetryPage slug={(await params).slug} locale="fr" />;
}
