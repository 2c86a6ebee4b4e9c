import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";

export type ApplyWords = typeof fr;

/** The candidate side's words in `locale`. */
export function applyWords(locale: Locale): ApplyWords {
  return locale === "fr" ? fr : en;
}
