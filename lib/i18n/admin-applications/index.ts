import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";

export type ApplicationsText = typeof en;

/** The applications inbox, personal data requests and email outbox words in one interface language. */
export function applicationsText(locale: Locale): ApplicationsText {
  return locale === "fr" ? (fr as ApplicationsText) : en;
}
