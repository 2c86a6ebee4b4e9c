"use client";

import { useState } from "react";
import type { Office } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { Field, inputClass } from "./field";
import { NumberField, SelectField, TextField } from "./inputs";
import { EditorSection } from "./section";

const POLICIES = ["ON_SITE", "HYBRID", "REMOTE"] as const;
const AUTHORIZATIONS = ["NONE", "EU_OR_PERMIT", "EEA_NATIONALITY"] as const;

export function LocationSection({ offices }: { offices: Office[] }) {
  const { posting, update, readOnly, t: all } = useEditor();
  const t = all.location;
  const { office, remote } = posting.location;
  return (
    <EditorSection id="location" title={t.title}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field path="location.office" label={t.office} nested hint={t.officeHint}>
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={office?.slug ?? ""}
              disabled={readOnly}
              onChange={(event) => {
                const chosen = offices.find((candidate) => candidate.slug === event.target.value) ?? null;
                update("location.office", (draft) => void (draft.location.office = chosen));
              }}
            >
              <option value="">{t.noOffice}</option>
              {offices.map((candidate) => (
                <option key={candidate.slug} value={candidate.slug}>
                  {candidate.name} — {candidate.city}, {candidate.country}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="location.remote" label={t.remote}>
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={remote.policy}
              disabled={readOnly}
              onChange={(event) => {
                const policy = event.target.value;
                update("location.remote", (draft) => {
                  draft.location.remote =
                    policy === "HYBRID" ? { policy: "HYBRID", daysPerWeek: 2, note: null } : policy === "REMOTE" ? { policy: "REMOTE", eligibleCountries: [] } : { policy: "ON_SITE" };
                });
              }}
            >
              {POLICIES.map((policy) => (
                <option key={policy} value={policy}>
                  {t.policies[policy]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {remote.policy === "HYBRID" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField path="location.remote.daysPerWeek" label={t.days} hint={t.daysHint} />
          <TextField path="location.remote.note" label={t.remoteNote} hint={t.remoteNoteHint} nullable />
        </div>
      ) : null}
      {remote.policy === "REMOTE" ? <CountriesField countries={remote.eligibleCountries} /> : null}
      <SelectField path="location.workAuthorization" label={t.authorization} options={AUTHORIZATIONS.map((value) => ({ value, label: t.authorizations[value] }))} />
    </EditorSection>
  );
}

function CountriesField({ countries }: { countries: string[] }) {
  const { update, readOnly, t } = useEditor();
  const [text, setText] = useState(countries.join(", "));
  return (
    <Field path="location.remote.eligibleCountries" nested label={t.location.countries} hint={t.location.countriesHint}>
      {(control) => (
        <input
          {...control}
          type="text"
          className={inputClass}
          value={text}
          disabled={readOnly}
          onChange={(event) => {
            setText(event.target.value);
            const codes = event.target.value.split(/[\s,;]+/).map((code) => code.trim().toUpperCase()).filter(Boolean);
            update("location.remote.eligibleCountries", (draft) => {
              if (draft.location.remote.policy === "REMOTE") draft.location.remote.eligibleCountries = codes;
            });
          }}
        />
      )}
    </Field>
  );
}
