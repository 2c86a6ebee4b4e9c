"use client";

import { useActionState } from "react";
import { changeApplicationStatusAction } from "@/lib/applications/actions/application-actions";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/lib/applications/application-statuses";
import { IDLE } from "@/lib/auth/action-state";
import { applicationsText } from "@/lib/i18n/admin-applications";
import type { Locale } from "@/lib/i18n/locales";

/** Change the status and/or add a note; errors sit next to their field. Works without JavaScript. */
export function StatusForm({ applicationId, status, locale }: { applicationId: string; status: ApplicationStatus; locale: Locale }) {
  const { statusForm: t, statuses } = applicationsText(locale);
  const [state, action, pending] = useActionState(changeApplicationStatusAction, IDLE);
  const noteError = state.fieldErrors?.note?.[0];
  const statusError = state.fieldErrors?.status?.[0];
  return (
    <form action={action} className="flex flex-col gap-4 rounded-xl border-2 border-ink p-5">
      <h2 className="text-xl font-black">{t.heading}</h2>
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="application-status" className="text-sm font-bold">
          {t.status}
        </label>
        <select
          id="application-status"
          name="status"
          defaultValue={state.values?.status ?? status}
          aria-invalid={statusError ? true : undefined}
          aria-describedby={statusError ? "application-status-error" : undefined}
          className="max-w-60 rounded-lg border-2 border-ink bg-paper px-3 py-2 text-base"
        >
          {APPLICATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statuses[value]}
            </option>
          ))}
        </select>
        {statusError ? <p id="application-status-error" className="text-sm font-bold text-red-700">{statusError}</p> : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="application-note" className="text-sm font-bold">
          {t.note}
        </label>
        <textarea
          id="application-note"
          name="note"
          rows={3}
          defaultValue={state.status === "ok" ? "" : (state.values?.note ?? "")}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? "application-note-error" : undefined}
          className="rounded-lg border-2 border-ink bg-paper px-3 py-2 text-base"
        />
        {noteError ? <p id="application-note-error" className="text-sm font-bold text-red-700">{noteError}</p> : null}
      </div>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "font-bold text-red-700" : "font-bold"}>
          {state.message}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={pending} className="rounded-full bg-ink px-5 py-2 font-bold text-paper hover:bg-ink/85 disabled:opacity-60">
          {t.save}
        </button>
      </p>
    </form>
  );
}
