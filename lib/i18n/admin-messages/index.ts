import type { Locale } from "../locales";
import { en } from "./en";
export { en };
import { fr } from "./fr";

export type MessagesText = typeof en;

/** The admin actions' answers in one interface language (English when the locale is not known). */
export function messagesText(locale: Locale | undefined): MessagesText {
  return locale === "fr" ? (fr as MessagesText) : en;
}
