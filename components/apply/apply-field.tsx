import type { ReactNode } from "react";

export const applyInputClass =
  "w-full rounded-lg border-2 border-ink bg-paper px-3 py-2 text-base aria-[invalid=true]:border-red-700 focus:outline-none focus:ring-4 focus:ring-ink/20";

export type ControlProps = { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true; required?: boolean };

/** A label, its hint and its error next to the control, wired with aria-describedby. */
export function ApplyField(props: {
  id: string;
  name: string;
  label: string;
  required: boolean;
  /** The words shown after the label: "required" / "optional" in the form's language. */
  marks: { required: string; optional: string };
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={props.id} className="font-bold">
        {props.label} <span className="text-sm font-normal text-muted">({props.required ? props.marks.required : props.marks.optional})</span>
      </label>
      {props.hint ? (
        <p id={hintId ?? undefined} className="text-sm text-muted">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId ?? undefined} className="text-sm font-bold text-red-700">
          {props.error}
        </p>
      ) : null}
      {props.children({
        id: props.id,
        name: props.name,
        "aria-describedby": describedBy,
        ...(props.error ? { "aria-invalid": true as const } : {}),
        ...(props.required ? { required: true } : {}),
      })}
    </div>
  );
}
