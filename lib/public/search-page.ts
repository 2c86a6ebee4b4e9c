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
