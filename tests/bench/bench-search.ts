// `npm run bench:search`: the search's database time at 10,000 postings, without
// building or serving the app (`npm run bench` prints the same figures after the
// page load tests). A fresh database on the embedded PostgreSQL (DATA_DIR/bench).
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { prepareDatabase } from "@/lib/launcher/prepare-database";
import { exitWhenDone } from "./bench-server";
import { searchMeetsTarget, timeSearch } from "./search-timing";
import { insertSyntheticPostings } from "./synthetic-postings";

const SYNTHETIC = 10_000;

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", "bench");
  const database = await prepareDatabase(dataDir, { databaseName: "careers_bench_search", fresh: true, seedIfEmpty: true, repostForNextIntake: true });
  try {
    const prisma = createPrismaClient(database.url);
    console.log(`inserting ${SYNTHETIC} synthetic postings…`);
    await insertSyntheticPostings(prisma, SYNTHETIC);
    await prisma.$executeRawUnsafe("VACUUM ANALYZE"); // as autovacuum would after a bulk load (see bench.ts)
    await prisma.$disconnect();
    if (!searchMeetsTarget(await timeSearch(database.url))) process.exitCode = 1;
  } finally {
    await database.stop();
  }
}

exitWhenDone(main);
