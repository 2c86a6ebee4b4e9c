import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import type { ListingFilters } from "@/lib/postings";
import { contractLabel, languageName, monthLabel, remoteLabel } from "@/lib/public/display";
import { listingHref } from "@/lib/public/listing-view";
import { FACET_KEYS, listOpenPostings, searchOpenPostings, type FacetCount, type FacetKey, type PostingCard as Card } from "@/lib/public/search-postings";
import { LanguageSwitch } from "../language-switch";
import { ListingFiltersForm, type FacetField } from "./listing-filters-form";
import { PostingCard } from "./posting-card";
import { ResultsHeading } from "./results-heading";

function facetDisplay(key: FacetKey, facet: FacetCount, locale: Locale): string {
  switch (key) {
    case "team":
      return locale === "fr" ? facet.labelFr : facet.label;
    case "city":
      return facet.label;
    case "contract":
      return contractLabel(facet.value as Card["contractType"], locale);
    case "remote":
      return remoteLabel(facet.value as Card["remotePolicy"], null, locale);
    case "language":
      return languageName(facet.value, locale);
    case "startMonth":
      return monthLabel(facet.value, locale);
  }
}

function groupByTeam(cards: readonly Card[], locale: Locale): { teamSlug: string; teamName: string; cards: Card[] }[] {
  const groups = new Map<string, { teamSlug: string; teamName: string; cards: Card[] }>();
  for (const card of cards) {
    const teamName = locale === "fr" ? (card.teamNameFr ?? card.teamName) : card.teamName;
    const group = groups.get(card.teamSlug) ?? { teamSlug: card.teamSlug, teamName, cards: [] };
    group.cards.push(card);
    groups.set(card.teamSlug, group);
  }
  return [...groups.values()];
}

/**
 * /jobs and /fr/jobs: the same filters, the same URL state, words from lib/i18n/public.
 * `live`: read the database on every render (free-text searches, which are never cached).
 */
export async function ListingPage({ filters, locale, live = false }: { filters: ListingFilters; locale: Locale; live?: boolean }) {
  const words = publicWords(locale);
  const result = live ? await listOpenPostings(filters) : await searchOpenPostings(filters);
  const fields: FacetField[] = FACET_KEYS.map((key) => ({
    key,
    label: words.filters[key].label,
    anyLabel: words.filters[key].any,
    options: result.facets[key].map((facet) => ({ value: facet.value, count: facet.count, display: facetDisplay(key, facet, locale) })),
  }));
  const selected = Object.fromEntries(FACET_KEYS.map((key) => [key, filters[key]]).filter(([, value]) => value !== undefined));
  const activeFilters = FACET_KEYS.filter((key) => filters[key] !== undefined).length;
  const filtered = activeFilters > 0 || filters.q !== undefined;
  const first = (result.page - 1) * 50 + 1;
  const last = first + result.cards.length - 1;
  const clearHref = listingHref({}, locale);
  const count =
    result.total === 0 ? words.listing.noneMatch : `${words.listing.count(result.total)}${result.pageCount > 1 ? words.listing.showing(first, last) : ""}`;
  return (
    <>
      <LanguageSwitch locale={locale} href={listingHref(filters, otherLocale(locale))} />
      <div className="mx-auto max-w-6xl px-5 pb-10 pt-6 sm:px-8">
        <h1 className="text-4xl font-black tracking-tight sm:text-5xl">{words.listing.title}</h1>
        <div className="mt-10 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-10">
          <ListingFiltersForm
            action={words.paths.jobs}
            words={{
              formLabel: words.filters.formLabel,
              toggle: words.filters.toggle(activeFilters),
              search: words.filters.search,
              searchButton: words.filters.searchButton,
              placeholder: words.filters.placeholder,
              apply: words.filters.apply,
            }}
            query={filters.q ?? ""}
            fields={fields}
            selected={selected}
          />
          <div>
            <ResultsHeading key={listingHref(filters)} text={count} />
            {filtered ? (
              <p className="mt-1 text-sm">
                <Link href={clearHref} className="underline underline-offset-4">
                  {words.listing.clearFilters}
                </Link>
              </p>
            ) : null}
            {result.total === 0 ? (
              <div className="mt-8 rounded-2xl bg-mist p-8">
                <h2 className="text-xl font-bold">{filtered ? words.listing.emptyFiltered : words.listing.emptyAll}</h2>
                {filtered ? (
                  <>
                    <p className="mt-2">{words.listing.emptyHint}</p>
                    <p className="mt-4">
                      <Link href={clearHref} className="font-bold underline underline-offset-4">
                        {words.listing.clearSearch}
                      </Link>
                    </p>
                  </>
                ) : (
                  <p className="mt-2">{words.listing.emptyAllHint}</p>
                )}
              </div>
            ) : (
              groupByTeam(result.cards, locale).map((group) => (
                <section key={group.teamSlug} aria-labelledby={`team-${group.teamSlug}`} className="mt-8">
                  <h2 id={`team-${group.teamSlug}`} className="text-2xl font-black tracking-tight">
                    {group.teamName}
                  </h2>
                  <ul className="mt-4 space-y-3">
                    {group.cards.map((card) => (
                      <li key={card.slug}>
                        <PostingCard card={card} locale={locale} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))
            )}
            {result.pageCount > 1 ? (
              <nav aria-label={words.listing.pages} className="mt-10 flex items-center justify-between font-bold">
                {result.page > 1 ? (
                  <Link href={listingHref({ ...filters, page: result.page - 1 }, locale)} rel="prev" className="underline underline-offset-4">
                    {words.listing.previous}
                  </Link>
                ) : (
                  <span />
                )}
                <span className="text-sm font-normal">{words.listing.pageOf(result.page, result.pageCount)}</span>
                {result.page < result.pageCount ? (
                  <Link href={listingHref({ ...filters, page: result.page + 1 }, locale)} rel="next" className="underline underline-offset-4">
                    {words.listing.next}
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </div>
        </div>
      </div>
    </>
  );
}
