"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buttonClass, FormField, FormMessage, secondaryButtonClass } from "@/components/admin/auth/form-field";
import { IDLE } from "@/lib/auth/action-state";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";
import { saveTeamAction } from "@/lib/places/actions/team-actions";
import { TEAM_LIMITS } from "@/lib/places/team-schema";

export type TeamFormValues = Record<"name" | "nameFr", string>;

/** Add a team (no `id`) or rename one, in both languages. */
export function TeamForm({ id, initial, locale }: { id?: string; initial?: TeamFormValues; locale: Locale }) {
  const t = placesText(locale).teams;
  const [state, action, pending] = useActionState(saveTeamAction, IDLE);
  const values = state.values ?? initial;
  const errors = state.fieldErrors;
  const field = (name: keyof TeamFormValues) => ({ id: `team-${name}`, name, defaultValue: values?.[name] ?? "", errors: errors?.[name] });
  const formKey = `${state.status}-${state.message ?? ""}`;
  return (
    <form key={formKey} action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField {...field("name")} label={t.fields.name} hint={t.fields.nameHint} maxLength={TEAM_LIMITS.name} autoComplete="off" lang="en" />
        <FormField {...field("nameFr")} label={t.fields.nameFr} hint={t.fields.nameFrHint} maxLength={TEAM_LIMITS.name} autoComplete="off" lang="fr" />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {id ? placesText(locale).common.save : t.create}
        </button>
        {id ? (
          <Link href="/admin/teams" className={secondaryButtonClass}>
            {placesText(locale).common.cancel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
