import { Prisma } from "@/lib/generated/prisma/client";

// One page of the listing's cards, in the listing's order or a search's. Kept
// apart from search-postings.ts (server-only) so the benchmark times the very SQL
// the site runs (tests/bench/search-timing.ts).

export const LISTING_FROM = Prisma.sql`FROM postings p JOIN teams t ON t.id = p.team_id LEFT JOIN offices o ON o.id = p.office_id`;

const CARD_COLUMNS = Prisma.sql`p.slug, p.title, t.slug AS "teamSlug", t.name AS "teamName", t.name_fr AS "teamNameFr",
      CASE WHEN 'fr' = ANY(p.locales) THEN p.content->'fr'->>'title' END AS "titleFr", o.city,
      p.contract_type::text AS "contractType", p.remote_policy::text AS "remotePolicy",
      p.remote_days_per_week AS "remoteDaysPerWeek", p.start_earliest AS "startEarliest",
      p.start_latest AS "startLatest", p.duration_ideal_months AS "durationMonths", p.locales`;

/** The plain listing: by team, then the newest first. */
export function listingPageSql(where: Prisma.Sql, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`SELECT ${CARD_COLUMNS} ${LISTING_FROM} WHERE ${where}
    ORDER BY t.name, p.date_posted DESC, p.slug LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * A search (`where` already holds `search_vector @@ tsquery`): the postings whose
 * title matches first, then the others, each the newest first. Relevance is where
 * the words are, not ts_rank: scoring every match meant reading and sorting
 * thousands of documents for a common word, while each branch here walks the
 * date index (postings_date_posted_slug_idx) and stops after one page (migration
 * 20261201000011_search_speed). The sort columns come back too, then are dropped.
 */
export function searchPageSql(where: Prisma.Sql, tsquery: string, limit: number, offset: number): Prisma.Sql {
  const titleMatches = Prisma.sql`p.title_vector @@ ${tsquery}::tsquery`;
  // Title matches are few: found through their own GIN index, then sorted. Sorting them by the
  // epoch (the same order) keeps the planner off the date index, whose walk would read every
  // posting when a title word is rare (its estimate for OR-ed synonyms is far too high).
  const inTitle = Prisma.sql`(SELECT ${CARD_COLUMNS}, 0 AS tier, p.date_posted AS posted
      ${LISTING_FROM} WHERE ${where} AND ${titleMatches}
      ORDER BY extract(epoch FROM p.date_posted) DESC, p.slug LIMIT ${limit + offset})`;
  // The others are many for a common word: the date index is walked until a page is found.
  const elsewhere = Prisma.sql`(SELECT ${CARD_COLUMNS}, 1 AS tier, p.date_posted AS posted
      ${LISTING_FROM} WHERE ${where} AND (${titleMatches}) IS NOT TRUE
      ORDER BY p.date_posted DESC, p.slug LIMIT ${limit + offset})`;
  return Prisma.sql`SELECT * FROM (${inTitle} UNION ALL ${elsewhere}) ranked
    ORDER BY tier, posted DESC, slug LIMIT ${limit} OFFSET ${offset}`;
}

export const FACET_KEYS = ["team", "city", "contract", "remote", "language", "startMonth"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

// Each facet counts the postings that match every filter but its own (choosing a city shows the other cities'
// counts too). The matches are read once and grouped by the attributes the facets count (team, office, contract,
// remote policy, start window, required languages), and each filter's flag is computed per group; a word matching
// 5,000 of 10,000 postings leaves a dozen groups, which lib/public/facet-counts.ts folds into the total and the six
// facets. The filters' meaning stays here, in SQL: the flags are the very conditions the page's WHERE uses.

/** One group of matches: the attributes the facets count, each filter's flag, and how many postings. */
export type FacetCombination = {
  team: string;
  teamName: string;
  teamNameFr: string | null;
  city: string | null;
  contract: string;
  remote: string;
  /** The start window's first and last months, YYYY-MM. */
  firstMonth: string;
  lastMonth: string;
  /** The required languages' codes. */
  languages: string[] | null;
  flags: Record<FacetKey, boolean>;
  count: number;
};

export type FacetCombinationRow = Omit<FacetCombination, "flags"> & {
  fTeam: boolean;
  fCity: boolean;
  fContract: boolean;
  fRemote: boolean;
  fLanguage: boolean;
  fStartMonth: boolean;
};

/**
 * The open postings matching `searched` (the open condition and the search, if any, on `p` alone) grouped
 * by what the facets count, with each filter's flag, where `flags` holds each filter's condition (true when that
 * filter is not set). The matches are grouped by postings' own columns first; teams and offices are joined to the
 * groups, and the flags and the months computed once per group (per posting, the joins, to_char and the flags as
 * grouping keys doubled the statement's time). The flags read only grouped columns, so a group passes or fails whole.
 * `p` is posting_facets, the narrow copy of postings kept for this statement (migration 20261201000019_posting_facets):
 * reading every match of a common word there takes half the time it takes in postings.
 */
export function facetCombinationsSql(searched: Prisma.Sql, flags: Record<FacetKey, Prisma.Sql>): Prisma.Sql {
  return Prisma.sql`
    SELECT t.slug AS team, t.name AS "teamName", t.name_fr AS "teamNameFr", o.city,
      p.contract_type::text AS contract, p.remote_policy::text AS remote,
      to_char(p.start_earliest, 'YYYY-MM') AS "firstMonth", to_char(p.start_latest, 'YYYY-MM') AS "lastMonth",
      p.required_languages AS languages,
      (${flags.team}) AS "fTeam", (${flags.city}) AS "fCity", (${flags.contract}) AS "fContract",
      (${flags.remote}) AS "fRemote", (${flags.language}) AS "fLanguage", (${flags.startMonth}) AS "fStartMonth", p.count
    FROM (
      SELECT p.team_id, p.office_id, p.contract_type, p.remote_policy, p.start_earliest, p.start_latest,
        p.required_languages, count(*)::int AS count
      FROM posting_facets p WHERE ${searched}
      GROUP BY p.team_id, p.office_id, p.contract_type, p.remote_policy, p.start_earliest, p.start_latest, p.required_languages
    ) p JOIN teams t ON t.id = p.team_id LEFT JOIN offices o ON o.id = p.office_id`;
}

export function facetCombination(row: FacetCombinationRow): FacetCombination {
  const { fTeam, fCity, fContract, fRemote, fLanguage, fStartMonth, ...rest } = row;
  return { ...rest, flags: { team: fTeam, city: fCity, contract: fContract, remote: fRemote, language: fLanguage, startMonth: fStartMonth } };
}
