"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/auth/action-state";
import { signOutEverywhereAction, signOutOtherSessionsAction } from "@/lib/auth/actions/account-actions";
import { signOutUserEverywhereAction } from "@/lib/auth/actions/user-actions";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { FormMessage, secondaryButtonClass } from "./form-field";

/** The account page's two buttons: end my other sessions (stay here), or all of them (back to the login page). */
export function OwnSessionControls({ locale }: { locale: Locale }) {
  const t = adminCatalogue(locale);
  const [othersState, othersAction, othersPending] = useActionState(signOutOtherSessionsAction, IDLE);
  const [allState, allAction, allPending] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <form action={othersAction}>
          <button type="submit" className={secondaryButtonClass} disabled={othersPending}>
            {t.account.signOutOthers}
          </button>
        </form>
        <form action={allAction}>
          <button type="submit" className={secondaryButtonClass} disabled={allPending}>
            {t.account.signOutAll}
          </button>
        </form>
      </div>
      <FormMessage status={othersState.status} message={othersState.message} />
      <FormMessage status={allState.status} message={allState.message} />
    </div>
  );
}

/** The users admin's "Sign out everywhere" for one user. */
export function UserSessionControls({ user, locale }: { user: { id: string; email: string }; locale: Locale }) {
  const t = adminCatalogue(locale);
  const [state, action, pending] = useActionState(signOutUserEverywhereAction, IDLE);
  return (
    <>
      <form action={action}>
        <input type="hidden" name="userId" value={user.id} />
        <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={t.users.signOutLabel(user.email)}>
          {t.users.signOutEverywhere}
        </button>
      </form>
      <FormMessage status={state.status} message={state.message} />
    </>
  );
}
