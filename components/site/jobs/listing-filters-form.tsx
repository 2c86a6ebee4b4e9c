"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import type { FacetCount, FacetKey } from "@/lib/public/search-postings";

export type FacetField = { key: FacetKey; label: string; anyLabel: string; options: (FacetCount & { display: string })[] };

type Props = { query: string; fields: FacetField[]; selected: Partial<Record<FacetKey, string>> };

/**
 * The listing's filters: a plain GET form to /jobs, so it works without
 * JavaScript. With JavaScript, a change navigates client-side (no full reload)
 * and pushes history, so the back button restores the previous filters.
 */
export function ListingFiltersForm({ query, fields, selected }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
    }
    const search = params.toString();
    startTransition(() => router.push(search ? `/jobs?${search}` : "/jobs", { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  return (
    <form action="/jobs" method="get" role="search" aria-label="Filter open roles" onSubmit={onSubmit} className="space-y-5" aria-busy={pending}>
      <div>
        <label htmlFor="q" className="block text-sm font-bold">
          Search
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            placeholder="Payroll, comptable, program…"
            className="min-w-0 flex-1 rounded-full border-2 border-ink px-4 py-2"
          />
          <button type="submit" className="rounded-full bg-ink px-5 py-2 font-bold text-paper">
            Search
          </button>
        </div>
      </div>
      {fields.map((field) => (
        <div key={field.key}>
          <label htmlFor={`filter-${field.key}`} className="block text-sm font-bold">
            {field.label}
          </label>
          <select
            id={`filter-${field.key}`}
            name={field.key}
            defaultValue={selected[field.key] ?? ""}
            onChange={(event) => navigate(event.currentTarget.form as HTMLFormElement)}
            className="mt-2 w-full rounded-xl border-2 border-ink bg-paper px-3 py-2"
          >
            <option value="">{field.anyLabel}</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.display} ({option.count})
              </option>
            ))}
          </select>
        </div>
      ))}
      <noscript>
        <button type="submit" className="rounded-full border-2 border-ink px-5 py-2 font-bold">
          Apply filters
        </button>
      </noscript>
    </form>
  );
}
