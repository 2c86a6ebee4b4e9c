import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrateDatabase } from "@/lib/db/migrate";
import { useFreshDatabase } from "../helpers/database";
import { withClient } from "../helpers/database-admin";

// The migration 20261201000001_exact_email_identity on a database that already
// holds users: it normalises their emails (trim, NFC, lower-case) and the login
// limit's keys, adds the CHECK, and stops — changing nothing — when two accounts
// would become one address.
const MIGRATION = "20261201000001_exact_email_identity";

/** The migrations before this one, in a folder of their own. */
function migrationsBefore(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "careers-identity-"));
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name >= MIGRATION && !name.endsWith(".toml")) rmSync(path.join(dir, name), { recursive: true });
  return dir;
}

async function insertUsers(url: string, emails: string[]) {
  await withClient(url, async (client) => {
    for (const email of emails) {
      await client.query(`INSERT INTO users (id, email, name, role, updated_at) VALUES (gen_random_uuid(), $1, 'Old', 'RECRUITER', now())`, [email]);
    }
  });
}

const emails = (url: string) => withClient(url, async (client) => (await client.query<{ email: string }>(`SELECT email FROM users`)).rows.map((row) => row.email).sort());

describe(MIGRATION, async () => {
  it("normalises existing emails and login-attempt keys, then refuses non-normalised ones", async () => {
    const database = await useFreshDatabase({ migrated: false });
    await migrateDatabase(database.url, { dir: migrationsBefore() });
    await insertUsers(database.url, ["  Bob@Example.COM ", "Zoe\u0308@example.com", "plain@example.com"]);
    await withClient(database.url, (client) => client.query(`INSERT INTO login_attempts (email, ip, outcome) VALUES ('zoe\u0308@example.com', '192.0.2.1', 'FAILURE')`));
    await migrateDatabase(database.url);
    expect(await emails(database.url)).toEqual(["bob@example.com", "plain@example.com", "zo\u00eb@example.com"]);
    expect(await withClient(database.url, async (client) => (await client.query(`SELECT email FROM login_attempts`)).rows)).toEqual([{ email: "zo\u00eb@example.com" }]);
    await expect(insertUsers(database.url, ["Bob@example.com"])).rejects.toThrow(/users_email_normalized/);
  });

  it("stops with the clashing accounts named when two would become one address, changing nothing", async () => {
    const database = await useFreshDatabase({ migrated: false });
    await migrateDatabase(database.url, { dir: migrationsBefore() });
    await insertUsers(database.url, ["Ann@example.com", "ann@example.com", "Other@Example.com"]);
    await expect(migrateDatabase(database.url)).rejects.toThrow(/same normalised email: ann@example\.com \(Ann@example\.com, ann@example\.com\)/);
    expect(await emails(database.url)).toEqual(["Ann@example.com", "Other@Example.com", "ann@example.com"]);
  });
});
