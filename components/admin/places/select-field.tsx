import type { SelectHTMLAttributes } from "react";
import { FieldErrors } from "@/components/admin/auth/form-field";

/** A labelled select whose error sits right under it (the select twin of FormField). */
export function SelectField({
  id,
  label,
  errors,
  options,
  emptyLabel,
  ...select
}: { id: string; label: string; errors?: string[]; options: { value: string; label: string }[]; emptyLabel?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-bold">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className="rounded-lg border-2 border-ink bg-paper px-3 py-2.5 text-base aria-invalid:border-red-700"
        {...select}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
