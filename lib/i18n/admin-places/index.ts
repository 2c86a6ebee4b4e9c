import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";

export type PlacesText = typeof en;

/** The offices/teams/assignments words in one interface language. */
export function placesText(locale: Locale): PlacesText {
  return locale === "fr" ? (fr as PlacesText) : en;
}
