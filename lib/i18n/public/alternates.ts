import type { Metadata } from "next";
import type { Locale } from "../locales";

/** A page's canonical URL and its hreflang alternates (en, fr, x-default → English) for a pair of pages. */
export function pairAlternates(locale: Locale, paths: Record<Locale, string>): NonNullable<Metadata["alternates"]> {
  return { canonical: paths[locale], languages: { en: paths.en, fr: paths.fr, "x-default": paths.en } };
}
