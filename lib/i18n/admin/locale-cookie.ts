import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/** The admin's language, chosen with the header's "English / Français" switch. */
export const ADMIN_LOCALE_COOKIE = "admin_locale";

/** First visit: the browser's preferred language if the admin speaks it, else English. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = ranked.find((entry) => isLocale(entry.language) || entry.language === "*");
  return first && isLocale(first.language) ? first.language : DEFAULT_LOCALE;
}

export function resolveAdminLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookieValue) ? cookieValue : localeFromAcceptLanguage(acceptLanguage);
}
