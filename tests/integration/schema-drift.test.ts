import pg from "pg";
import { describe, expect, it } from "vitest";
import { describeCatalog } from "../helpers/catalog";
import { useFreshDatabase } from "../helpers/database";
import { schemaToSql } from "../helpers/schema-sql";

// A database built from prisma/migrations (the template every test clones) must
// match what Prisma would build from prisma/schema.prisma.
describe("schema drift", async () => {
  const fromMigrations = await useFreshDatabase({ migrated: true });
  const fromSchema = await useFreshDatabase({ migrated: false });

  it("the SQL migrations and schema.prisma describe the same database", async () => {
    const sql = schemaToSql(fromSchema.url);
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();
    expect(await describeCatalog(fromMigrations.url)).toEqual(await describeCatalog(fromSchema.url));
  });
});
