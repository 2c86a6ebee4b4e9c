"use client";

import { useState } from "react";
import type { Office } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { Field, inputClass } from "./field";
import { NumberField, SelectField, TextField } from "./inputs";
import { EditorSection } from "./section";

const POLICY_OPTIONS = [
  { value: "ON_SITE", label: "On site" },
  { value: "HYBRID", label: "Hybrid" },
  { value: "REMOTE", label: "Fully remote" },
] as const;
const AUTHORIZATION_OPTIONS = [
  { value: "NONE", label: "No requirement stated" },
  { value: "EU_OR_PERMIT", label: "EU/EEA nationality or a valid work permit" },
  { value: "EEA_NATIONALITY", label: "EEA nationality required" },
] as const;

export function LocationSection({ offices }: { offices: Office[] }) {
  const { posting, update, readOnly } = useEditor();
  const { office, remote } = posting.location;
  return (
    <EditorSection id="location" title="Location">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field path="location.office" label="Office" nested hint="Only a fully remote role has no office.">
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
              <option value="">Choose an office</option>
              {offices.map((candidate) => (
                <option key={candidate.slug} value={candidate.slug}>
                  {candidate.name} — {candidate.city}, {candidate.country}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="location.remote" label="Remote work">
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
              {POLICY_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {remote.policy === "HYBRID" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField path="location.remote.daysPerWeek" label="Remote days a week" hint="1 to 4; empty when the posting states no number" />
          <TextField path="location.remote.note" label="Remote policy in words" hint="Such as “1 remote week per quarter, 3 flex days”." nullable />
        </div>
      ) : null}
      {remote.policy === "REMOTE" ? <CountriesField countries={remote.eligibleCountries} /> : null}
      <SelectField path="location.workAuthorization" label="Right to work" options={AUTHORIZATION_OPTIONS} />
    </EditorSection>
  );
}

function CountriesField({ countries }: { countries: string[] }) {
  const { update, readOnly } = useEditor();
  const [text, setText] = useState(countries.join(", "));
  return (
    <Field path="location.remote.eligibleCountries" nested label="Countries a remote candidate may live in" hint="Two-letter codes separated by commas, such as FR, DE, ES.">
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
