import type { InputHTMLAttributes } from "react";

/**
 * A labelled input whose errors sit right under it, announced through
 * aria-describedby / aria-invalid. Server-rendered so it works without JavaScript.
 */
export function FormField({
  id,
  label,
  hint,
  errors,
  ...input
}: { id: string; label: string; hint?: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-lg border-2 border-ink bg-paper px-3 py-2.5 text-base aria-invalid:border-red-700"
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length || !id) return null;
  return (
    <p id={id} className="text-sm font-bold text-red-700">
      {errors.join(" ")}
    </p>
  );
}

/** The form-level message: role=alert for errors so screen readers hear it at once. */
export function FormMessage({ status, message }: { status: "idle" | "ok" | "error"; message?: string }) {
  if (!message || status === "idle") return null;
  return status === "error" ? (
    <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 text-sm font-bold text-red-800">
      {message}
    </p>
  ) : (
    <p role="status" className="rounded-lg border-2 border-ink bg-mist px-4 py-3 text-sm font-bold">
      {message}
    </p>
  );
}

export const buttonClass =
  "inline-flex items-center justify-center rounded-full bg-ink px-5 py-2.5 text-sm font-bold text-paper hover:bg-black/80 disabled:opacity-50";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-full border-2 border-ink bg-paper px-4 py-2 text-sm font-bold text-ink hover:bg-mist disabled:opacity-50";
