"use server";

import { refresh } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { deniedState, invalidState, readFields, fieldErrorState, type ActionState } from "../action-state";
import { messagesText } from "@/lib/i18n/admin-messages";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { authorize } from "../guard";
import { rolesFor } from "../permissions";
import { clearSessionCookie, reissueSessionCookie } from "../session-cookie";
import { readSessionClaims } from "../session-token";
import { changeOwnPassword, endSessions } from "../user-admin";
import { userSchemas } from "../user-schemas";

/**
 * Everyone changes their own password. Every session of theirs is revoked,
 * this one's old token included; this browser gets a new session (cookie re-issued).
 */
export async function changeOwnPasswordAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.changePassword"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  const parsed = userSchemas(locale).changeOwnPassword.safeParse(readFields(formData, ["currentPassword", "newPassword", "confirmPassword"] as const));
  if (!parsed.success) return invalidState(parsed.error, {}, locale);
  try {
    const outcome = await changeOwnPassword(auth.user, parsed.data.currentPassword, parsed.data.newPassword);
    if (!outcome.ok) return fieldErrorState(outcome.field ?? "currentPassword", m.userRefusals[outcome.refusal], {}, locale);
    await reissueSessionCookie(auth.user.id, outcome.changedAt.getTime(), outcome.sessionId);
    return { status: "ok", message: m.account.passwordChanged };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] password change failed", error);
    return { status: "error", message: m.actions.nothingChanged };
  }
}

/** "Sign out other sessions": every session of mine ends except this browser's. */
export async function signOutOtherSessionsAction(): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.signOutEverywhere"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  try {
    const claims = await readSessionClaims();
    if (!claims) return deniedState({ ok: false, error: "unauthenticated" }, locale);
    const outcome = await endSessions(auth.user, auth.user.id, { keep: claims.sessionId, reason: "sign_out_others" });
    if (!outcome.ok) return { status: "error", message: m.userRefusals[outcome.refusal] };
    refresh();
    const count = outcome.count;
    return { status: "ok", message: m.account.otherSessionsEnded(count) };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] signing out other sessions failed", error);
    return { status: "error", message: m.actions.nothingChanged };
  }
}

/** "Sign out everywhere": every session of mine ends, this one too; then the login page. */
export async function signOutEverywhereAction(): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.signOutEverywhere"));
  const locale = await getAdminLocale();
  const m = messagesText(locale);
  if (!auth.ok) return deniedState(auth, locale);
  try {
    const outcome = await endSessions(auth.user, auth.user.id, { reason: "sign_out_everywhere" });
    if (!outcome.ok) return { status: "error", message: m.userRefusals[outcome.refusal] };
    await clearSessionCookie();
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] signing out everywhere failed", error);
    return { status: "error", message: m.actions.nothingChanged };
  }
  redirect("/admin/login");
}
