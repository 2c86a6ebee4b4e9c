import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundPage } from "@/components/site/not-found-page";
import { publicWords } from "@/lib/i18n/public";

// Internal: the proxy rewrites unknown addresses here with status 404 (proxy.ts → notFound); direct
// requests to this path get the same answer from the proxy. Rendered per request (a cheap page, no data):
// only then does the response keep the proxy's 404 status, a prerendered page would answer 200.
// No robots here: Next writes noindex itself on any response above 400.
export const instant = false;
export const metadata: Metadata = { title: publicWords("fr").notFound.title };

export default async function FrenchMissingPage() {
  await connection();
  return <NotFoundPage locale="fr" />;
}
