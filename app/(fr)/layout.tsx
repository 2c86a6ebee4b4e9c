import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageChrome } from "@/components/site/page-chrome";
import { siteUrl } from "@/lib/public/site-url";
import "../globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Carrières chez Back Market", template: "%s · Back Market Carrières" },
  openGraph: { siteName: "Back Market Carrières", type: "website", locale: "fr_FR" },
};

export default function FrenchLayout({ children }: { children: ReactNode }) {
  return <PageChrome locale="fr">{children}</PageChrome>;
}
