"use server";

import { AuthError } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { readFields, type ActionState } from "../action-state";
import { signIn, signOut } from "../config";
import { GENERIC_SIGN_IN_ERROR } from "../login";
import { safeCallbackUrl } from "../safe-callback-url";

/**
 * The login form's action (works without JavaScript). Every failure — wrong
 * password, unknown email, disabled account, too many tries — gets the same
 * message. On success next-auth sets the session cookie and redirects to the
 * callbackUrl, which can only be a path on this site.
 */
export async function signInAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const fields = readFields(formData, ["email", "password", "callbackUrl"] as const);
  const email = (fields.email ?? "").trim();
  const values = { email: email.slice(0, 320) };
  const fieldErrors: Record<string, string[]> = {};
  if (!email) fieldErrors.email = ["Enter your email address."];
  if (!fields.password) fieldErrors.password = ["Enter your password."];
  if (Object.keys(fieldErrors).length) return { status: "error", message: "Enter your email and password.", fieldErrors, values };
  try {
    await signIn("credentials", {
      email,
      password: fields.password,
      redirectTo: safeCallbackUrl(fields.callbackUrl),
    });
    return { status: "ok" };
  } catch (error) {
    if (error instanceof AuthError) {
      return { status: "error", message: error.type === "CredentialsSignin" ? GENERIC_SIGN_IN_ERROR : "Sign-in is unavailable right now. Try again in a moment.", values };
    }
    unstable_rethrow(error);
    console.error("[auth] sign-in failed", error);
    return { status: "error", message: "Sign-in is unavailable right now. Try again in a moment.", values };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/login" });
}
