import { applyMetadata, ApplyPage } from "@/components/apply/apply-page";

// Rendered per request, in order (it shows a refused submission's values): no prerendered shell, so the form
// and its errors arrive whole, also without JavaScript.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return applyMetadata((await params).slug, "fr");
}

export default async function FrenchApplicationFormPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ApplyPage slug={(await params).slug} locale="fr" />;
}
