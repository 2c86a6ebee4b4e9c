import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// Prisma Migrate's own advisory-lock key, so this runner and `prisma migrate
// deploy` (where its engine can be had) never migrate one database at once.
const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {}

// The ledger as Prisma Migrate creates it, so its tools accept our database.
const CREATE_LEDGER = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function readMigrationFiles(dir = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type LedgerRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

function checkLedger(files: MigrationFile[], rows: LedgerRow[]): Set<string> {
  const byName = new Map(files.map((file) => [file.name, file]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but never finished; repair the database, then mark it rolled back in _prisma_migrations.`,
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(`Migration ${row.migration_name} is applied to the database but missing from prisma/migrations.`);
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (checksum mismatch). Restore the file and put the change in a new migration.`,
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name}/migration.sql failed and was rolled back: ${reason}`);
  }
}

/** Applies pending migrations in order, each in its own transaction, under Prisma's advisory lock. */
export async function migrateDatabase(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const files = readMigrationFiles(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_LEDGER);
    const { rows } = await client.query<LedgerRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const done = checkLedger(files, rows);
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f.name))) {
      await applyOne(client, file);
      applied.push(file.name);
      options.log?.(`applied migration ${file.name}`);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
