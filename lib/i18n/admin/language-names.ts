import { LANGUAGE_NAMES } from "@/lib/i18n/language-names";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { LANGUAGE_CODES } from "@/lib/postings/language-codes";

// Languages chosen by name, not typed as ISO codes: the ones postings ask for most come first,
// then every other ISO 639-1 language in alphabetical order of its name in the reader's language.
const FIRST = ["en", "fr", "de", "es", "it", "pt", "nl"] as const;

export type LanguageOption = { value: string; label: string };

const CACHE = new Map<Locale, { common: LanguageOption[]; others: LanguageOption[] }>();

function nameOf(names: Readonly<Record<string, string>>, code: string): string {
  return names[code] ?? code.toUpperCase();
}

export function languageOptions(locale: Locale): { common: LanguageOption[]; others: LanguageOption[] } {
  const cached = CACHE.get(locale);
  if (cached) return cached;
  const names = LANGUAGE_NAMES[locale];
  const common = FIRST.map((code) => ({ value: code, label: nameOf(names, code) }));
  const others = LANGUAGE_CODES.filter((code) => !(FIRST as readonly string[]).includes(code))
    .map((code) => ({ value: code, label: nameOf(names, code) }))
    .sort((a, b) => a.label.localeCompare(b.label, INTL_LOCALE[locale]));
  const options = { common, others };
  CACHE.set(locale, options);
  return options;
}

export function languageName(code: string, locale: Locale): string {
  return languageOptions(locale).common.concat(languageOptions(locale).others).find((option) => option.value === code)?.label ?? code;
}
