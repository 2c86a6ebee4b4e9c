"use server";

import { cookies } from "next/headers";
import { isLocale } from "@/lib/i18n/locales";
import { ADMIN_LOCALE_COOKIE } from "./locale-cookie";

// Only a preference: no session needed (the login page has the switch too), and
// any value other than a known locale is ignored (so is anything but a form: the action is a public endpoint
// that a script may call with any argument). The page re-renders in place.
export async function setAdminLocaleAction(formData: unknown): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, { path: "/admin", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
}
