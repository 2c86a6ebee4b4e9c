"use client";

import { useActionState } from "react";
import { buttonClass, FormMessage, secondaryButtonClass } from "@/components/admin/auth/form-field";
import { SelectField } from "@/components/admin/places/select-field";
import { IDLE } from "@/lib/auth/action-state";
import { setAssignmentAction } from "@/lib/cms/actions/set-assignment-action";
import type { PostingAssignments } from "@/lib/cms/queries/list-posting-assignments";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";

/** The editor's "Hiring managers" panel (admins and recruiters): who works on this posting; add or remove by name. */
export function HiringManagersPanel({ postingId, people, locale }: { postingId: string; people: PostingAssignments; locale: Locale }) {
  const t = placesText(locale).assignments;
  const [state, action, pending] = useActionState(setAssignmentAction, IDLE);
  const label = (person: { name: string; email: string }) => `${person.name} (${person.email})`;
  return (
    <section aria-labelledby="hiring-managers" className="flex flex-col gap-4 rounded-2xl border-2 border-ink p-5">
      <div>
        <h2 id="hiring-managers" className="text-xl font-black">
          {t.heading}
        </h2>
        <p className="text-sm text-muted">{t.intro}</p>
      </div>
      <FormMessage status={state.status} message={state.message} />
      {people.assigned.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {people.assigned.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center gap-3">
              <span>{label(person)}</span>
              <form action={action}>
                <input type="hidden" name="postingId" value={postingId} />
                <input type="hidden" name="userId" value={person.id} />
                <input type="hidden" name="assigned" value="false" />
                <button type="submit" className={secondaryButtonClass} disabled={pending}>
                  {t.remove(person.name)}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {people.available.length === 0 ? (
        <p className="text-sm text-muted">{t.noneAvailable}</p>
      ) : (
        <form action={action} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="postingId" value={postingId} />
          <input type="hidden" name="assigned" value="true" />
          <SelectField
            id="assign-user"
            name="userId"
            label={t.choose}
            emptyLabel={t.chooseEmpty}
            defaultValue=""
            errors={state.fieldErrors?.userId}
            options={people.available.map((person) => ({ value: person.id, label: label(person) }))}
          />
          <button type="submit" className={buttonClass} disabled={pending}>
            {t.add}
          </button>
        </form>
      )}
    </section>
  );
}
