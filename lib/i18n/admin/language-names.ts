import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { LANGUAGE_CODES } from "@/lib/postings/language-codes";

// Languages chosen by name, not typed as ISO codes: the ones postings ask for most come first,
// then every other ISO 639-1 language in alphabetical order of its name in the reader's language.
const FIRST = ["en", "fr", "de", "es", "it", "pt", "nl"] as const;

export type LanguageOption = { value: string; label: string };

const CACHE = new Map<Locale, { common: LanguageOption[]; others: LanguageOption[] }>();

function nameOf(names: Intl.DisplayNames, code: string): string {
  const name = names.of(code);
  if (!name || name === code) return code.toUpperCase();
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

export function languageOptions(locale: Locale): { common: LanguageOption[]; others: LanguageOption[] } {
  const cached = CACHE.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "language", fallback: "code" });
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
