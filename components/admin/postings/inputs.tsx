"use client";

import { useState, type ReactNode } from "react";
import { useEditor } from "./editor-context";
import { getPath, setPath } from "./editor-paths";
import { Field, inputClass } from "./field";

type Common = { path: string; label: ReactNode; hint?: ReactNode; className?: string };

function useBinding<T>(path: string) {
  const { posting, update, readOnly } = useEditor();
  return {
    value: getPath(posting, path) as T,
    set: (value: unknown) => update(path, (draft) => setPath(draft, path, value)),
    readOnly,
  };
}

/** Text; an empty optional field is stored as null ("not stated"). */
export function TextField({ nullable = false, multiline = false, ...props }: Common & { nullable?: boolean; multiline?: boolean; maxLength?: number; placeholder?: string }) {
  const { value, set, readOnly } = useBinding<string | null>(props.path);
  const onChange = (text: string) => set(nullable && text === "" ? null : text);
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) =>
        multiline ? (
          <textarea {...control} className={`${inputClass} min-h-24`} value={value ?? ""} disabled={readOnly} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...control} type="text" className={inputClass} value={value ?? ""} placeholder={props.placeholder} disabled={readOnly} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

/**
 * A number, or null when empty. Text that is not a number is kept as typed,
 * so the schema says what is wrong instead of the field silently changing it.
 */
export function NumberField(props: Common & { step?: string; min?: number; max?: number }) {
  const { value, set, readOnly } = useBinding<number | string | null>(props.path);
  const [text, setText] = useState(value === null || value === undefined ? "" : String(value));
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          className={`${inputClass} max-w-40`}
          value={text}
          disabled={readOnly}
          onChange={(event) => {
            const raw = event.target.value;
            setText(raw);
            const trimmed = raw.trim().replace(",", ".");
            set(trimmed === "" ? null : Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw);
          }}
        />
      )}
    </Field>
  );
}

export function SelectField<V extends string>({ options, emptyLabel, ...props }: Common & { options: readonly { value: V; label: string }[]; emptyLabel?: string }) {
  const { value, set, readOnly } = useBinding<V | null>(props.path);
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) => (
        <select {...control} className={inputClass} value={value ?? ""} disabled={readOnly} onChange={(event) => set(event.target.value === "" ? null : event.target.value)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A calendar day "YYYY-MM-DD"; empty is null when the field is optional. */
export function DateField({ nullable = false, ...props }: Common & { nullable?: boolean }) {
  const { value, set, readOnly } = useBinding<string | null>(props.path);
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) => (
        <input {...control} type="date" className={`${inputClass} max-w-52`} value={value ?? ""} disabled={readOnly} onChange={(event) => set(nullable && event.target.value === "" ? null : event.target.value)} />
      )}
    </Field>
  );
}

export function CheckboxField({ path, label, hint }: { path: string; label: ReactNode; hint?: ReactNode }) {
  const { value, set, readOnly } = useBinding<boolean>(path);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => <input {...control} type="checkbox" className="size-5 accent-ink" checked={Boolean(value)} disabled={readOnly} onChange={(event) => set(event.target.checked)} />}
    </Field>
  );
}
