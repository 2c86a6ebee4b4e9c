import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/not-found-page";
import { publicWords } from "@/lib/i18n/public";

// Internal: the proxy rewrites unknown addresses to /missing/404 with status 404 (proxy.ts → notFound);
// direct requests to this path get the same answer from the proxy. Like the closed-role page, the one
// entry is rendered on its first request, not at build time: a page prerendered at build answers 200
// whatever status the proxy's rewrite asks for.
export const generateStaticParams = async () => [{ status: "not-prerendered" }];

// No robots here: Next writes noindex itself on any response above 400.
export const metadata: Metadata = { title: publicWords("fr").notFound.title };

export default async function FrenchMissingPage({ params }: { params: Promise<{ status: string }> }) {
  await params;
  return <NotFoundPage locale="fr" />;
}
