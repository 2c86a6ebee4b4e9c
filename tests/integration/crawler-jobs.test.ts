import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { processOutbox, retryDelayMs } from "@/lib/indexing/process-outbox";
import { configuredSenders } from "@/lib/indexing/senders";
import { runScheduledJobs } from "@/lib/jobs/run-scheduled-jobs";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { useFreshDatabase as freshDatabase } from "../helpers/database";

// The minute job with a controlled clock: expiry (with its revision, audit row
// and URL_DELETED), safety under concurrent runs, and the outbox's retries
// against a local fake endpoint (nothing reaches the network).
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
  await prisma.posting.updateMany({ data: { status: "PUBLISHED", validThrough } });
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
    expect(await prisma.postingRevision.count({ where: { postingId: tpm.id, status: "EXPIRED" } })).toBe(1);
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

describe("the outbox", async () => {
  const received: { path: string; body: unknown }[] = [];
  const answers: number[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body: JSON.parse(body || "null") });
      response.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/indexnow`;

  it("retries a failed IndexNow call with backoff, then marks it sent", async () => {
    process.env.INDEXNOW_KEY = "test-key-0123456789";
    process.env.INDEXNOW_ENDPOINT = endpoint;
    const senders = configuredSenders("https://careers.example");
    expect(senders.map((sender) => sender.name)).toEqual(["indexnow"]);
    const notice = await prisma.urlNotification.create({ data: { url: "https://careers.example/jobs/x", type: "URL_UPDATED", nextAttemptAt: NOW } });

    answers.push(500);
    expect(await processOutbox(prisma, NOW, senders)).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: new Date(NOW.getTime() + retryDelayMs(1)) });
    expect(waiting.lastError).toContain("HTTP 500");

    expect(await processOutbox(prisma, new Date(NOW.getTime() + 30_000), senders)).toMatchObject({ sent: 0, retrying: 0 });
    expect(await processOutbox(prisma, new Date(NOW.getTime() + retryDelayMs(1)), senders)).toMatchObject({ sent: 1 });
    expect(await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual({
      path: "/indexnow",
      body: { host: "careers.example", key: "test-key-0123456789", keyLocation: "https://careers.example/indexnow-key.txt", urlList: ["https://careers.example/jobs/x"] },
    });
    delete process.env.INDEXNOW_KEY;
    delete process.env.INDEXNOW_ENDPOINT;
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 8, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });
});
