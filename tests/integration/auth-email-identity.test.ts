import { describe, expect, test, vi } from "vitest";
import { createTestUser, form, freshAuthDatabase } from "@/tests/helpers/auth-fixtures";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));

// One identity per person (lib/auth/email.ts): emails are trimmed, NFC-normalised
// and lower-cased once, stored that way (a CHECK constraint refuses anything else)
// and compared with exact equality — no ILIKE, so `_`, `%` and `\` are plain characters.
const { prisma } = await freshAuthDatabase();
const request = await import("@/tests/helpers/next-request-mock");
const { createUser } = await import("@/lib/auth/user-admin");
const { createUserAction } = await import("@/lib/auth/actions/user-actions");
const { attemptLogin, findActiveUserByEmail, MAX_FAILURES, HOURLY_MAX_FAILURES } = await import("@/lib/auth/login");

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const NFC = "jos\u00e9.identity@example.com";
const NFD = "jose\u0301.identity@example.com";

async function admin() {
  const user = await createTestUser(prisma, "ADMIN");
  await request.signInAs(user.id, { ip: "192.0.2.80" });
  return { id: user.id, email: user.email, name: user.name, role: user.role } as const;
}

describe("user creation: one identity per normalised email", () => {
  test("rec1@ existing does not block re_1@ (no wildcard), but any other spelling of rec1@ is refused", async () => {
    const actor = await admin();
    expect(await createUser(actor, { email: "rec1@example.com", name: "Rec One", role: "RECRUITER", password: "a long chosen password" })).toMatchObject({ ok: true });
    expect(await createUser(actor, { email: "re_1@example.com", name: "Re Underscore", role: "RECRUITER", password: "a long chosen password" })).toMatchObject({ ok: true });
    expect(await createUser(actor, { email: "re%@example.com", name: "Re Percent", role: "RECRUITER", password: "a long chosen password" })).toMatchObject({ ok: true });
    for (const spelling of ["REC1@example.com", " Rec1@Example.COM ", "rec1@example.com"]) {
      expect(await createUser(actor, { email: spelling, name: "Again", role: "RECRUITER", password: "a long chosen password" }), spelling).toEqual({
        ok: false,
        field: "email",
        refusal: "emailTaken",
        message: "Email: a user with this email already exists.",
      });
    }
    const state = await createUserAction(undefined, form({ email: " REC1@EXAMPLE.COM ", name: "Again", role: "RECRUITER", passwordMode: "generate" }));
    expect(state.status).not.toBe("ok");
    expect(await prisma.user.count({ where: { email: { in: ["rec1@example.com", "re_1@example.com", "re%@example.com"] } } })).toBe(3);
    expect(await prisma.user.count({ where: { name: "Again" } })).toBe(0);
  });

  test("an NFD spelling of an existing NFC address is the same identity", async () => {
    const actor = await admin();
    expect(await createUser(actor, { email: NFC, name: "José", role: "RECRUITER", password: "a long chosen password" })).toMatchObject({ ok: true });
    expect(await createUser(actor, { email: NFD.toUpperCase(), name: "Jose NFD", role: "RECRUITER", password: "a long chosen password" })).toMatchObject({ ok: false, field: "email" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { email: NFC }, select: { email: true } });
    expect(stored.email).toBe(NFC);
  });
});

describe("the database refuses a non-normalised email", () => {
  for (const email of ["Upper@example.com", " space@example.com", "tail@example.com ", NFD.replace(".identity", ".raw")]) {
    test(JSON.stringify(email), async () => {
      await expect(
        prisma.$executeRaw`INSERT INTO users (id, email, name, role, updated_at) VALUES (gen_random_uuid(), ${email}, 'Raw', 'RECRUITER', now())`,
      ).rejects.toThrow(/users_email_normalized|check constraint/i);
    });
  }

  test("a normalised one is accepted, and a second one equal to it is refused by the unique index", async () => {
    await prisma.$executeRaw`INSERT INTO users (id, email, name, role, updated_at) VALUES (gen_random_uuid(), 'raw.ok@example.com', 'Raw', 'RECRUITER', now())`;
    await expect(
      prisma.$executeRaw`INSERT INTO users (id, email, name, role, updated_at) VALUES (gen_random_uuid(), 'raw.ok@example.com', 'Raw', 'RECRUITER', now())`,
    ).rejects.toThrow(/unique/i);
  });
});

describe("sign-in and single sign-on compare exactly", () => {
  test("wildcard and look-alike spellings never sign into the victim, whatever the password", async () => {
    const victim = await createTestUser(prisma, "ADMIN", { email: "victim.exact@example.com" });
    for (const spelling of ["victim.exact@example.co_", "victim_exact@example.com", "%", "victim%", "%@example.com", "victim.exact@example.co\\m", "victim.exact@example.com.", "victim.exact@\u0435xample.com"]) {
      expect(await attemptLogin({ email: spelling, password: victim.password, ip: freshIp() }), spelling).toBeNull();
      expect(await findActiveUserByEmail(spelling), spelling).toBeNull();
    }
    expect(await findActiveUserByEmail(" VICTIM.EXACT@example.com ")).toMatchObject({ id: victim.id });
    expect(await attemptLogin({ email: "Victim.Exact@Example.com", password: victim.password, ip: freshIp() })).toMatchObject({ id: victim.id });
  });

  test("NFC and NFD spellings are one account and share one limit", async () => {
    const user = await createTestUser(prisma, "RECRUITER", { email: "ren\u00e9e.limit@example.com" });
    const spellings = ["ren\u00e9e.limit@example.com", "rene\u0301e.limit@example.com", "RENE\u0301E.LIMIT@EXAMPLE.COM", " Ren\u00e9e.Limit@example.com"];
    for (let i = 0; i < MAX_FAILURES; i++) expect(await attemptLogin({ email: spellings[i % spellings.length], password: "wrong-password-123", ip: freshIp() })).toBeNull();
    for (const spelling of spellings) expect(await attemptLogin({ email: spelling, password: user.password, ip: freshIp() }), spelling).toBeNull();
    const keys = await prisma.loginAttempt.findMany({ where: { email: { contains: "limit@example.com" } }, distinct: ["email"], select: { email: true } });
    expect(keys).toEqual([{ email: "ren\u00e9e.limit@example.com" }]);
  });

  test("an hourly ceiling per account: HOURLY_MAX_FAILURES failures within the hour refuse even the right password from a new address", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const now = Date.now();
    // Earlier failures, spread over the hour and outside the 15-minute window, each from another address.
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: HOURLY_MAX_FAILURES }, (_, i) => ({
        email: user.email,
        ip: `203.0.113.${i + 1}`,
        outcome: "FAILURE" as const,
        createdAt: new Date(now - 20 * 60_000 - i * 60_000),
      })),
    });
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).toBeNull();
    const refused = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_refused", entityId: user.id } });
    expect(refused.data).toMatchObject({ reason: "locked", scope: "account-hour" });
    // Once the oldest of those leaves the hour, the right password works again.
    await prisma.loginAttempt.deleteMany({ where: { email: user.email, createdAt: { lt: new Date(now - 20 * 60_000 - (HOURLY_MAX_FAILURES - 2) * 60_000) } } });
    await prisma.loginAttempt.deleteMany({ where: { email: user.email, outcome: "REFUSED" } });
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).toMatchObject({ id: user.id });
  });
});
