"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/auth/action-state";
import { signOutEverywhereAction, signOutOtherSessionsAction } from "@/lib/auth/actions/account-actions";
import { signOutUserEverywhereAction } from "@/lib/auth/actions/user-actions";
import { FormMessage, secondaryButtonClass } from "./form-field";

/** The account page's two buttons: end my other sessions (stay here), or all of them (back to the login page). */
export function OwnSessionControls() {
  const [othersState, othersAction, othersPending] = useActionState(signOutOtherSessionsAction, IDLE);
  const [allState, allAction, allPending] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <form action={othersAction}>
          <button type="submit" className={secondaryButtonClass} disabled={othersPending}>
            Sign out other sessions
          </button>
        </form>
        <form action={allAction}>
          <button type="submit" className={secondaryButtonClass} disabled={allPending}>
            Sign out everywhere, including here
          </button>
        </form>
      </div>
      <FormMessage status={othersState.status} message={othersState.message} />
      <FormMessage status={allState.status} message={allState.message} />
    </div>
  );
}

/** The users admin's "Sign out everywhere" for one user. */
export function UserSessionControls({ user }: { user: { id: string; email: string } }) {
  const [state, action, pending] = useActionState(signOutUserEverywhereAction, IDLE);
  return (
    <>
      <form action={action}>
        <input type="hidden" name="userId" value={user.id} />
        <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Sign out ${user.email} everywhere`}>
          Sign out everywhere
        </button>
      </form>
      <FormMessage status={state.status} message={state.message} />
    </>
  );
}
