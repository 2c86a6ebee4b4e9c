import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { expandSearchQuery } from "@/lib/postings/search-synonyms";
import { OPEN_POSTING_SQL } from "@/lib/public/open-condition";
import { foldFacetCounts } from "@/lib/public/facet-counts";
import { type FacetCombinationRow, facetCombination, facetCombinationsSql, LISTING_FROM, searchPageSql } from "@/lib/public/search-page";

// The search as lib/public/search-postings.ts runs it, timed on the database
// alone: the tsquery (terms expanded by the synonyms module, stemmed and
// typo-corrected by posting_search_query), then the page of postings ranked by
// relevance (lib/public/search-page.ts, the site's own SQL). Shared by
// `npm run bench` and `npm run bench:search`.

const QUERIES = ["payroll", "comptable", "data analyst", "stage", "apprentice", "compta", "alternance", "acountant"];
const TSQUERY_SQL = "SELECT posting_search_query($1::jsonb)::text AS query";
const searchWhere = (tsquery: string) => Prisma.sql`${OPEN_POSTING_SQL} AND p.search_vector @@ ${tsquery}::tsquery`;
const pageQuery = (tsquery: string) => searchPageSql(searchWhere(tsquery), tsquery, 50, 0);
// The ranking before migration 20261201000011_search_speed, timed beside it for comparison.
const tsRankQuery = (tsquery: string) => Prisma.sql`SELECT p.slug ${LISTING_FROM} WHERE ${searchWhere(tsquery)}
    ORDER BY ts_rank(p.search_vector, ${tsquery}::tsquery) DESC, p.date_posted DESC, p.slug LIMIT 50`;
// The total and the facets' counts the page shows beside the results: every match grouped by what the facets
// count, in one statement, then folded (lib/public/facet-counts.ts).
const noFilter = Prisma.sql`true`;
const facetsQuery = (tsquery: string) =>
  facetCombinationsSql(Prisma.sql`${OPEN_POSTING_SQL} AND p.search_vector @@ ${tsquery}::tsquery`, {
    team: noFilter,
    city: noFilter,
    contract: noFilter,
    remote: noFilter,
    language: noFilter,
    startMonth: noFilter,
  });

type Quantiles = { p50: number; p95: number };
export type SearchTiming = { page: Quantiles; counts: Quantiles; asSite: Quantiles };

/** Whether each of the search's statements meets the 20 ms target at p95: the page (tsquery included) and the counts. */
export function searchMeetsTarget(timing: SearchTiming): boolean {
  return timing.page.p95 <= 20 && timing.counts.p95 <= 20;
}

/**
 * Times the search on `databaseUrl`: the page (tsquery included), the total and facet counts, and the whole
 * search as the site runs it (lib/public/search-postings.ts: the tsquery, then the page and the counts at once
 * on two connections).
 */
export async function timeSearch(databaseUrl: string, options: { explain?: boolean; runs?: number } = {}): Promise<SearchTiming> {
  const client = new pg.Client({ connectionString: databaseUrl });
  const beside = new pg.Client({ connectionString: databaseUrl });
  await Promise.all([client.connect(), beside.connect()]);
  const countFacets = async (on: pg.Client, tsquery: string) => {
    const facets = facetsQuery(tsquery);
    return foldFacetCounts((await on.query<FacetCombinationRow>(facets.text, facets.values)).rows.map(facetCombination));
  };
  const compile = async (q: string) =>
    (await client.query<{ query: string | null }>(TSQUERY_SQL, [JSON.stringify(expandSearchQuery(q))])).rows[0]?.query ?? "";
  try {
    if (options.explain ?? true) {
      for (const q of ["payroll", "acountant"]) {
        const page = pageQuery(await compile(q));
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${page.text}`, page.values);
        console.log(`\nEXPLAIN ANALYZE of the search page (q=${q}):`);
        for (const row of plan.rows) console.log(`  ${row["QUERY PLAN"]}`);
      }
      const facets = facetsQuery(await compile("payroll"));
      const facetPlan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${facets.text}`, facets.values);
      console.log("\nEXPLAIN ANALYZE of the total and facet counts (q=payroll):");
      for (const row of facetPlan.rows) console.log(`  ${row["QUERY PLAN"]}`);
      const compiled = await client.query(`EXPLAIN (ANALYZE) ${TSQUERY_SQL}`, [JSON.stringify(expandSearchQuery("acountant"))]);
      console.log("\nEXPLAIN ANALYZE of the tsquery (q=acountant, typo-corrected):");
      for (const row of compiled.rows) console.log(`  ${row["QUERY PLAN"]}`);
    }
    const perQuery = new Map<string, number[]>();
    const timings: number[] = [];
    const counts: number[] = [];
    const whole: number[] = [];
    const tsRanks: number[] = [];
    const runs = options.runs ?? 200;
    for (let i = 0; i < runs; i++) {
      const q = QUERIES[i % QUERIES.length] as string;
      const started = process.hrtime.bigint();
      const tsquery = await compile(q);
      const page = pageQuery(tsquery);
      await client.query(page.text, page.values);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      timings.push(ms);
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
      // The total and facets the page also shows (the site runs them beside the page, on another connection).
      const counting = process.hrtime.bigint();
      await countFacets(client, tsquery);
      const facetMs = Number(process.hrtime.bigint() - counting) / 1e6;
      counts.push(facetMs);
      whole.push(ms + facetMs);
      const ranking = process.hrtime.bigint();
      const previous = tsRankQuery(tsquery);
      await client.query(previous.text, previous.values);
      tsRanks.push(Number(process.hrtime.bigint() - ranking) / 1e6);
    }
    // The whole search as the site runs it: the tsquery, then the page and the counts side by side.
    const asSite: number[] = [];
    for (let i = 0; i < runs; i++) {
      const q = QUERIES[i % QUERIES.length] as string;
      const started = process.hrtime.bigint();
      const tsquery = await compile(q);
      const page = pageQuery(tsquery);
      await Promise.all([client.query(page.text, page.values), countFacets(beside, tsquery)]);
      asSite.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const quantile = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    };
    for (const [q, values] of perQuery) console.log(`  ${q.padEnd(14)} p50 ${quantile(values, 0.5).toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms`);
    const line = (label: string, values: number[]) => console.log(`${label}: p50 ${quantile(values, 0.5).toFixed(2)} ms, p95 ${quantile(values, 0.95).toFixed(2)} ms`);
    line(`search page (tsquery + page) over ${runs} runs, target p95 ≤ 20 ms`, timings);
    line("for comparison, the page ranked by ts_rank over every match (before)", tsRanks);
    line("total and facet counts (one statement and its fold), target p95 ≤ 20 ms", counts);
    line("the whole search one step after the other (tsquery + page + counts)", whole);
    line("the whole search as the site runs it (tsquery, then page and counts side by side on two connections)", asSite);
    const quantiles = (values: number[]) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });
    const result = { page: quantiles(timings), counts: quantiles(counts), asSite: quantiles(asSite) };
    console.log(`target: the page and the counts each p95 ≤ 20 ms: ${searchMeetsTarget(result) ? "met" : "MISSED"}`);
    return result;
  } finally {
    await Promise.all([client.end(), beside.end()]);
  }
}
