import "server-only";
import { cookies, headers } from "next/headers";
import type { Locale } from "@/lib/i18n/locales";
import { adminCatalogue, type AdminCatalogue } from "./catalogue";
import { ADMIN_LOCALE_COOKIE, resolveAdminLocale } from "./locale-cookie";

/** The signed-in user's interface language: their cookie, else the browser's Accept-Language, else English. */
export async function getAdminLocale(): Promise<Locale> {
  const [jar, headerList] = await Promise.all([cookies(), headers()]);
  return resolveAdminLocale(jar.get(ADMIN_LOCALE_COOKIE)?.value, headerList.get("accept-language"));
}

/** The locale and its words, for a server component. */
export async function getAdminText(): Promise<{ locale: Locale; t: AdminCatalogue }> {
  const locale = await getAdminLocale();
  return { locale, t: adminCatalogue(locale) };
}
