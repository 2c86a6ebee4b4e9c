"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { readFields, type ActionState } from "../action-state";
import { signIn, signOut } from "../config";
import { messagesText } from "@/lib/i18n/admin-messages";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { safeCallbackUrl } from "../safe-callback-url";

/** Error codes the login page shows from ?error= (Auth.js uses the same parameter). */
export type SignInErrorCode = "CredentialsSignin" | "MissingFields" | "Unavailable";

/**
 * The login form's action. Every failure — wrong password, unknown email,
 * disabled account, too many tries — gets the same message. On success
 * next-auth sets the session cookie and redirects to the callbackUrl, which
 * can only be a path on this site.
 *
 * Without JavaScript (a plain form POST: no Next-Action header) a failure
 * redirects back to /admin/login?error=…: with Cache Components, Next renders
 * the HTML after a no-JS action from the page's prerendered state and drops the
 * action's returned state, so the message must travel in the URL (a code, never the email).
 */
export async function signInAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const fields = readFields(formData, ["email", "password", "callbackUrl"] as const);
  const callbackUrl = safeCallbackUrl(fields.callbackUrl);
  const withScript = (await headers()).has("next-action");
  const fail = (code: SignInErrorCode, state: ActionState): ActionState => {
    if (!withScript) redirect(`/admin/login?${new URLSearchParams({ error: code, callbackUrl })}`);
    return state;
  };
  const m = messagesText(await getAdminLocale()).signIn;
  const email = (fields.email ?? "").trim();
  const values = { email: email.slice(0, 320) };
  const fieldErrors: Record<string, string[]> = {};
  if (!email) fieldErrors.email = [m.email];
  if (!fields.password) fieldErrors.password = [m.password];
  if (Object.keys(fieldErrors).length) {
    return fail("MissingFields", { status: "error", message: m.missingFields, fieldErrors, values });
  }
  try {
    await signIn("credentials", { email, password: fields.password, redirectTo: callbackUrl });
    return { status: "ok" };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return fail("CredentialsSignin", { status: "error", message: m.generic, values });
    }
    console.error("[auth] sign-in failed", error);
    return fail("Unavailable", { status: "error", message: m.unavailable, values });
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/login" });
}
