import { z } from "zod";
import { en, messagesText } from "@/lib/i18n/admin-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { Authorized } from "./guard";

/**
 * What every auth/user-admin server action returns to its form
 * (useActionState): a message, errors next to their fields, the submitted
 * values to refill the form (never passwords), and — once — a generated password.
 */
export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** A generated password, shown once after it was set. */
  oneTimePassword?: { email: string; password: string };
};

export const IDLE: ActionState = { status: "idle" };

// The English words (scripts and tests); an action passes its reader's locale (getAdminLocale()) for theirs.
export const NOT_SIGNED_IN = en.actions.signedOut;
export const NOT_ALLOWED = en.actions.notAllowed;
export const NOTHING_CHANGED = en.actions.nothingChanged;

export function deniedState(result: Extract<Authorized, { ok: false }>, locale?: Locale): ActionState {
  const m = messagesText(locale).actions;
  return { status: "error", message: result.error === "unauthenticated" ? m.signedOut : m.notAllowed };
}

export function invalidState(error: z.ZodError, values: Record<string, string> = {}, locale?: Locale): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { status: "error", message: messagesText(locale).actions.checkFields, fieldErrors, values };
}

export function fieldErrorState(field: string, message: string, values: Record<string, string> = {}, locale?: Locale): ActionState {
  return { status: "error", message: messagesText(locale).actions.checkFields, fieldErrors: { [field]: [message] }, values };
}

/**
 * Reads only the named string fields of a form (no mass assignment: any other
 * field is ignored; files and repeated keys are not strings we accept).
 */
export function readFields<K extends string>(formData: unknown, keys: readonly K[]): Record<K, string | undefined> {
  const out = {} as Record<K, string | undefined>;
  const form = formData instanceof FormData ? formData : null;
  for (const key of keys) {
    const all = form ? form.getAll(key) : [];
    out[key] = all.length === 1 && typeof all[0] === "string" ? all[0] : undefined;
  }
  return out;
}

/** The submitted values worth sending back to refill a form (passwords never). */
export function echo(values: Record<string, string | undefined>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = values[key];
    if (typeof value === "string") out[key] = value.slice(0, 500);
  }
  return out;
}
