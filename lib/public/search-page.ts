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
// counts too). Counted in one statement: the open postings that match the search are read once (CTE `base`),
// each filter evaluated once per posting into a flag, then the total and the six facets are aggregated from
// those rows — seven scans of every match became one. Plain count(*) everywhere: a posting has one row per
// language code (unique posting_id, code) and generate_series gives each month once, so nothing is counted twice.
const FACET_FLAGS: Record<FacetKey, string> = { team: "f_team", city: "f_city", contract: "f_contract", remote: "f_remote", language: "f_language", startMonth: "f_start" };

function flagsExcept(except?: FacetKey): Prisma.Sql {
  return Prisma.raw(
    FACET_KEYS.filter((key) => key !== except)
      .map((key) => `b.${FACET_FLAGS[key]}`)
      .join(" AND "),
  );
}

/**
 * The total and the six facets' counts of the open postings matching `searched` (the open condition and the
 * search, if any), where `flags` holds each filter's condition (true when that filter is not set).
 */
export function totalAndFacetsSql(searched: Prisma.Sql, flags: Record<FacetKey, Prisma.Sql>): Prisma.Sql {
  return Prisma.sql`
    WITH base AS MATERIALIZED (
      SELECT p.id, t.slug AS team, t.name AS team_name, coalesce(t.name_fr, t.name) AS team_name_fr, o.city,
        p.contract_type::text AS contract, p.remote_policy::text AS remote, p.start_earliest, p.start_latest,
        (${flags.team}) AS f_team, (${flags.city}) AS f_city, (${flags.contract}) AS f_contract,
        (${flags.remote}) AS f_remote, (${flags.language}) AS f_language, (${flags.startMonth}) AS f_start
      ${LISTING_FROM} WHERE ${searched}
    )
    SELECT 'total' AS facet, NULL AS value, NULL AS label, NULL AS "labelFr", count(*) AS count FROM base b WHERE ${flagsExcept()}
    UNION ALL
    SELECT 'team', b.team, min(b.team_name), min(b.team_name_fr), count(*) FROM base b WHERE ${flagsExcept("team")} GROUP BY b.team
    UNION ALL
    SELECT 'city', b.city, b.city, b.city, count(*) FROM base b WHERE ${flagsExcept("city")} AND b.city IS NOT NULL GROUP BY b.city
    UNION ALL
    SELECT 'contract', b.contract, b.contract, b.contract, count(*) FROM base b WHERE ${flagsExcept("contract")} GROUP BY b.contract
    UNION ALL
    SELECT 'remote', b.remote, b.remote, b.remote, count(*) FROM base b WHERE ${flagsExcept("remote")} GROUP BY b.remote
    UNION ALL
    SELECT 'language', fl.code, fl.code, fl.code, count(*) FROM base b
      JOIN posting_languages fl ON fl.posting_id = b.id AND fl.required WHERE ${flagsExcept("language")} GROUP BY fl.code
    UNION ALL
    SELECT 'startMonth', to_char(sm.month, 'YYYY-MM'), to_char(sm.month, 'YYYY-MM'), to_char(sm.month, 'YYYY-MM'), count(*) FROM base b
      -- Every month the start window overlaps.
      CROSS JOIN LATERAL generate_series(date_trunc('month', b.start_earliest), b.start_latest, interval '1 month') AS sm(month)
      WHERE ${flagsExcept("startMonth")} GROUP BY 2
    ORDER BY 1, 2`;
}
