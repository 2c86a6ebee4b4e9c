import type { Metadata } from "next";
import { ClosedPostingPage } from "@/components/site/closed/closed-posting-page";
import { publicWords } from "@/lib/i18n/public";

// The French twin of app/(site)/closed/[slug]: the proxy rewrites /fr/jobs/<slug> of a closed role here
// with HTTP status 410 Gone; direct requests to /fr/closed/… get a 404 from the proxy.
export const generateStaticParams = async () => [{ slug: "no-closed-posting" }];

// No robots: Next writes noindex itself on any response above 400.
export const metadata: Metadata = { title: publicWords("fr").closed.title };

export default async function FrenchClosedPostingPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ClosedPostingPage slug={(await params).slug} locale="fr" />;
}
