import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrateDatabase, readMigrationFiles } from "@/lib/db/migrate";
import { useFreshDatabase } from "../helpers/database";

async function ledger(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows as { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }[];
  } finally {
    await client.end();
  }
}

function copyMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "careers-migrations-"));
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migration runner", async () => {
  const empty = await useFreshDatabase({ migrated: false });

  it("applies every migration once and records it in Prisma's ledger with sha256 checksums", async () => {
    const first = await migrateDatabase(empty.url);
    const files = readMigrationFiles();
    expect(first.applied).toEqual(files.map((file) => file.name));
    const rows = await ledger(empty.url);
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
      files.map((file) => [file.name, file.checksum, 1]),
    );
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    const second = await migrateDatabase(empty.url);
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = copyMigrations();
    const [first] = readMigrationFiles(dir);
    writeFileSync(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    await expect(migrateDatabase(empty.url, { dir })).rejects.toThrow(/edited after it was applied/);
  });

  it("stops on a failing migration with its file name and leaves the database as it was", async () => {
    const dir = copyMigrations();
    const name = "99990101000000_broken";
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);
    await expect(migrateDatabase(empty.url, { dir })).rejects.toThrow(/99990101000000_broken\/migration.sql failed.*no_such_table/);
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    await client.end();
    expect(rowCount).toBe(0);
    expect((await ledger(empty.url)).map((row) => row.migration_name)).not.toContain(name);
  });

  it("lets only one of two concurrent runners apply the migrations", async () => {
    const other = await useFreshDatabase({ migrated: false });
    const results = await Promise.all([migrateDatabase(other.url), migrateDatabase(other.url)]);
    const applied = results.map((result) => result.applied.length).sort();
    expect(applied).toEqual([0, readMigrationFiles().length]);
    expect(await ledger(other.url)).toHaveLength(readMigrationFiles().length);
  });
});
