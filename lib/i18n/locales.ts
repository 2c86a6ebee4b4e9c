import type { ContentLocale } from "@/lib/postings/enums";

/**
 * The languages of the interface (public site and admin). Same values as the posting content's locales
 * (lib/postings/enums), so a page's language and its posting's version never need a mapping.
 */
export type Locale = ContentLocale;
export const LOCALES = ["en", "fr"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tag for Intl formatting in each interface language. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };
