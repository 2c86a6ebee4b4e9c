import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";

export type PublicWords = typeof en;

const CATALOGUES: Record<Locale, PublicWords> = { en, fr: fr as PublicWords };

/** The public site's words in a language. */
export function publicWords(locale: Locale): PublicWords {
  return CATALOGUES[locale];
}

export const otherLocale = (locale: Locale): Locale => (locale === "fr" ? "en" : "fr");
