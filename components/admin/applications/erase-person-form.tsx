"use client";

import { useActionState } from "react";
import { erasePersonAction } from "@/lib/applications/actions/application-actions";
import { IDLE } from "@/lib/auth/action-state";
import { FormField } from "@/components/admin/auth/form-field";

/** Erase everything one person sent: typed confirmation, then a count of what went. */
export function ErasePersonForm() {
  const [state, action, pending] = useActionState(erasePersonAction, IDLE);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4 rounded-xl border-2 border-red-700 p-5">
      <h2 className="text-xl font-black">Erase a person’s data</h2>
      <p className="text-sm">Deletes every application, CV, note and email of this address, on every posting. It cannot be undone.</p>
      <FormField id="erase-email" name="email" type="email" label="Email address" defaultValue={state.status === "ok" ? "" : state.values?.email} errors={state.fieldErrors?.email} />
      <FormField id="erase-confirm" name="confirm" label="Type ERASE to confirm" autoComplete="off" errors={state.fieldErrors?.confirm} />
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="font-bold">
          {state.message}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending} className="rounded-full bg-red-700 px-5 py-2 font-bold text-paper disabled:opacity-60">
          Erase
        </button>
      </p>
    </form>
  );
}
