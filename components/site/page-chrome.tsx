import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The public pages' html and body: one per language root layout. Every word comes from lib/i18n/public. */
export function PageChrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
        >
          {publicWords(locale).chrome.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
