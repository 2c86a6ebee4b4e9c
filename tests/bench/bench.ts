// `npm run bench`: the public pages' speed at 10,000 postings (issue 4). Not a
// test: it prints figures. Builds into .next-bench, starts `next start` on a
// separate embedded database (DATA_DIR/bench) seeded with 10,000 synthetic
// postings, runs autocannon (50 connections, 10 s) on each page and on a
// trivial static page of the same build (the reference), and prints req/s,
// p50/p99 latency, the ratio to the reference, then the search's database time
// (p50/p95 over 200 searches, target p95 ≤ 20 ms) with EXPLAIN ANALYZE (search-timing.ts).
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db/create-client";
import { exitWhenDone, startBenchServer } from "./bench-server";
import { searchMeetsTarget, timeSearch } from "./search-timing";
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

async function main(): Promise<void> {
  const server = await startBenchServer({
    port: PORT,
    databaseName: "careers_bench",
    fill: async (url) => {
      const prisma = createPrismaClient(url);
      console.log(`inserting ${SYNTHETIC} synthetic postings…`);
      await insertSyntheticPostings(prisma, SYNTHETIC);
      // As autovacuum would after a bulk load: the load updates each posting it inserts (its languages), and until a
      // VACUUM every full read of the matches steps over those dead rows.
      await prisma.$executeRawUnsafe("VACUUM ANALYZE");
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
    // The search's database time (the page, tsquery included, and the counts), with EXPLAIN ANALYZE: each p95 ≤ 20 ms.
    const search = await timeSearch(server.databaseUrl);
    if (!searchMeetsTarget(search)) console.log(`search p95 ${search.page.p95.toFixed(2)} ms, counts p95 ${search.counts.p95.toFixed(2)} ms: above the 20 ms target`);
  } finally {
    await server.stop();
  }
}

exitWhenDone(main);
