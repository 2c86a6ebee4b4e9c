import { afterAll, describe, expect, it, vi } from "vitest";
import { insertPosting } from "@/lib/db/posting-writes";
import { configuredSenders } from "@/lib/indexing/senders";
import { runScheduledJobs } from "@/lib/jobs/run-scheduled-jobs";
import { validatePosting } from "@/lib/postings";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { makeDraft } from "./cms-fixtures";
import { startFakeEndpoint } from "./crawler-fake-endpoint";

// The minute job with a controlled clock: expiry (with its revision, audit row
// and URL_DELETED), scheduled publishing, and the outbox, each done once when
// several app instances run it at the same time. Search engines are a local
// fake endpoint (the outbox's own rules: crawler-outbox.test.ts).
vi.mock("server-only", () => ({}));

process.env.SITE_URL = "https://careers.example";
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
await seedDatabase(prisma, { repostForNextIntake: false });
const NOW = new Date();
const minutes = (count: number) => new Date(NOW.getTime() + count * 60_000);

const TPM = "technical-program-management-intern";
const ACCOUNTANT = "accountant-apprentice";

async function reopenAll(validThrough: Date) {
  // Seeded at their 2025 dates, the postings are recorded as expired: reopen them.
  await prisma.posting.updateMany({ data: { status: "PUBLISHED", closedAt: null, validThrough } });
}

describe("expiry", () => {
  it("closes a posting within one run after its closing instant, with revision, audit row and URL_DELETED", async () => {
    await reopenAll(minutes(30));
    await prisma.posting.update({ where: { slug: TPM }, data: { validThrough: minutes(1) } });
    const before = await runScheduledJobs(NOW, { db: prisma });
    expect(before).toMatchObject({ expired: 0, changedSlugs: [] });

    const after = await runScheduledJobs(minutes(2), { db: prisma });
    expect(after).toMatchObject({ expired: 1, changedSlugs: [TPM] });
    const tpm = await prisma.posting.findUniqueOrThrow({ where: { slug: TPM } });
    expect(tpm).toMatchObject({ status: "EXPIRED", closedAt: minutes(2), lastPublicChangeAt: minutes(2), version: 2 });
    // Version 1 is the seed's own record (expired at its 2025 dates); version 2 is this expiry's.
    expect(await prisma.postingRevision.count({ where: { postingId: tpm.id, status: "EXPIRED", version: 2 } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: tpm.id, action: "posting.expire" } })).toBe(1);
    const notices = await prisma.urlNotification.findMany({ where: { postingId: tpm.id } });
    expect(notices.map(({ url, type }) => ({ url, type }))).toEqual([{ url: `https://careers.example/jobs/${TPM}`, type: "URL_DELETED" }]);
    // Unconfigured: the outbox keeps what would have been sent.
    expect(notices[0]?.status).toBe("RECORDED");
    expect(after.notified).toBe(1);

    expect((await prisma.posting.findMany({ where: { status: "PUBLISHED" } })).map((row) => row.slug).sort()).toEqual([ACCOUNTANT, "people-ops-payroll-apprentice"]);
  });

  it("queues both URLs of a bilingual posting", async () => {
    await prisma.posting.update({ where: { slug: ACCOUNTANT }, data: { validThrough: minutes(3) } });
    await runScheduledJobs(minutes(4), { db: prisma });
    const accountant = await prisma.posting.findUniqueOrThrow({ where: { slug: ACCOUNTANT } });
    const urls = (await prisma.urlNotification.findMany({ where: { postingId: accountant.id } })).map((row) => row.url).sort();
    expect(urls).toEqual([`https://careers.example/fr/jobs/${ACCOUNTANT}`, `https://careers.example/jobs/${ACCOUNTANT}`]);
  });

  it("closes each posting once when several instances run at the same time", async () => {
    await reopenAll(minutes(5));
    const revisionsBefore = await prisma.postingRevision.count();
    const runs = await Promise.all(Array.from({ length: 4 }, () => runScheduledJobs(minutes(6), { db: prisma })));
    expect(runs.reduce((sum, run) => sum + run.expired, 0)).toBe(3);
    expect(await prisma.postingRevision.count()).toBe(revisionsBefore + 3);
    expect(await prisma.posting.count({ where: { status: "EXPIRED" } })).toBe(3);
  });
});

describe("a backlog", () => {
  it("larger than one batch is closed in one run, each posting once", async () => {
    await reopenAll(minutes(60));
    const base = validatePosting(makeDraft(NOW), { mode: "draft" });
    if (!base.ok) throw new Error("the CMS fixture no longer validates");
    await prisma.$transaction(
      async (tx) => {
        for (let index = 0; index < 230; index++) {
          const posting = { ...base.data, slug: `backlog-role-${index}` };
          await insertPosting(tx, posting, { status: "PUBLISHED", actor: { id: null, email: "test" }, action: "posting.publish", publishedAt: NOW, firstPublishedAt: NOW });
        }
      },
      { timeout: 60_000 },
    );
    await prisma.posting.updateMany({ where: { slug: { startsWith: "backlog-role-" } }, data: { validThrough: minutes(20) } });
    const run = await runScheduledJobs(minutes(21), { db: prisma });
    expect(run.expired).toBe(230);
    expect(new Set(run.changedSlugs).size).toBe(230);
    expect(await prisma.posting.count({ where: { slug: { startsWith: "backlog-role-" }, status: "EXPIRED" } })).toBe(230);
    expect(await prisma.urlNotification.count({ where: { type: "URL_DELETED", url: { contains: "/jobs/backlog-role-" } } })).toBe(230);
    expect((await runScheduledJobs(minutes(22), { db: prisma })).expired).toBe(0);
    await prisma.posting.deleteMany({ where: { slug: { startsWith: "backlog-role-" } } });
  });
});

describe("a tick on several instances at once", () => {
  it("expires, publishes the scheduled posting and sends each notification exactly once", async () => {
    const fake = await startFakeEndpoint();
    afterAll(() => fake.close());
    Object.assign(process.env, { INDEXNOW_KEY: "test-key-0123456789", INDEXNOW_ENDPOINT: fake.url("/indexnow") });
    const senders = configuredSenders("https://careers.example");
    delete process.env.INDEXNOW_KEY;
    delete process.env.INDEXNOW_ENDPOINT;
    fake.delayMs = 20;

    await prisma.urlNotification.deleteMany();
    await reopenAll(minutes(30));
    await prisma.posting.update({ where: { slug: TPM }, data: { validThrough: minutes(9) } });
    const draft = validatePosting(makeDraft(NOW, (posting) => void (posting.slug = "scheduled-backend-engineer")), { mode: "publish" });
    if (!draft.ok) throw new Error("the CMS fixture no longer validates");
    await prisma.$transaction((tx) =>
      insertPosting(tx, draft.data, { status: "SCHEDULED", actor: { id: null, email: "test" }, action: "posting.schedule", scheduledPublishAt: minutes(8) }),
    );

    const runs = await Promise.all(Array.from({ length: 3 }, () => runScheduledJobs(minutes(10), { db: prisma, senders })));
    expect(runs.reduce((sum, run) => sum + run.expired, 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + run.published, 0)).toBe(1);
    expect([...new Set(runs.flatMap((run) => run.changedSlugs))].sort()).toEqual(["scheduled-backend-engineer", TPM]);
    expect(await prisma.posting.findUniqueOrThrow({ where: { slug: "scheduled-backend-engineer" } })).toMatchObject({ status: "PUBLISHED", publishedAt: minutes(10) });
    expect(await prisma.posting.findUniqueOrThrow({ where: { slug: TPM } })).toMatchObject({ status: "EXPIRED", closedAt: minutes(10) });

    // A run that started before another's transactions committed may find their rows later: the next tick sends them.
    await runScheduledJobs(minutes(11), { db: prisma, senders });
    const outbox = await prisma.urlNotification.findMany({ select: { url: true, type: true, status: true } });
    expect(outbox.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: "https://careers.example/jobs/scheduled-backend-engineer", type: "URL_UPDATED", status: "SENT" },
      { url: `https://careers.example/jobs/${TPM}`, type: "URL_DELETED", status: "SENT" },
    ]);
    const sent = fake.received.flatMap((request) => (request.json as { urlList: string[] }).urlList);
    expect(sent.sort()).toEqual(["https://careers.example/jobs/scheduled-backend-engineer", `https://careers.example/jobs/${TPM}`]);
  });
});
