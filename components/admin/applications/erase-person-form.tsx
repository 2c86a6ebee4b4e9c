"use client";

import { useActionState } from "react";
import { erasePersonAction } from "@/lib/applications/actions/application-actions";
import { IDLE } from "@/lib/auth/action-state";
import { FormField } from "@/components/admin/auth/form-field";
import { applicationsText } from "@/lib/i18n/admin-applications";
import type { Locale } from "@/lib/i18n/locales";

/** Erase everything one person sent: typed confirmation, then a count of what went. */
export function ErasePersonForm({ locale }: { locale: Locale }) {
  const t = applicationsText(locale).privacy;
  const [state, action, pending] = useActionState(erasePersonAction, IDLE);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4 rounded-xl border-2 border-red-700 p-5">
      <h2 className="text-xl font-black">{t.eraseHeading}</h2>
      <p className="text-sm">{t.eraseBody}</p>
      <FormField id="erase-email" name="email" type="email" label={t.email} defaultValue={state.status === "ok" ? "" : state.values?.email} errors={state.fieldErrors?.email} />
      <FormField id="erase-confirm" name="confirm" label={t.confirm} autoComplete="off" errors={state.fieldErrors?.confirm} />
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="font-bold">
          {state.message}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending} className="rounded-full bg-red-700 px-5 py-2 font-bold text-paper disabled:opacity-60">
          {t.erase}
        </button>
      </p>
    </form>
  );
}
