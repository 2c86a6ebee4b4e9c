import { COUNTRY_CODES } from "@/lib/postings/country-codes";
import type { Locale } from "@/lib/i18n/locales";
import { regionNames } from "@/lib/i18n/intl-formats";

export type CountryOption = { code: string; name: string };

/** Every ISO 3166-1 country by its name in `locale` (Intl's CLDR names), sorted by name: the office form's list. */
export function countryOptions(locale: Locale): CountryOption[] {
  const names = regionNames(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

export function countryName(code: string, locale: Locale): string {
  return regionNames(locale).of(code) ?? code;
}
