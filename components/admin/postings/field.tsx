"use client";

import type { ReactNode } from "react";
import { fieldId } from "./editor-issues";
import { useEditor, useFieldMessages } from "./editor-context";

export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean };

type FieldProps = {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Also show messages about anything under `path` (a group of inputs). */
  nested?: boolean;
  children: (control: ControlProps) => ReactNode;
  className?: string;
};

/**
 * One labelled input with its messages right under it, tied by
 * aria-describedby: errors (block saving or publishing) in bold with a
 * "Error" prefix, warnings (publishable) in a different, boxed style.
 */
export function Field({ path, label, hint, nested = false, children, className = "" }: FieldProps) {
  const id = fieldId(path);
  const { errors, warnings } = useFieldMessages(path, nested);
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null, warnings.length ? `${id}-warning` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-sm font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy || undefined, "aria-invalid": errors.length ? true : undefined })}
      <FieldMessageList id={id} errors={errors} warnings={warnings} />
    </div>
  );
}

export function FieldMessageList({ id, errors, warnings }: { id: string; errors: string[]; warnings: string[] }) {
  const { t } = useEditor();
  return (
    <>
      {errors.length ? (
        <ul id={`${id}-error`} className="flex flex-col gap-1 text-sm font-semibold text-red-700" data-kind="error">
          {errors.map((message) => (
            <li key={message}>
              <span aria-hidden="true">✕ </span>
              <span className="sr-only">{t.errorPrefix}</span>
              {message}
            </li>
          ))}
        </ul>
      ) : null}
      {warnings.length ? (
        <ul id={`${id}-warning`} className="flex flex-col gap-1 border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-ink" data-kind="warning">
          {warnings.map((message) => (
            <li key={message}>
              <strong>{t.warningPrefix}</strong>
              {message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export const inputClass =
  "w-full rounded-lg border-2 border-ink bg-paper px-3 py-2 text-base aria-[invalid=true]:border-red-700 disabled:bg-mist disabled:text-muted";
