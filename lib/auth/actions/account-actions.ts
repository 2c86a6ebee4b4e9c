"use server";

import { refresh } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { deniedState, invalidState, NOTHING_CHANGED, readFields, fieldErrorState, type ActionState } from "../action-state";
import { authorize } from "../guard";
import { rolesFor } from "../permissions";
import { clearSessionCookie, reissueSessionCookie } from "../session-cookie";
import { readSessionClaims } from "../session-token";
import { changeOwnPassword, endSessions } from "../user-admin";
import { changeOwnPasswordSchema } from "../user-schemas";

/**
 * Everyone changes their own password. Every session of theirs is revoked,
 * this one's old token included; this browser gets a new session (cookie re-issued).
 */
export async function changeOwnPasswordAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.changePassword"));
  if (!auth.ok) return deniedState(auth);
  const parsed = changeOwnPasswordSchema.safeParse(readFields(formData, ["currentPassword", "newPassword", "confirmPassword"] as const));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    const outcome = await changeOwnPassword(auth.user, parsed.data.currentPassword, parsed.data.newPassword);
    if (!outcome.ok) return fieldErrorState(outcome.field ?? "currentPassword", outcome.message);
    await reissueSessionCookie(auth.user.id, outcome.changedAt.getTime(), outcome.sessionId);
    return { status: "ok", message: "Password changed. You stay signed in here; other sessions have ended." };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] password change failed", error);
    return { status: "error", message: NOTHING_CHANGED };
  }
}

/** "Sign out other sessions": every session of mine ends except this browser's. */
export async function signOutOtherSessionsAction(): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.signOutEverywhere"));
  if (!auth.ok) return deniedState(auth);
  try {
    const claims = await readSessionClaims();
    if (!claims) return deniedState({ ok: false, error: "unauthenticated" });
    const outcome = await endSessions(auth.user, auth.user.id, { keep: claims.sessionId, reason: "sign_out_others" });
    if (!outcome.ok) return { status: "error", message: outcome.message };
    refresh();
    const count = outcome.count;
    return { status: "ok", message: count === 0 ? "You had no other sessions." : `${count} other ${count === 1 ? "session has" : "sessions have"} ended.` };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] signing out other sessions failed", error);
    return { status: "error", message: NOTHING_CHANGED };
  }
}

/** "Sign out everywhere": every session of mine ends, this one too; then the login page. */
export async function signOutEverywhereAction(): Promise<ActionState> {
  const auth = await authorize(rolesFor("account.signOutEverywhere"));
  if (!auth.ok) return deniedState(auth);
  try {
    const outcome = await endSessions(auth.user, auth.user.id, { reason: "sign_out_everywhere" });
    if (!outcome.ok) return { status: "error", message: outcome.message };
    await clearSessionCookie();
  } catch (error) {
    unstable_rethrow(error);
    console.error("[auth] signing out everywhere failed", error);
    return { status: "error", message: NOTHING_CHANGED };
  }
  redirect("/admin/login");
}
