import { LANGUAGE_NAMES } from "@/lib/i18n/language-names";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";
import { CONTRACT_LABELS, type ContentLocale, type ContractType, type LanguageLevel, type RemotePolicy } from "@/lib/postings";
import { dateTimeFormat } from "@/lib/i18n/intl-formats";

// Short words for cards, facets and key facts, from the public catalogue (lib/i18n/public). Long
// descriptions come from lib/postings' labels, which the JSON-LD description shares.

const intlLocale = (locale: ContentLocale) => INTL_LOCALE[locale];

export function contractLabel(type: ContractType, locale: ContentLocale, long = false): string {
  return long ? CONTRACT_LABELS[locale][type] : publicWords(locale).contracts[type];
}

export function remoteLabel(policy: RemotePolicy, daysPerWeek: number | null, locale: ContentLocale): string {
  const words = publicWords(locale);
  if (policy !== "HYBRID" || daysPerWeek === null) return words.remote[policy];
  return words.units.hybridDays(daysPerWeek);
}

/** "en" → "English" / "Anglais" (lib/i18n/language-names.ts: the same on the server and in the browser). */
export function languageName(code: string, locale: ContentLocale): string {
  return LANGUAGE_NAMES[locale][code] ?? code;
}

export function levelLabel(level: LanguageLevel | null, locale: ContentLocale): string | null {
  if (level === null) return null;
  if (level === "NATIVE") return publicWords(locale).units.native;
  return level;
}

/** "2026-09" → "September 2026". */
export function monthLabel(month: string, locale: ContentLocale): string {
  return dateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-15T12:00:00Z`));
}

/** An instant as a Paris calendar day: "30 September 2026". */
export function dayLabel(instant: string, locale: ContentLocale): string {
  return dateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(new Date(instant));
}

export function minutesLabel(minutes: number, locale: ContentLocale): string {
  if (minutes < 60 || minutes % 60 !== 0) return `${minutes} min`;
  return publicWords(locale).units.hours(minutes / 60);
}
