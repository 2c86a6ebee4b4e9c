import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ActionState } from "@/lib/auth/action-state";
import type { Authorized } from "@/lib/auth/guard";
import type { CmsFailure } from "@/lib/cms/types";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";
import type { z } from "zod";

// The shared answers of the office, team and assignment actions (useActionState forms).

// Each takes the reader's locale (getAdminLocale()), so the answer is in the language of the page.

export function denied(auth: Extract<Authorized, { ok: false }>, locale: Locale): ActionState {
  const t = placesText(locale).common;
  return { status: "error", message: auth.error === "unauthenticated" ? t.signedOut : t.notAllowed };
}

/** Each field's first message, under the field; the typed values come back so nothing is lost. */
export function invalid(error: z.ZodError, values: Record<string, string>, locale: Locale): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    if (!fieldErrors[key]) fieldErrors[key] = [issue.message];
  }
  return { status: "error", message: placesText(locale).common.checkFields, fieldErrors, values };
}

export function refused(result: CmsFailure, locale: Locale, values: Record<string, string> = {}): ActionState {
  const hasFields = Object.keys(result.fieldErrors).length > 0;
  return { status: "error", message: result.formError ?? placesText(locale).common.nothingChanged, ...(hasFields ? { fieldErrors: result.fieldErrors } : {}), values };
}

export function unexpected(error: unknown, locale: Locale, values: Record<string, string> = {}): ActionState {
  unstable_rethrow(error);
  console.error("[cms] office/team action failed", error);
  return { status: "error", message: placesText(locale).common.nothingChanged, values };
}
