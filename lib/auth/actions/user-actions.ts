"use server";

import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import {
  deniedState,
  echo,
  fieldErrorState,
  invalidState,
  NOTHING_CHANGED,
  readFields,
  type ActionState,
} from "../action-state";
import { authorize } from "../guard";
import { rolesFor } from "../permissions";
import { ROLE_LABELS } from "../roles";
import { changeRole, createUser, endSessions, generatePassword, resetPassword, setDisabled, type Outcome } from "../user-admin";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userRefSchema } from "../user-schemas";

// The users admin (ADMIN only). Each action checks the session and the role
// itself, reads only its own fields, and answers with state — never a 500.

function failed(outcome: Extract<Outcome, { ok: false }>, values: Record<string, string> = {}): ActionState {
  return outcome.field ? fieldErrorState(outcome.field, outcome.message, values) : { status: "error", message: outcome.message, values };
}

function unexpected(error: unknown): ActionState {
  unstable_rethrow(error);
  console.error("[auth] user admin action failed", error);
  return { status: "error", message: NOTHING_CHANGED };
}

export async function createUserAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.create"));
  if (!auth.ok) return deniedState(auth);
  const fields = readFields(formData, ["email", "name", "role", "passwordMode", "password"] as const);
  const values = echo(fields, ["email", "name", "role", "passwordMode"]);
  const parsed = createUserSchema.safeParse(fields);
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    const password = parsed.data.passwordMode === "set" ? parsed.data.password! : generatePassword();
    const outcome = await createUser(auth.user, { ...parsed.data, password });
    if (!outcome.ok) return failed(outcome, values);
    refresh();
    return {
      status: "ok",
      message: `${parsed.data.email} can now sign in as ${ROLE_LABELS[parsed.data.role].toLowerCase()}.`,
      ...(parsed.data.passwordMode === "generate" ? { oneTimePassword: { email: parsed.data.email, password } } : {}),
    };
  } catch (error) {
    return unexpected(error);
  }
}

export async function changeRoleAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.changeRole"));
  if (!auth.ok) return deniedState(auth);
  const parsed = changeRoleSchema.safeParse(readFields(formData, ["userId", "role"] as const));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    const outcome = await changeRole(auth.user, parsed.data.userId, parsed.data.role);
    if (!outcome.ok) return failed(outcome);
    refresh();
    return { status: "ok", message: `Role changed to ${ROLE_LABELS[parsed.data.role].toLowerCase()}.` };
  } catch (error) {
    return unexpected(error);
  }
}

async function setDisabledAction(formData: FormData, disabled: boolean): Promise<ActionState> {
  const auth = await authorize(rolesFor(disabled ? "user.disable" : "user.enable"));
  if (!auth.ok) return deniedState(auth);
  const parsed = userRefSchema.safeParse(readFields(formData, ["userId"] as const));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    const outcome = await setDisabled(auth.user, parsed.data.userId, disabled);
    if (!outcome.ok) return failed(outcome);
    refresh();
    return { status: "ok", message: disabled ? "Account disabled: its sessions have ended." : "Account enabled: they sign in again (earlier sessions stay ended)." };
  } catch (error) {
    return unexpected(error);
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
  if (!auth.ok) return deniedState(auth);
  const fields = readFields(formData, ["userId", "passwordMode", "password"] as const);
  const parsed = resetPasswordSchema.safeParse(fields);
  if (!parsed.success) return invalidState(parsed.error, echo(fields, ["passwordMode"]));
  try {
    const password = parsed.data.passwordMode === "set" ? parsed.data.password! : generatePassword();
    const outcome = await resetPassword(auth.user, parsed.data.userId, password);
    if (!outcome.ok) return failed(outcome);
    refresh();
    return {
      status: "ok",
      message: "Password reset: the user's open sessions have ended.",
      ...(parsed.data.passwordMode === "generate" ? { oneTimePassword: { email: outcome.email, password } } : {}),
    };
  } catch (error) {
    return unexpected(error);
  }
}

/** An admin signs another user out everywhere: every session of theirs ends (audited). */
export async function signOutUserEverywhereAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("user.signOutEverywhere"));
  if (!auth.ok) return deniedState(auth);
  const parsed = userRefSchema.safeParse(readFields(formData, ["userId"] as const));
  if (!parsed.success) return invalidState(parsed.error);
  try {
    const outcome = await endSessions(auth.user, parsed.data.userId, { reason: "admin_sign_out" });
    if (!outcome.ok) return failed(outcome);
    refresh();
    const count = outcome.count;
    return { status: "ok", message: count === 0 ? "No open sessions." : `Signed out everywhere: ${count} ${count === 1 ? "session" : "sessions"} ended.` };
  } catch (error) {
    return unexpected(error);
  }
}
