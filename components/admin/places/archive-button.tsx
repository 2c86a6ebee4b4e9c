"use client";

import { useActionState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/admin/auth/form-field";
import { IDLE, type ActionState } from "@/lib/auth/action-state";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";

type ArchiveAction = (previous: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** Archive, or bring back, one office or team; the answer is shown next to the button. */
export function ArchiveButton({ id, name, archived, action, locale }: { id: string; name: string; archived: boolean; action: ArchiveAction; locale: Locale }) {
  const t = placesText(locale).common;
  const [state, formAction, pending] = useActionState(action, IDLE);
  const label = archived ? t.unarchive : t.archive;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`${label}: ${name}`}>
        {label}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
