import type { Metadata } from "next";
import { PageChrome } from "@/components/site/page-chrome";
import NotFound from "./(site)/not-found";
import "./globals.css";

// Unmatched URLs (the app has one root layout per language and one for the admin).
export const metadata: Metadata = { title: "Page not found · Back Market Careers" };

export default function GlobalNotFound() {
  return (
    <PageChrome locale="en">
      <NotFound />
    </PageChrome>
  );
}
