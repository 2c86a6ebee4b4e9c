"use server";

import { readFields } from "../action-state";
import { isOidcEnabled, OIDC_PROVIDER_ID, signIn } from "../config";
import { safeCallbackUrl } from "../safe-callback-url";

/** Starts single sign-on (only when configured); the provider comes back to /api/auth/callback/oidc. */
export async function signInWithSsoAction(formData: FormData): Promise<void> {
  if (!isOidcEnabled()) return;
  const { callbackUrl } = readFields(formData, ["callbackUrl"] as const);
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackUrl(callbackUrl) });
}
