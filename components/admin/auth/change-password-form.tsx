"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/auth/action-state";
import { changeOwnPasswordAction } from "@/lib/auth/actions/account-actions";
import { PASSWORD_MIN } from "@/lib/auth/user-schemas";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { buttonClass, FormField, FormMessage } from "./form-field";

export function ChangePasswordForm({ locale }: { locale: Locale }) {
  const t = adminCatalogue(locale);
  const [state, action, pending] = useActionState(changeOwnPasswordAction, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <FormField id="current-password" name="currentPassword" type="password" label={t.account.currentPassword} autoComplete="current-password" errors={errors?.currentPassword} />
      <FormField
        id="new-password"
        name="newPassword"
        type="password"
        label={t.account.newPassword}
        hint={t.account.newPasswordHint(PASSWORD_MIN)}
        autoComplete="new-password"
        errors={errors?.newPassword}
      />
      <FormField id="confirm-password" name="confirmPassword" type="password" label={t.account.repeatPassword} autoComplete="new-password" errors={errors?.confirmPassword} />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? t.account.changing : t.account.changePassword}
        </button>
      </div>
    </form>
  );
}
