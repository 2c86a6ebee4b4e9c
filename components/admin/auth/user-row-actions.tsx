"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/auth/action-state";
import { changeRoleAction, disableUserAction, enableUserAction, resetPasswordAction } from "@/lib/auth/actions/user-actions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { FieldErrors, FormMessage, secondaryButtonClass } from "./form-field";
import { OneTimePassword } from "./one-time-password";
import { UserSessionControls } from "./session-controls";

type Props = { user: { id: string; email: string; role: Role; disabled: boolean }; isSelf: boolean; locale: Locale };

/** Role, access and password of one user; each a small form with its own message. */
export function UserRowActions({ user, isSelf, locale }: Props) {
  const t = adminCatalogue(locale);
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, IDLE);
  const [disableState, disableAction, disablePending] = useActionState(disableUserAction, IDLE);
  const [enableState, enableAction, enablePending] = useActionState(enableUserAction, IDLE);
  const accessAction = user.disabled ? enableAction : disableAction;
  const accessPending = disablePending || enablePending;
  const [resetState, resetAction, resetPending] = useActionState(resetPasswordAction, IDLE);
  const roleSelectId = `role-${user.id}`;
  const roleErrorId = `role-${user.id}-error`;
  return (
    <div className="flex flex-col gap-3">
      <form action={roleAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <div className="flex flex-col gap-1">
          <label htmlFor={roleSelectId} className="text-xs font-bold">
            {t.users.roleOf(user.email)}
          </label>
          <select
            id={roleSelectId}
            name="role"
            defaultValue={user.role}
            aria-invalid={roleState.fieldErrors?.role ? true : undefined}
            aria-describedby={roleState.fieldErrors?.role ? roleErrorId : undefined}
            className="rounded-lg border-2 border-ink bg-paper px-2 py-1.5 text-sm"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t.roles[role]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass} disabled={rolePending}>
          {t.users.changeRole}
        </button>
        <FieldErrors id={roleErrorId} errors={roleState.fieldErrors?.role} />
      </form>
      {roleState.status !== "error" || !roleState.fieldErrors?.role ? <FormMessage status={roleState.status} message={roleState.message} /> : null}

      <div className="flex flex-wrap gap-2">
        <form action={accessAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" className={secondaryButtonClass} disabled={accessPending} // The name says whose account; "Disable my account" says it already, and a name must contain the visible text.
            aria-label={isSelf && !user.disabled ? undefined : user.disabled ? t.users.enableLabel(user.email) : t.users.disableLabel(user.email)}>
            {user.disabled ? t.users.enable : isSelf ? t.users.disableSelf : t.users.disable}
          </button>
        </form>
        <form action={resetAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="passwordMode" value="generate" />
          <button type="submit" className={secondaryButtonClass} disabled={resetPending} aria-label={t.users.resetLabel(user.email)}>
            {t.users.resetPassword}
          </button>
        </form>
      </div>
      <FormMessage status={disableState.status} message={disableState.message} />
      <FormMessage status={enableState.status} message={enableState.message} />
      <FormMessage status={resetState.status} message={resetState.message} />
      {resetState.oneTimePassword ? <OneTimePassword {...resetState.oneTimePassword} locale={locale} /> : null}
      {/* One's own sessions are ended from the account page (this one, or the others). */}
      {isSelf ? null : <UserSessionControls user={user} locale={locale} />}
    </div>
  );
}
