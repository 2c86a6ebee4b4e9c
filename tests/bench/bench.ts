// `npm run bench`: the public pages' speed at 10,000 postings (issue 4). Not a
// test: it prints figures. Builds into .next-bench, starts `next start` on a
// separate embedded database (DATA_DIR/bench) seeded with 10,000 synthetic
// postings, runs autocannon (50 connections, 10 s) on each page and on a
// trivial static page of the same build (the reference), and prints req/s,
// p50/p99 latency, the ratio to the reference, and EXPLAIN ANALYZE of the search.
import autocannon from "autocannon";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { expandSearchQuery } from "@/lib/postings/search-synonyms";
import { exitWhenDone, startBenchServer } from "./bench-server";
import { insertSyntheticPostings } from "./synthetic-postings";

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SYNTHETIC = 10_000;

const TARGETS = [
  { name: "reference: static page", path: "/accessibility" },
  { name: "home", path: "/" },
  { name: "listing", path: "/jobs" },
  { name: "posting", path: "/jobs/accountant-apprentice" },
  { name: "filtered + searched listing", path: "/jobs?city=Paris&contract=APPRENTISSAGE&q=payroll" },
];
async function measure(url: string) {
  const result = await autocannon({ url, connections: 50, duration: DURATION });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function explainSearch(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // As lib/public/search-postings.ts runs it: the tsquery first (terms expanded
  // by the synonyms module, stemmed and typo-corrected by posting_search_query),
  // then the page of postings ranked by relevance, then date.
  const tsquerySql = "SELECT posting_search_query($1::jsonb)::text AS query";
  const sql = `SELECT p.slug FROM postings p JOIN teams t ON t.id = p.team_id LEFT JOIN offices o ON o.id = p.office_id
    WHERE p.status = 'PUBLISHED' AND (p.valid_through IS NULL OR p.valid_through > now())
      AND p.search_vector @@ $1::tsquery
    ORDER BY ts_rank(p.search_vector, $1::tsquery) DESC, p.date_posted DESC, p.slug
    LIMIT 50`;
  const search = async (q: string) => {
    const { rows } = await client.query<{ query: string | null }>(tsquerySql, [JSON.stringify(expandSearchQuery(q))]);
    return client.query(sql, [rows[0]?.query ?? ""]);
  };
  try {
    const { rows: compiled } = await client.query<{ query: string }>(tsquerySql, [JSON.stringify(expandSearchQuery("payroll"))]);
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [compiled[0]?.query ?? ""]);
    console.log("\nEXPLAIN ANALYZE of the search query (q=payroll, 10,000+ postings):");
    for (const row of plan.rows) console.log(`  ${row["QUERY PLAN"]}`);
    const timings: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = process.hrtime.bigint();
      await search(["payroll", "comptable", "data analyst", "stage", "apprentice", "compta", "alternance", "acountant"][i % 8] as string);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]?.toFixed(2);
    console.log(`search (tsquery + page) round trips over 200 runs: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (target ≤ 20 ms)`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const server = await startBenchServer({
    port: PORT,
    databaseName: "careers_bench",
    fill: async (url) => {
      const prisma = createPrismaClient(url);
      console.log(`inserting ${SYNTHETIC} synthetic postings…`);
      await insertSyntheticPostings(prisma, SYNTHETIC);
      await prisma.$executeRawUnsafe("ANALYZE"); // as autovacuum would after a bulk load
      console.log(`open postings: ${await prisma.posting.count({ where: { status: "PUBLISHED" } })}`);
      await prisma.$disconnect();
    },
  });
  const ORIGIN = server.origin;
  try {
    for (const target of TARGETS) await fetch(ORIGIN + target.path); // warm the caches
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const target of TARGETS) await fetch(ORIGIN + target.path);

    const results = [];
    for (const target of TARGETS) {
      console.log(`autocannon ${target.path} (50 connections, ${DURATION} s)…`);
      results.push({ ...target, ...(await measure(ORIGIN + target.path)) });
    }
    const reference = results[0]?.rps ?? 1;
    console.log("\npage                           req/s    p50 ms  p99 ms  ratio  non-2xx");
    for (const row of results) {
      console.log(
        `${row.name.padEnd(30)} ${row.rps.toFixed(0).padStart(6)}  ${String(row.p50).padStart(6)}  ${String(row.p99).padStart(6)}  ${(row.rps / reference).toFixed(2).padStart(5)}  ${String(row.non2xx + row.errors).padStart(7)}`,
      );
    }
    console.log("targets: cached pages ≥ 0.85 × reference; filtered listing ≥ 250 req/s");
    await explainSearch(server.databaseUrl);
  } finally {
    await server.stop();
  }
}

exitWhenDone(main);
