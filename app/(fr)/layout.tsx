import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageChrome } from "@/components/site/page-chrome";
import { publicWords } from "@/lib/i18n/public";
import { siteUrl } from "@/lib/public/site-url";
import "../globals.css";

const words = publicWords("fr");

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: words.meta.defaultTitle, template: words.meta.titleTemplate },
  description: words.meta.description,
  openGraph: { siteName: words.meta.siteName, type: "website", locale: words.meta.ogLocale },
};

export default function FrenchLayout({ children }: { children: ReactNode }) {
  return <PageChrome locale="fr">{children}</PageChrome>;
}
