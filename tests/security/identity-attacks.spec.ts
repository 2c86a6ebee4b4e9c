import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { needsBuild } from "@/lib/launcher/build-state";
import { BASE_URL, E2E_DIST_DIR } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { freePort, health, startLauncher } from "./launcher-process";

// Identity attacks over HTTP against the real server, through Auth.js's own
// endpoint (POST /api/auth/callback/credentials with its CSRF token):
// - emails: `_`, `%` and `\` (LIKE wildcards), a trailing dot and a Cyrillic
//   look-alike never sign into the victim; upper case and NFD spellings of the
//   victim's address are the victim's and share ONE login limit with it, so no
//   spelling multiplies the 5 guesses (lib/auth/email.ts, lib/auth/login.ts);
// - client address: on a server started as `npm start` starts it (the launcher,
//   TRUSTED_PROXY_COUNT unset), X-Forwarded-For / X-Real-IP / Forwarded sent by
//   the client change nothing: the per-client limit holds and the audit log
//   records the socket's address (lib/auth/client-ip.ts, lib/launcher/peer-address.mjs).
// The end-to-end server trusts one proxy (its specs play it, tests/e2e/support/serve.ts),
// so the email tests give every attempt its own X-Forwarded-For: only the per-account
// limit is in play there.

const WRONG = "wrong-password-123456";

type Attempt = { signedInAs: string | null; location: string };

/** One sign-in through Auth.js's credentials endpoint in a fresh cookie jar; who the session is for, if any. */
async function signIn(origin: string, email: string, password: string, headers: Record<string, string>): Promise<Attempt> {
  const context: APIRequestContext = await playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: headers });
  try {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, callbackUrl: `${origin}/admin` },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(response.status(), `sign-in as ${JSON.stringify(email)}`).toBeLessThan(500);
    const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
    return { signedInAs: session?.user?.email ?? null, location: response.headers()["location"] ?? "" };
  } finally {
    await context.dispose();
  }
}

/** A client address of its own for each attempt on the end-to-end server (which trusts one proxy). */
function freshClient(): Record<string, string> {
  const bytes = randomBytes(2);
  return { "x-forwarded-for": `198.18.${bytes[0]}.${bytes[1]}` };
}

async function createUser(prisma: PrismaClient, email: string, password: string) {
  return prisma.user.create({
    data: { email, name: "Identity Victim", role: "ADMIN", passwordHash: await hashPassword(password), passwordChangedAt: new Date(Date.now() - 60_000) },
    select: { id: true, email: true },
  });
}

test.describe("emails: one identity per address", () => {
  test("wildcards (_ % \\), a trailing dot and a Cyrillic look-alike never sign into the victim, even after the victim's own limit is used up", async () => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString("hex");
    const email = `victim.${tag}@example.com`;
    const password = `victim-password-${tag}`;
    const victim = await withE2eDatabase((prisma) => createUser(prisma, email, password));
    const others = [
      `victim.${tag}@example.co_`,
      `victim_${tag}@example.com`,
      `victim.${tag}@example.co%`,
      `victim.%@example.com`,
      `%${tag}%`,
      "%",
      "_%",
      `victim.${tag}@example.co\\m`,
      `victim.${tag}@exampl\\e.com`,
      `victim.${tag}@example.com.`,
      `victim.${tag}@\u0435xample.com`, // Cyrillic е
      `vict\u0456m.${tag}@example.com`, // Cyrillic і
    ];
    for (const spelling of others) {
      expect((await signIn(BASE_URL, spelling, password, freshClient())).signedInAs, spelling).toBeNull();
    }
    // The control: the victim's own address does sign in.
    expect((await signIn(BASE_URL, email, password, freshClient())).signedInAs).toBe(email);

    // The victim's limit used up with the exact address: no other spelling is a fresh allowance.
    for (let i = 0; i < 5; i++) expect((await signIn(BASE_URL, email, WRONG, freshClient())).signedInAs).toBeNull();
    for (const spelling of [...others, email, email.toUpperCase()]) {
      expect((await signIn(BASE_URL, spelling, password, freshClient())).signedInAs, spelling).toBeNull();
    }
    const { users, signIns } = await withE2eDatabase(async (prisma) => ({
      users: await prisma.user.count({ where: { email: { in: others } } }),
      signIns: await prisma.auditEvent.count({ where: { action: "auth.sign_in", entityId: victim.id } }),
    }));
    expect(users).toBe(0);
    expect(signIns).toBe(1);
  });

  test("upper case and NFC/NFD spellings are the victim's own address and share one limit: 5 failures in any mix refuse the right password", async () => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString("hex");
    const email = `zo\u00eb.${tag}@example.com`; // stored normalised: NFC, lower-case
    const nfd = `zoe\u0308.${tag}@example.com`;
    const password = `zoe-password-${tag}`;
    const victim = await withE2eDatabase((prisma) => createUser(prisma, email, password));

    // Each spelling of the address is the same account (control: it signs in).
    for (const spelling of [nfd, ` ${email.toUpperCase()} `, nfd.toUpperCase()]) {
      expect((await signIn(BASE_URL, spelling, password, freshClient())).signedInAs, JSON.stringify(spelling)).toBe(email);
    }
    // 5 failures, each spelled another way and from another client.
    const spellings = [email, nfd, email.toUpperCase(), nfd.toUpperCase(), `  ${nfd}\t`];
    for (const spelling of spellings) expect((await signIn(BASE_URL, spelling, WRONG, freshClient())).signedInAs).toBeNull();
    for (const spelling of [email, ...spellings]) {
      expect((await signIn(BASE_URL, spelling, password, freshClient())).signedInAs, `${JSON.stringify(spelling)} after 5 failures`).toBeNull();
    }
    const keys = await withE2eDatabase(async (prisma) => {
      const refused = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_refused", entityId: victim.id }, select: { data: true } });
      expect(refused.length).toBe(spellings.length + 1);
      for (const row of refused) expect(row.data).toMatchObject({ scope: "account" });
      return prisma.loginAttempt.findMany({ where: { email: { endsWith: `.${tag}@example.com` } }, distinct: ["email"], select: { email: true } });
    });
    expect(keys).toEqual([{ email }]);
  });
});

// ---------------------------------------------------------------------------
// Client address on a server started the way `npm start` starts it.

const SPOOFS: Record<string, string>[] = [
  { "x-forwarded-for": "198.51.100.1" },
  { "x-forwarded-for": "198.51.100.2, 198.51.100.3" },
  { "x-real-ip": "198.51.100.4" },
  { forwarded: "for=198.51.100.5;proto=https" },
  { "x-forwarded-for": "198.51.100.6", "x-real-ip": "198.51.100.7", forwarded: 'for="[2001:db8::8]"' },
];
const CLAIMED = /198\.51\.100\.|2001:db8/;

test("no proxy trusted (the default): spoofed X-Forwarded-For, X-Real-IP and Forwarded neither lift the per-client limit nor reach the audit log", async () => {
  test.setTimeout(240_000);
  test.skip(needsBuild(E2E_DIST_DIR), `the build in ${E2E_DIST_DIR} is older than the sources (changed during this run)`);
  const dataDir = path.resolve(".data", `identity-${randomBytes(4).toString("hex")}`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const admin = { email: "spoof.admin@example.com", password: "spoof-admin-password-1" };
  const launcher = startLauncher(dataDir, port, {
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    CAREERS_SCHEDULER: "off",
    TRUSTED_PROXY_COUNT: undefined, // the default: no proxy trusted
    NODE_OPTIONS: undefined, // the launcher adds its preload itself
  });
  try {
    await expect.poll(() => health(origin), { timeout: 150_000, intervals: [500], message: launcher.output() }).toBe(200);

    // Control: the right password signs in, whatever the client claims; the audit log has the socket's address.
    expect((await signIn(origin, admin.email, admin.password, { "x-forwarded-for": "203.0.113.99" })).signedInAs).toBe(admin.email);

    // Five failures on five different (unknown) accounts, each claiming another address.
    const tag = randomBytes(3).toString("hex");
    for (const [i, headers] of SPOOFS.entries()) {
      expect((await signIn(origin, `nobody-${i}.${tag}@example.com`, WRONG, headers)).signedInAs).toBeNull();
    }
    // The per-client limit holds: the admin's right password, from yet another claimed address, is refused.
    const later: Record<string, string>[] = [{ "x-forwarded-for": "198.51.100.9" }, { "x-real-ip": "198.51.100.10" }, { forwarded: "for=198.51.100.11" }, {}];
    for (const headers of later) {
      expect((await signIn(origin, admin.email, admin.password, headers)).signedInAs, JSON.stringify(headers)).toBeNull();
    }

    const database = await startEmbeddedPostgres(dataDir);
    const url = new URL(database.adminUrl);
    url.pathname = "/careers";
    const prisma = createPrismaClient(url.toString(), 2);
    try {
      const rows = await prisma.auditEvent.findMany({ where: { action: { startsWith: "auth." } }, select: { action: true, ip: true, data: true }, orderBy: { createdAt: "asc" } });
      const counts: Record<string, number> = {};
      for (const row of rows) counts[row.action] = (counts[row.action] ?? 0) + 1;
      expect(counts).toEqual({ "auth.sign_in": 1, "auth.sign_in_failed": SPOOFS.length, "auth.locked_out": 1, "auth.sign_in_refused": 4 });
      for (const row of rows) expect(["127.0.0.1", "::1"], `${row.action} recorded ${row.ip}`).toContain(row.ip);
      expect(rows.filter((row) => row.action === "auth.sign_in_refused").map((row) => row.data)).toEqual(
        Array.from({ length: 4 }, () => expect.objectContaining({ reason: "locked", scope: "client" })),
      );
      const attempts = await prisma.loginAttempt.findMany({ select: { ip: true } });
      expect(attempts.filter((attempt) => CLAIMED.test(attempt.ip) || attempt.ip === "203.0.113.99")).toEqual([]);
    } finally {
      await prisma.$disconnect();
      await database.stop();
    }
  } finally {
    if (launcher.child.pid) {
      try {
        process.kill(-launcher.child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await Promise.race([launcher.exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
