import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { CvStore } from "@/lib/applications/file-store/cv-store";
import { postgresCvStore } from "@/lib/applications/file-store/postgres-cv-store";
import { submitApplication, type SubmitApplicationInput } from "@/lib/applications/submit-application";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/provide-database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { objectKeys, startS3Server } from "../helpers/s3-server";
import { seedCms } from "../integration/cms-fixtures";

// Issue 15's data requirement: PostgreSQL stopped in the middle of an application's upload leaves no half
// row and no orphan file (a row without its CV, a CV without its row, an S3 object no row names), and the
// candidate's retry after the restart is stored exactly once. For both CV stores (lib/applications/file-store).
vi.mock("server-only", () => ({}));

process.env.SITE_URL = "https://careers.example";
const NOW = new Date();
const PDF = new Uint8Array(readFileSync("tests/fixtures/applications/cv.pdf"));
const ON_SITE = "people-ops-payroll-apprentice";
const s3 = await startS3Server();

// Its own PostgreSQL, so stopping it harms no other test (as tests/security/faults.test.ts).
const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", `apply-fault-${randomBytes(4).toString("hex")}`);
let server = await startEmbeddedPostgres(dataDir);
const url = await ensureDatabase(server.adminUrl, "careers_apply_fault");
await migrateDatabase(url);
const prisma = createPrismaClient(url, 4);
await seedCms(prisma, NOW);
await prisma.posting.update({ where: { slug: ON_SITE }, data: { applyMethod: "ON_SITE", applicationQuestions: [] } });
afterAll(async () => {
  await prisma.$disconnect();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function input(email: string): SubmitApplicationInput {
  return {
    slug: ON_SITE,
    locale: "en",
    values: { name: "Fay Fault", email, phone: "", coverLetter: "", linkUrl: "", answers: [], consent: true },
    file: { name: "cv.pdf", bytes: PDF },
    honeypot: "",
    ip: `203.0.113.${randomBytes(1)[0]! % 250}`,
    now: NOW,
  };
}

/** Whatever an application writes, counted; and the two orphans the requirement names. */
async function applicationState(db: PrismaClient) {
  type State = { applications: number; files: number; emails: number; audit: number; applicationsWithoutFile: number; filesWithoutApplication: number };
  const [counts] = await db.$queryRaw<State[]>`
    SELECT (SELECT count(*)::int FROM applications) AS applications,
           (SELECT count(*)::int FROM application_files) AS files,
           (SELECT count(*)::int FROM mail_outbox) AS emails,
           (SELECT count(*)::int FROM audit_events WHERE entity_type = 'application') AS audit,
           (SELECT count(*)::int FROM applications a WHERE a.deletion_used_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM application_files f WHERE f.application_id = a.id)) AS "applicationsWithoutFile",
           (SELECT count(*)::int FROM application_files f
              WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = f.application_id)) AS "filesWithoutApplication"`;
  return counts!;
}

async function stopPostgresDuringTheFileInsert(submission: Promise<unknown>): Promise<void> {
  const outcome = submission.then(
    () => "stored",
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  // The file row's INSERT waits inside the transaction (below Prisma's 5 s transaction timeout); once
  // PostgreSQL shows it waiting, the server is stopped under it.
  await expect
    .poll(async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'PgSleep'`)[0]!.n, { timeout: 20_000 })
    .toBe(1);
  await server.stop();
  // The submission reports the failure (the route answers an error; the candidate still has the form).
  expect(await outcome).toMatch(/terminat|connection|closed/i);
  server = await startEmbeddedPostgres(dataDir);
  // The pool reconnects by itself once the server is back (same address).
  await expect.poll(async () => prisma.$queryRaw`SELECT 1`.then(() => "up", () => "down"), { timeout: 20_000 }).toBe("up");
}

const stores: [string, () => CvStore & { kind: string }][] = [
  ["PostgreSQL", () => postgresCvStore],
  ["S3 (s3rver)", () => s3.store("fault/")],
];

describe("PostgreSQL stopped in the middle of an application's upload", () => {
  for (const [label, storeOf] of stores) {
    it(`${label}: leaves no half row and no orphan file, and the retry after the restart is stored exactly once`, async () => {
      const store = storeOf();
      const email = `fault.${label.startsWith("S3") ? "s3" : "pg"}@example.com`;
      const before = await applicationState(prisma);
      expect(before).toMatchObject({ applicationsWithoutFile: 0, filesWithoutApplication: 0 });
      await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION slow_file() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(4); RETURN NEW; END $$`);
      await prisma.$executeRawUnsafe(`CREATE TRIGGER slow_file BEFORE INSERT ON application_files FOR EACH ROW EXECUTE FUNCTION slow_file()`);
      try {
        await stopPostgresDuringTheFileInsert(submitApplication(prisma, input(email), { store }));
      } finally {
        await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS slow_file ON application_files`);
      }

      expect(await applicationState(prisma)).toEqual(before);
      expect(await prisma.application.count({ where: { email } })).toBe(0);
      if (store.kind === "s3") expect(await objectKeys(s3.store("fault/"))).toEqual(await referencedKeys("fault/"));

      const retry = await submitApplication(prisma, input(email), { store });
      expect(retry.kind).toBe("sent");
      expect(await prisma.application.count({ where: { email } })).toBe(1);
      const after = await applicationState(prisma);
      expect(after).toMatchObject({ applications: before.applications + 1, files: before.files + 1, applicationsWithoutFile: 0, filesWithoutApplication: 0 });
      const file = await prisma.applicationFile.findFirstOrThrow({ where: { application: { email } } });
      expect(file.storage).toBe(store.kind);
      if (store.kind === "s3") expect(await objectKeys(s3.store("fault/"))).toEqual(await referencedKeys("fault/"));
    });
  }
});

/** The object keys under a prefix that rows name: the bucket must hold exactly these. */
async function referencedKeys(prefix: string): Promise<string[]> {
  const rows = await prisma.applicationFile.findMany({ where: { objectKey: { startsWith: prefix } }, select: { objectKey: true } });
  return rows.map((row) => row.objectKey!).sort();
}
