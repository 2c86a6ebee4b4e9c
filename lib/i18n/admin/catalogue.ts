import type { Locale } from "@/lib/i18n/locales";
import { en } from "./en";
import { fr } from "./fr";

export type AdminCatalogue = typeof en;

const CATALOGUES: Record<Locale, AdminCatalogue> = { en, fr };

/** The admin's words in one language; client components call it with the locale they were given. */
export function adminCatalogue(locale: Locale): AdminCatalogue {
  return CATALOGUES[locale];
}
