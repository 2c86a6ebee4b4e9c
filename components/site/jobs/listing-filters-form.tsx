"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import type { FacetKey } from "@/lib/public/search-postings";
import { focusResultsNext } from "./results-focus";

export type FacetField = { key: FacetKey; label: string; anyLabel: string; options: { value: string; count: number; display: string }[] };

export type FiltersFormWords = { formLabel: string; toggle: string; search: string; searchButton: string; placeholder: string; apply: string };

type Props = { action: string; words: FiltersFormWords; query: string; fields: FacetField[]; selected: Partial<Record<FacetKey, string>> };

/**
 * The listing's filters: a plain GET form to /jobs (or /fr/jobs), so it works without JavaScript. Results
 * change only when the person submits (Search or Apply filters), never when a select changes: arrowing
 * through a select's options must not navigate (WCAG 3.2.2). With JavaScript, the submit navigates
 * client-side and pushes history (the back button restores the previous filters); either way focus lands
 * on the results heading, which states the count. Below the lg breakpoint the selects fold into a
 * <details> ("Filters (n)"), so results come first; from lg up they are always shown (::details-content).
 */
export function ListingFiltersForm({ action, words, query, fields, selected }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
    }
    const search = params.toString();
    focusResultsNext();
    startTransition(() => router.push(search ? `${action}?${search}` : action, { scroll: false }));
  }

  return (
    <form action={`${action}#results`} method="get" role="search" aria-label={words.formLabel} onSubmit={onSubmit} className="space-y-5" aria-busy={pending}>
      <div>
        <label htmlFor="q" className="block text-sm font-bold">
          {words.search}
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            placeholder={words.placeholder}
            className="min-w-0 flex-1 rounded-full border-2 border-ink px-4 py-2"
          />
          <button type="submit" className="rounded-full bg-ink px-5 py-2 font-bold text-paper">
            {words.searchButton}
          </button>
        </div>
      </div>
      <details className="group lg:[&::details-content]:[content-visibility:visible]">
        <summary className="inline-flex cursor-pointer list-none rounded-full border-2 border-ink px-5 py-2 font-bold lg:hidden [&::-webkit-details-marker]:hidden">
          {words.toggle}
        </summary>
        <div className="mt-5 space-y-5 lg:mt-0">
          {fields.map((field) => (
            <div key={field.key}>
              <label htmlFor={`filter-${field.key}`} className="block text-sm font-bold">
                {field.label}
              </label>
              <select
                id={`filter-${field.key}`}
                name={field.key}
                defaultValue={selected[field.key] ?? ""}
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
          <button type="submit" className="rounded-full border-2 border-ink px-5 py-2 font-bold">
            {words.apply}
          </button>
        </div>
      </details>
    </form>
  );
}
