import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/not-found-page";
import { publicWords } from "@/lib/i18n/public";

// Internal: the proxy rewrites unknown addresses here with status 404 (proxy.ts → notFound); direct
// requests to this path get the same answer from the proxy.
export const metadata: Metadata = { title: publicWords("en").notFound.title, robots: { index: false } };

export default function EnglishMissingPage() {
  return <NotFoundPage locale="en" />;
}
