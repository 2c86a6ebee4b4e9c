import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PageChrome } from "@/components/site/page-chrome";
import { publicWords } from "@/lib/i18n/public";
import "./globals.css";

const words = publicWords("en");
export const metadata: Metadata = { title: `${words.notFound.title} · ${words.meta.siteName}` };

// Unmatched URLs (the app has one root layout per language and one for the admin); unknown /fr/…
// addresses get the French 404 from app/(fr)/fr/[...unknown].
export default function GlobalNotFound() {
  return (
    <PageChrome locale="en">
      <NotFoundPage locale="en" />
    </PageChrome>
  );
}
