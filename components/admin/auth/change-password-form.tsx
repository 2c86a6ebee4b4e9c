"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/auth/action-state";
import { changeOwnPasswordAction } from "@/lib/auth/actions/account-actions";
import { PASSWORD_MIN } from "@/lib/auth/user-schemas";
import { buttonClass, FormField, FormMessage } from "./form-field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <FormField id="current-password" name="currentPassword" type="password" label="Current password" autoComplete="current-password" errors={errors?.currentPassword} />
      <FormField
        id="new-password"
        name="newPassword"
        type="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        autoComplete="new-password"
        errors={errors?.newPassword}
      />
      <FormField id="confirm-password" name="confirmPassword" type="password" label="Repeat the new password" autoComplete="new-password" errors={errors?.confirmPassword} />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
