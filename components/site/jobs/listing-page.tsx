import Link from "next/link";
import type { ListingFilters } from "@/lib/postings";
import { contractLabel, languageName, monthLabel, REMOTE_LABELS } from "@/lib/public/display";
import { listingHref } from "@/lib/public/listing-view";
import { FACET_KEYS, listOpenPostings, searchOpenPostings, type FacetCount, type FacetKey, type PostingCard as Card } from "@/lib/public/search-postings";
import { ListingFiltersForm, type FacetField } from "./listing-filters-form";
import { PostingCard } from "./posting-card";

const FACET_WORDS: Record<FacetKey, { label: string; any: string; display: (facet: FacetCount) => string }> = {
  team: { label: "Team", any: "All teams", display: (facet) => facet.label },
  city: { label: "City", any: "All cities", display: (facet) => facet.label },
  contract: { label: "Contract", any: "All contracts", display: (facet) => contractLabel(facet.value as Card["contractType"], "en") },
  remote: { label: "Remote policy", any: "Any remote policy", display: (facet) => REMOTE_LABELS.en[facet.value as Card["remotePolicy"]] },
  language: { label: "Required language", any: "Any language", display: (facet) => languageName(facet.value, "en") },
  startMonth: { label: "Start month", any: "Any start month", display: (facet) => monthLabel(facet.value, "en") },
};

function groupByTeam(cards: readonly Card[]): { teamSlug: string; teamName: string; cards: Card[] }[] {
  const groups = new Map<string, { teamSlug: string; teamName: string; cards: Card[] }>();
  for (const card of cards) {
    const group = groups.get(card.teamSlug) ?? { teamSlug: card.teamSlug, teamName: card.teamName, cards: [] };
    group.cards.push(card);
    groups.set(card.teamSlug, group);
  }
  return [...groups.values()];
}

/** `live`: read the database on every render (free-text searches, which are never cached). */
export async function ListingPage({ filters, live = false }: { filters: ListingFilters; live?: boolean }) {
  const result = live ? await listOpenPostings(filters) : await searchOpenPostings(filters);
  const fields: FacetField[] = FACET_KEYS.map((key) => ({
    key,
    label: FACET_WORDS[key].label,
    anyLabel: FACET_WORDS[key].any,
    options: result.facets[key].map((facet) => ({ ...facet, display: FACET_WORDS[key].display(facet) })),
  }));
  const selected = Object.fromEntries(FACET_KEYS.map((key) => [key, filters[key]]).filter(([, value]) => value !== undefined));
  const filtered = FACET_KEYS.some((key) => filters[key] !== undefined) || filters.q !== undefined;
  const first = (result.page - 1) * 50 + 1;
  const last = first + result.cards.length - 1;
  return (
    <div className="mx-auto max-w-6xl px-5 py-10 sm:px-8">
      <h1 className="text-4xl font-black tracking-tight sm:text-5xl">Open roles</h1>
      <div className="mt-10 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <ListingFiltersForm query={filters.q ?? ""} fields={fields} selected={selected} />
        <div>
          <p role="status" aria-live="polite" className="text-lg font-bold">
            {result.total === 0
              ? "No open roles match"
              : `${result.total} open role${result.total === 1 ? "" : "s"}${result.pageCount > 1 ? ` (showing ${first}–${last})` : ""}`}
          </p>
          {filtered ? (
            <p className="mt-1 text-sm">
              <Link href="/jobs" className="underline underline-offset-4">
                Clear all filters
              </Link>
            </p>
          ) : null}
          {result.total === 0 ? (
            <div className="mt-8 rounded-2xl bg-mist p-8">
              <h2 className="text-xl font-bold">
                {filtered ? "No open role matches your search and filters" : "No open roles right now"}
              </h2>
              {filtered ? (
                <>
                  <p className="mt-2">
                    Try fewer filters or another word — search covers titles, teams, cities, contracts, missions and profiles in
                    English and French.
                  </p>
                  <p className="mt-4">
                    <Link href="/jobs" className="font-bold underline underline-offset-4">
                      Clear the search and filters
                    </Link>
                  </p>
                </>
              ) : (
                <p className="mt-2">New roles are posted here as soon as they open.</p>
              )}
            </div>
          ) : (
            groupByTeam(result.cards).map((group) => (
              <section key={group.teamSlug} aria-labelledby={`team-${group.teamSlug}`} className="mt-8">
                <h2 id={`team-${group.teamSlug}`} className="text-2xl font-black tracking-tight">
                  {group.teamName}
                </h2>
                <ul className="mt-4 space-y-3">
                  {group.cards.map((card) => (
                    <li key={card.slug}>
                      <PostingCard card={card} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
          {result.pageCount > 1 ? (
            <nav aria-label="Pages" className="mt-10 flex items-center justify-between font-bold">
              {result.page > 1 ? (
                <Link href={listingHref({ ...filters, page: result.page - 1 })} rel="prev" className="underline underline-offset-4">
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm font-normal">
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount ? (
                <Link href={listingHref({ ...filters, page: result.page + 1 })} rel="next" className="underline underline-offset-4">
                  Next →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </div>
      </div>
    </div>
  );
}
