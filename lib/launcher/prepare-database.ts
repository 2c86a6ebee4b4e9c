import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { provideDatabase, type ProvidedDatabase, type ProvideOptions } from "@/lib/db/provide-database";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createPrismaClient } from "@/lib/db/create-client";

export type PreparedDatabase = ProvidedDatabase & { seeded: boolean };

export type PrepareOptions = ProvideOptions & {
  seedIfEmpty: boolean;
  /** Move the seeded postings to the next intake; default: only on the embedded (demo) database. */
  repostForNextIntake?: boolean;
};

const log = (line: string) => console.log(`[careers] ${line}`);

// Two launchers starting together on one empty database must not both seed it.
const SEED_LOCK_KEY = 72707370;

async function withSeedLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SEED_LOCK_KEY]);
    return await work();
  } finally {
    await client.end(); // ends the session, which releases the lock
  }
}

/**
 * Provides the database, applies pending migrations, and seeds an empty one.
 * The demo (embedded database) reposts the seeded postings for the next intake
 * so a new user sees open roles; a configured database keeps the fixture dates.
 */
export async function prepareDatabase(dataDir: string, options: PrepareOptions): Promise<PreparedDatabase> {
  const database = await provideDatabase(dataDir, options);
  log(`database: ${database.describe}`);
  try {
    const { applied, alreadyApplied } = await migrateDatabase(database.url, { log });
    log(`migrations: ${applied.length} applied, ${alreadyApplied} already in place`);
    let seeded = false;
    if (options.seedIfEmpty) {
      const prisma = createPrismaClient(database.url);
      try {
        seeded = await withSeedLock(database.url, async () => {
          if ((await prisma.posting.count()) > 0 || (await prisma.user.count()) > 0) return false;
          await seedDatabase(prisma, { repostForNextIntake: options.repostForNextIntake ?? database.kind === "embedded", log });
          return true;
        });
      } finally {
        await prisma.$disconnect();
      }
    }
    return { ...database, seeded };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
