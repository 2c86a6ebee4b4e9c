"use server";

import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import {
  deniedState,
  echo,
  fieldErrorState,
  invalidState,
  readFields,
  type ActionState,
} from "../action-state";
import { messagesText } from "@/lib/i18n/admin-messages";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { authorize } from "../guard";
import { rolesFor } from "../permissions";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { changeRole, createUser, endSessions, generatePassword, resetPassword, setDisabled, type Outcome } from "../user-admin";
import { userSchemas } from "../user-schemas";

// The users admin (ADMIN only). Each action checks the session and the role
// itself, reads only its own fields, and answers with state — never a 500.

function failed(outcome: Extract<Outcome, { ok: false }>, locale: Locale, values: Record<string, string> = {}): ActionState {
  const message = messagesText(locale).userRefusals[outcome.refusal];
  return outcome.field ? fieldErrorState(outcome.field, message, values, locale) : { status: "error", message, values };
}

function unexpected(error: unknown, locale: Locale): ActionState {
  unstable_rethrow(error);
  console.error("[auth] user admin action failed", error);
  return { status: "error", message: messagesText(locale).actions.nothingChanged };
}

export async function createUserAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.create"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  const fields = readFields(formData, ["email", "name", "role", "passwordMode", "password"] as const);
  const values = echo(fields, ["email", "name", "role", "passwordMode"]);
  const parsed = userSchemas(locale).createUser.safeParse(fields);
  if (!parsed.success) return invalidState(parsed.error, values, locale);
  try {
    const password = parsed.data.passwordMode === "set" ? parsed.data.password! : generatePassword();
    const outcome = await createUser(auth.user, { ...parsed.data, password });
    if (!outcome.ok) return failed(outcome, locale, values);
    refresh();
    return {
      status: "ok",
      message: m.users.created(parsed.data.email, adminCatalogue(locale).roles[parsed.data.role]),
      ...(parsed.data.passwordMode === "generate" ? { oneTimePassword: { email: parsed.data.email, password } } : {}),
    };
  } catch (error) {
    return unexpected(error, locale);
  }
}

export async function changeRoleAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.changeRole"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  const parsed = userSchemas(locale).changeRole.safeParse(readFields(formData, ["userId", "role"] as const));
  if (!parsed.success) return invalidState(parsed.error, {}, locale);
  try {
    const outcome = await changeRole(auth.user, parsed.data.userId, parsed.data.role);
    if (!outcome.ok) return failed(outcome, locale);
    refresh();
    return { status: "ok", message: m.users.roleChanged(adminCatalogue(locale).roles[parsed.data.role]) };
  } catch (error) {
    return unexpected(error, locale);
  }
}

async function setDisabledAction(formData: FormData, disabled: boolean): Promise<ActionState> {
  const auth = await authorize(rolesFor(disabled ? "user.disable" : "user.enable"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  const parsed = userSchemas(locale).userRef.safeParse(readFields(formData, ["userId"] as const));
  if (!parsed.success) return invalidState(parsed.error, {}, locale);
  try {
    const outcome = await setDisabled(auth.user, parsed.data.userId, disabled);
    if (!outcome.ok) return failed(outcome, locale);
    refresh();
    return { status: "ok", message: disabled ? m.users.disabled : m.users.enabled };
  } catch (error) {
    return unexpected(error, locale);
  }
}

export async function disableUserAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  return setDisabledAction(formData, true);
}

export async function enableUserAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  return setDisabledAction(formData, false);
}

export async function resetPasswordAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.resetPassword"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  const fields = readFields(formData, ["userId", "passwordMode", "password"] as const);
  const parsed = userSchemas(locale).resetPassword.safeParse(fields);
  if (!parsed.success) return invalidState(parsed.error, echo(fields, ["passwordMode"]), locale);
  try {
    const password = parsed.data.passwordMode === "set" ? parsed.data.password! : generatePassword();
    const outcome = await resetPassword(auth.user, parsed.data.userId, password);
    if (!outcome.ok) return failed(outcome, locale);
    refresh();
    return {
      status: "ok",
      message: m.users.passwordReset,
      ...(parsed.data.passwordMode === "generate" ? { oneTimePassword: { email: outcome.email, password } } : {}),
    };
  } catch (error) {
    return unexpected(error, locale);
  }
}

/** An admin signs another user out everywhere: every session of theirs ends (audited). */
export async function signOutUserEverywhereAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.signOutEverywhere"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  const parsed = userSchemas(locale).userRef.safeParse(readFields(formData, ["userId"] as const));
  if (!parsed.success) return invalidState(parsed.error, {}, locale);
  try {
    const outcome = await endSessions(auth.user, parsed.data.userId, { reason: "admin_sign_out" });
    if (!outcome.ok) return failed(outcome, locale);
    refresh();
    const count = outcome.count;
    return { status: "ok", message: m.users.signedOutEverywhere(count) };
  } catch (error) {
    return unexpected(error, locale);
  }
}
