import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/provide-database";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { databaseState, expectOk, makeDraft, seedCms } from "../integration/cms-fixtures";

// Faults (issue 7): nothing is half-written or lost when PostgreSQL goes away,
// and concurrent publishes change state exactly once.
vi.mock("server-only", () => ({}));

const NOW = new Date();

describe("10 concurrent publishes of one posting", async () => {
  // Not a React hook: a fresh database for this file (tests/helpers/database.ts).
  const { prisma } = await freshDatabase();
  const users = await seedCms(prisma, NOW);
  const options = { db: prisma, now: NOW };

  it("make exactly one state change, one revision and one audit row; the others are told someone else changed it", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW) }, options));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => publishPosting(users.recruiter, { id: draft.id, version: draft.version }, options)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const result of results.filter((item) => !item.ok)) expect(result.ok ? null : result.conflict ?? result.formError).toBeTruthy();
    const posting = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(posting).toMatchObject({ status: "PUBLISHED", version: draft.version + 1 });
    expect(await prisma.auditEvent.count({ where: { entityId: draft.id, action: "posting.publish" } })).toBe(1);
    expect(await prisma.postingRevision.count({ where: { postingId: draft.id, status: "PUBLISHED" } })).toBe(1);
  });
});

describe("PostgreSQL stopped in the middle of a publish", async () => {
  // Its own PostgreSQL, so stopping it harms no other test.
  // Beside the test server's data (DATA_DIR), where the postgres user can reach it when run as root.
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", `fault-${randomBytes(4).toString("hex")}`);
  let server = await startEmbeddedPostgres(dataDir);
  const url = await ensureDatabase(server.adminUrl, "careers_fault");
  await migrateDatabase(url);
  const prisma = createPrismaClient(url, 4);
  const users = await seedCms(prisma, NOW);
  const options = { db: prisma, now: NOW };
  afterAll(async () => {
    await prisma.$disconnect();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("says nothing was changed, leaves no partial row, and the retry after restart succeeds exactly once", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (posting) => void (posting.slug = "fault-posting")) }, options));
    const before = await databaseState(prisma);
    // Hold the publish inside its transaction (the audit row waits 3 s) and stop the server meanwhile.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION slow_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(3); RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER slow_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION slow_audit()`);
    const publishing = publishPosting(users.recruiter, { id: draft.id, version: draft.version }, options);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await server.stop();
    const result = await publishing;
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.formError).toBe("Nothing was changed — try again.");

    server = await startEmbeddedPostgres(dataDir);
    expect(server.port).toBeGreaterThan(0);
    // The pool reconnects by itself once the server is back (same address).
    await expect.poll(async () => prisma.$queryRaw`SELECT 1`.then(() => "up", () => "down"), { timeout: 20_000 }).toBe("up");
    await prisma.$executeRawUnsafe(`DROP TRIGGER slow_audit ON audit_events`);
    expect(await databaseState(prisma)).toEqual(before);

    const retry = await publishPosting(users.recruiter, { id: draft.id, version: draft.version }, options);
    expect(retry.ok).toBe(true);
    const again = await publishPosting(users.recruiter, { id: draft.id, version: draft.version }, options);
    expect(again.ok).toBe(false);
    expect(await prisma.auditEvent.count({ where: { entityId: draft.id, action: "posting.publish" } })).toBe(1);
    expect(await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "PUBLISHED", version: draft.version + 1 });
  });
});
