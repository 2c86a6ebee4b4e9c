"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/auth/action-state";
import { signInAction } from "@/lib/auth/actions/session-actions";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { buttonClass, FormField, FormMessage } from "./form-field";

/** Email + password sign-in. A plain form posting to a server action: it works without JavaScript. */
export function LoginForm({ callbackUrl, initialError, locale }: { callbackUrl: string; initialError?: string; locale: Locale }) {
  const t = adminCatalogue(locale);
  const initial: ActionState = initialError ? { status: "error", message: initialError } : IDLE;
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        id="email"
        name="email"
        type="email"
        label={t.login.email}
        autoComplete="username"
        required
        defaultValue={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      <FormField
        id="password"
        name="password"
        type="password"
        label={t.login.password}
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.login.pending : t.login.submit}
      </button>
    </form>
  );
}
