import "server-only";
import { cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_TAGS } from "@/lib/cache/public-tags";
import type { ContractType, ListingFilters, RemotePolicy } from "@/lib/postings";
import { expandSearchQuery } from "@/lib/postings/search-synonyms";
import { safeFilters } from "./argument-guards";
import { OPEN_POSTING_SQL } from "./open-condition";
import { type FacetCount, type FacetCounts, foldFacetCounts } from "./facet-counts";
import { FACET_KEYS, type FacetCombinationRow, type FacetKey, facetCombination, facetCombinationsSql, listingPageSql, searchPageSql } from "./search-page";

// The public listing: one page of open postings for the URL's filters, the
// facet counts, and the total. Results are cached per filter set and tagged,
// so a repeated view runs no query until a recruiter's change expires the tag.

export const PAGE_SIZE = 50;

export type PostingCard = {
  slug: string;
  title: string;
  teamSlug: string;
  teamName: string;
  /** The team's French name, when it has one. */
  teamNameFr: string | null;
  /** The French title, when the French version is public (translated). */
  titleFr: string | null;
  city: string | null;
  contractType: ContractType;
  remotePolicy: RemotePolicy;
  remoteDaysPerWeek: number | null;
  startEarliest: string;
  startLatest: string;
  durationMonths: number | null;
  locales: string[];
};

export { FACET_KEYS, type FacetCount, type FacetKey };
export type ListingResult = { total: number; page: number; pageCount: number; cards: PostingCard[]; facets: Record<FacetKey, FacetCount[]> };

type Condition = Prisma.Sql;

/**
 * The tsquery of a search: the query split into terms and expanded with the
 * recruiters' vocabulary (lib/postings/search-synonyms.ts), then stemmed in
 * English and French, prefixed and typo-corrected by PostgreSQL
 * (posting_search_query, migration 20261201000003_search_vocabulary). Its text
 * form, or null when no word of the query can match anything. Exported for the
 * benchmark's EXPLAIN ANALYZE.
 */
export async function searchTsquery(q: string): Promise<string | null> {
  const terms = expandSearchQuery(q);
  if (terms.length === 0) return null;
  const [row] = await db.$queryRaw<{ query: string | null }[]>`
    SELECT posting_search_query(${JSON.stringify(terms)}::jsonb)::text AS query`;
  return row?.query ?? null;
}

type SearchState = { tsquery: string | null };

function conditions(filters: ListingFilters, search: SearchState): Partial<Record<FacetKey | "q", Condition>> {
  return {
    team: filters.team ? Prisma.sql`t.slug = ${filters.team}` : undefined,
    city: filters.city ? Prisma.sql`lower(unaccent(o.city)) = lower(unaccent(${filters.city}))` : undefined,
    contract: filters.contract ? Prisma.sql`p.contract_type = ${filters.contract}::"ContractType"` : undefined,
    remote: filters.remote ? Prisma.sql`p.remote_policy = ${filters.remote}::"RemotePolicy"` : undefined,
    language: filters.language
      ? Prisma.sql`${filters.language} = ANY(p.required_languages)`
      : undefined,
    // Any posting whose start window overlaps the month: "2027-09" includes a window of August–September.
    startMonth: filters.startMonth
      ? Prisma.sql`p.start_earliest < (${`${filters.startMonth}-01`}::date + interval '1 month') AND p.start_latest >= ${`${filters.startMonth}-01`}::date`
      : undefined,
    q: filters.q
      ? search.tsquery === null
        ? Prisma.sql`false`
        : Prisma.sql`p.search_vector @@ ${search.tsquery}::tsquery`
      : undefined,
  };
}

function where(all: Partial<Record<string, Condition>>): Prisma.Sql {
  const parts = Object.values(all).filter((condition): condition is Condition => condition !== undefined);
  return Prisma.join([OPEN_POSTING_SQL, ...parts], " AND ");
}

async function totalAndFacets(all: ReturnType<typeof conditions>): Promise<FacetCounts> {
  const flag = (key: FacetKey) => all[key] ?? Prisma.sql`true`;
  const searched = all.q ? Prisma.sql`${OPEN_POSTING_SQL} AND ${all.q}` : OPEN_POSTING_SQL;
  const rows = await db.$queryRaw<FacetCombinationRow[]>(
    facetCombinationsSql(searched, { team: flag("team"), city: flag("city"), contract: flag("contract"), remote: flag("remote"), language: flag("language"), startMonth: flag("startMonth") }),
  );
  return foldFacetCounts(rows.map(facetCombination));
}

type CardRow = Omit<PostingCard, "startEarliest" | "startLatest"> & { startEarliest: Date; startLatest: Date };

async function pageOfCards(
  all: ReturnType<typeof conditions>,
  filters: ListingFilters,
  search: SearchState,
): Promise<PostingCard[]> {
  const offset = (filters.page - 1) * PAGE_SIZE;
  const rows = await db.$queryRaw<CardRow[]>(
    filters.q && search.tsquery !== null
      ? searchPageSql(where(all), search.tsquery, PAGE_SIZE, offset)
      : listingPageSql(where(all), PAGE_SIZE, offset),
  );
  const day = (value: Date) => value.toISOString().slice(0, 10);
  return rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      teamSlug: row.teamSlug,
      teamName: row.teamName,
      teamNameFr: row.teamNameFr,
      titleFr: row.titleFr,
      city: row.city,
      contractType: row.contractType,
      remotePolicy: row.remotePolicy,
      remoteDaysPerWeek: row.remoteDaysPerWeek,
      startEarliest: day(row.startEarliest),
      startLatest: day(row.startLatest),
      durationMonths: row.durationMonths,
      locales: row.locales,
    }));
}

/** Cached per filter set: for the listing's views and the feeds. */
export async function searchOpenPostings(input: ListingFilters): Promise<ListingResult> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  return listOpenPostings(input);
}

/**
 * Uncached: for free-text searches, so each distinct search is not one more
 * cache entry (the search route renders per request; see lib/public/listing-view.ts).
 */
export async function listOpenPostings(input: ListingFilters): Promise<ListingResult> {
  const filters = safeFilters(input);
  const search: SearchState = { tsquery: filters.q ? await searchTsquery(filters.q) : null };
  const all = conditions(filters, search);
  const [cards, { total, facets }] = await Promise.all([pageOfCards(all, filters, search), totalAndFacets(all)]);
  return { total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), cards, facets };
}
