import { createVerify, generateKeyPairSync } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LEASE_MS, MAX_ATTEMPTS, processOutbox, retryDelayMs } from "@/lib/indexing/process-outbox";
import { configuredSenders } from "@/lib/indexing/senders";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { startFakeEndpoint } from "./crawler-fake-endpoint";

// The URL-notification outbox against a local fake of IndexNow and Google's
// token and Indexing API endpoints (nothing reaches the network): what is
// recorded when nothing is configured, retries with backoff, per-engine
// retries, giving up, Google's signed token, leases and concurrent runs.
vi.mock("server-only", () => ({}));

const SITE = "https://careers.example";
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
const fake = await startFakeEndpoint();
fake.fallback("/token", { status: 200, json: { access_token: "token-1", expires_in: 3600 } });
afterAll(() => fake.close());

const NOW = new Date("2026-11-22T10:00:00.000Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);
const ENV_KEYS = ["INDEXNOW_KEY", "INDEXNOW_ENDPOINT", "GOOGLE_INDEXING_CREDENTIALS", "GOOGLE_INDEXING_ENDPOINT"] as const;

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const SERVICE_ACCOUNT = {
  client_email: "indexing@careers-test.iam.gserviceaccount.com",
  private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  token_uri: fake.url("/token"),
};

function configure(engines: { indexNow?: boolean; google?: boolean | string }) {
  if (engines.indexNow) Object.assign(process.env, { INDEXNOW_KEY: "test-key-0123456789", INDEXNOW_ENDPOINT: fake.url("/indexnow") });
  if (engines.google) {
    process.env.GOOGLE_INDEXING_CREDENTIALS = typeof engines.google === "string" ? engines.google : JSON.stringify(SERVICE_ACCOUNT);
    process.env.GOOGLE_INDEXING_ENDPOINT = fake.url("/publish");
  }
  return configuredSenders(SITE);
}

async function queue(count: number, type: "URL_UPDATED" | "URL_DELETED" = "URL_UPDATED") {
  await prisma.urlNotification.createMany({
    data: Array.from({ length: count }, (_, index) => ({ url: `${SITE}/jobs/role-${index}`, type, nextAttemptAt: NOW, createdAt: new Date(NOW.getTime() + index) })),
  });
  return prisma.urlNotification.findMany({ orderBy: { createdAt: "asc" } });
}

const pathsReceived = (path: string) => fake.received.filter((request) => request.path === path);

beforeEach(async () => {
  await prisma.urlNotification.deleteMany();
  fake.received.length = 0;
  fake.delayMs = 0;
});
afterEach(() => {
  for (const key of ENV_KEYS) delete process.env[key];
});

describe("unconfigured", () => {
  it("records what would have been sent, and leaves rows that are not due yet", async () => {
    await queue(2, "URL_DELETED");
    await prisma.urlNotification.create({ data: { url: `${SITE}/jobs/later`, type: "URL_UPDATED", nextAttemptAt: later(60_000) } });
    expect(configure({})).toEqual([]);
    expect(await processOutbox(prisma, NOW, { senders: [] })).toEqual({ sent: 0, recorded: 2, failed: 0, retrying: 0 });
    const rows = await prisma.urlNotification.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.url, row.type, row.status])).toEqual([
      [`${SITE}/jobs/role-0`, "URL_DELETED", "RECORDED"],
      [`${SITE}/jobs/role-1`, "URL_DELETED", "RECORDED"],
      [`${SITE}/jobs/later`, "URL_UPDATED", "PENDING"],
    ]);
    expect(rows[0]?.results).toEqual({ note: "no search engine configured" });
    expect(fake.received).toEqual([]);
  });
});

describe("IndexNow", () => {
  it("retries a failed call with backoff, then marks it sent", async () => {
    const senders = configure({ indexNow: true });
    expect(senders.map((sender) => sender.name)).toEqual(["indexnow"]);
    const [notice] = await queue(1);
    fake.answer("/indexnow", { status: 500, json: { message: "try later" } });

    expect(await processOutbox(prisma, NOW, { senders })).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice?.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: later(retryDelayMs(1)) });
    expect(waiting.lastError).toMatch(/^indexnow: .* answered HTTP 500: \{"message":"try later"\}$/);

    expect(await processOutbox(prisma, later(30_000), { senders })).toMatchObject({ sent: 0, retrying: 0 });
    expect(await processOutbox(prisma, later(retryDelayMs(1)), { senders })).toMatchObject({ sent: 1 });
    expect(await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice?.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      sentAt: later(retryDelayMs(1)),
      lastError: null,
      results: { indexnow: "ok" },
    });
    expect(pathsReceived("/indexnow").map((request) => request.json)).toEqual([
      { host: "careers.example", key: "test-key-0123456789", keyLocation: `${SITE}/indexnow-key.txt`, urlList: [`${SITE}/jobs/role-0`] },
      { host: "careers.example", key: "test-key-0123456789", keyLocation: `${SITE}/indexnow-key.txt`, urlList: [`${SITE}/jobs/role-0`] },
    ]);
  });

  it("backs off exponentially up to an hour, and gives up as FAILED after the last attempt", async () => {
    expect([1, 2, 3, 8, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    const senders = configure({ indexNow: true });
    const [notice] = await queue(1);
    fake.answer("/indexnow", ...Array.from({ length: MAX_ATTEMPTS }, () => 503));
    let clock = NOW;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const counts = await processOutbox(prisma, clock, { senders });
      expect(counts).toMatchObject(attempt < MAX_ATTEMPTS ? { retrying: 1 } : { failed: 1 });
      clock = new Date(clock.getTime() + retryDelayMs(attempt));
    }
    expect(await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice?.id } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await processOutbox(prisma, later(86_400_000), { senders })).toEqual({ sent: 0, recorded: 0, failed: 0, retrying: 0 });
    expect(pathsReceived("/indexnow")).toHaveLength(MAX_ATTEMPTS);
  });
});

describe("Google Indexing API", () => {
  it("signs a service-account token, reuses it, and publishes URL_UPDATED and URL_DELETED", async () => {
    const senders = configure({ google: true });
    expect(senders.map((sender) => sender.name)).toEqual(["google"]);
    await queue(1, "URL_DELETED");
    await prisma.urlNotification.create({ data: { url: `${SITE}/jobs/new-role`, type: "URL_UPDATED", nextAttemptAt: NOW, createdAt: later(10) } });

    expect(await processOutbox(prisma, NOW, { senders })).toMatchObject({ sent: 2 });
    // One token for both calls (and for the rest of this process: it is cached until it nearly expires).
    const [token, ...rest] = fake.received;
    expect(token?.path).toBe("/token");
    expect(rest.map((request) => [request.path, request.headers.authorization, request.json])).toEqual([
      ["/publish", "Bearer token-1", { url: `${SITE}/jobs/role-0`, type: "URL_DELETED" }],
      ["/publish", "Bearer token-1", { url: `${SITE}/jobs/new-role`, type: "URL_UPDATED" }],
    ]);

    const form = new URLSearchParams(token?.body);
    expect(form.get("grant_type")).toBe("urn:ietf:params:oauth:grant-type:jwt-bearer");
    const [header, claims, signature] = (form.get("assertion") ?? "").split(".");
    expect(createVerify("RSA-SHA256").update(`${header}.${claims}`).verify(publicKey, Buffer.from(signature ?? "", "base64url"))).toBe(true);
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({ alg: "RS256", typ: "JWT" });
    expect(JSON.parse(Buffer.from(claims ?? "", "base64url").toString())).toMatchObject({
      iss: SERVICE_ACCOUNT.client_email,
      scope: "https://www.googleapis.com/auth/indexing",
      aud: SERVICE_ACCOUNT.token_uri,
    });
  });

  it("with both engines, retries only the one that failed", async () => {
    const senders = configure({ indexNow: true, google: true });
    expect(senders.map((sender) => sender.name)).toEqual(["indexnow", "google"]);
    const [notice] = await queue(1);
    fake.answer("/publish", { status: 429, json: { error: { message: "Quota exceeded" } } });

    expect(await processOutbox(prisma, NOW, { senders })).toMatchObject({ retrying: 1 });
    const waiting = await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice?.id } });
    expect(waiting.results).toMatchObject({ indexnow: "ok" });
    expect(waiting.lastError).toMatch(/^google: .* answered HTTP 429: .*Quota exceeded/);

    expect(await processOutbox(prisma, later(retryDelayMs(1)), { senders })).toMatchObject({ sent: 1 });
    expect(pathsReceived("/indexnow")).toHaveLength(1);
    expect(pathsReceived("/publish")).toHaveLength(2);
    expect(await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice?.id } })).toMatchObject({ status: "SENT", results: { indexnow: "ok", google: "ok" } });
  });

  it("an unusable credential is an error admins can read, not a crash", async () => {
    const senders = configure({ google: "{not json" });
    const [notice] = await queue(1);
    expect(await processOutbox(prisma, NOW, { senders })).toMatchObject({ retrying: 1 });
    expect((await prisma.urlNotification.findUniqueOrThrow({ where: { id: notice?.id } })).lastError).toMatch(
      /^google: GOOGLE_INDEXING_CREDENTIALS is not a usable service account key/,
    );
    expect(fake.received).toEqual([]);
  });
});

describe("several instances", () => {
  it("two concurrent runs send each notification once", async () => {
    const senders = configure({ indexNow: true });
    await queue(6);
    fake.delayMs = 50;
    const runs = await Promise.all([processOutbox(prisma, NOW, { senders }), processOutbox(prisma, NOW, { senders })]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(6);
    const urls = pathsReceived("/indexnow").flatMap((request) => (request.json as { urlList: string[] }).urlList);
    expect(urls.sort()).toEqual(Array.from({ length: 6 }, (_, index) => `${SITE}/jobs/role-${index}`).sort());
    expect(await prisma.urlNotification.count({ where: { status: "SENT" } })).toBe(6);
  });

  it("a row claimed by an instance that died is sent when its lease runs out", async () => {
    const senders = configure({ indexNow: true });
    const [notice] = await queue(1);
    // What a claim leaves behind when the process dies before the answer: still PENDING, leased.
    await prisma.urlNotification.update({ where: { id: notice?.id }, data: { nextAttemptAt: later(LEASE_MS) } });
    expect(await processOutbox(prisma, later(LEASE_MS - 1), { senders })).toMatchObject({ sent: 0 });
    expect(await processOutbox(prisma, later(LEASE_MS), { senders })).toMatchObject({ sent: 1 });
  });

  it("stops within its time budget and hands the rest back, due at once", async () => {
    const senders = configure({ indexNow: true });
    await queue(5);
    fake.delayMs = 150;
    const counts = await processOutbox(prisma, NOW, { senders, budgetMs: 250 });
    expect(counts.sent).toBeGreaterThanOrEqual(1);
    expect(counts.sent).toBeLessThan(5);
    const pending = await prisma.urlNotification.findMany({ where: { status: "PENDING" } });
    expect(pending).toHaveLength(5 - counts.sent);
    for (const row of pending) expect(row).toMatchObject({ attempts: 0, nextAttemptAt: NOW });
    fake.delayMs = 0;
    expect(await processOutbox(prisma, NOW, { senders })).toMatchObject({ sent: 5 - counts.sent });
  });
});
