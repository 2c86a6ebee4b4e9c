import pg from "pg";
import { describe, expect, it } from "vitest";
import { describeCatalog } from "../helpers/catalog";
import { useFreshDatabase } from "../helpers/database";
import { schemaToSql } from "../helpers/schema-sql";

// A database built from prisma/migrations (the template every test clones) must
// match what Prisma would build from prisma/schema.prisma.
// CHECK constraints that schema.prisma cannot express, added by migrations only
// (each documented in a comment on its model): present on the migrated side, then left out of the comparison.
const MIGRATION_ONLY_CHECKS = [
  { table: "users", name: "users_email_normalized" },
  { table: "offices", name: "offices_latitude_range" },
  { table: "offices", name: "offices_longitude_range" },
  { table: "application_files", name: "application_files_storage_location" },
];
describe("schema drift", async () => {
  const fromMigrations = await useFreshDatabase({ migrated: true });
  const fromSchema = await useFreshDatabase({ migrated: false });

  it("the SQL migrations and schema.prisma describe the same database", async () => {
    const sql = schemaToSql(fromSchema.url);
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();
    const migrated = await describeCatalog(fromMigrations.url);
    for (const check of MIGRATION_ONLY_CHECKS) {
      const prefix = `${check.table} | ${check.name} | CHECK `;
      expect(migrated.constraints!.filter((row) => row.startsWith(prefix)), check.name).toHaveLength(1);
      migrated.constraints = migrated.constraints!.filter((row) => !row.startsWith(prefix));
    }
    expect(migrated).toEqual(await describeCatalog(fromSchema.url));
  });
});
