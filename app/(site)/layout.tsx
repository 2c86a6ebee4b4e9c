import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageChrome } from "@/components/site/page-chrome";
import { siteUrl } from "@/lib/public/site-url";
import "../globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Careers at Back Market", template: "%s · Back Market Careers" },
  description: "Jobs, apprenticeships and internships at Back Market, the refurbished electronics marketplace.",
  openGraph: { siteName: "Back Market Careers", type: "website" },
};

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <PageChrome locale="en">{children}</PageChrome>;
}
