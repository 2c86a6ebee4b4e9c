import { describe, expect, test, vi } from "vitest";
import { createTestUser, freshAuthDatabase } from "@/tests/helpers/auth-fixtures";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));

// The login limit on the real database with real argon2id: per account and per
// client, 5 failures in 15 minutes → refused, with the same answer as a wrong
// password; unknown emails take as long as known ones.
const { prisma } = await freshAuthDatabase();
const { attemptLogin, MAX_FAILURES } = await import("@/lib/auth/login");

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

async function fail(email: string, ip: string, times = 1) {
  for (let i = 0; i < times; i++) expect(await attemptLogin({ email, password: "wrong-password-123", ip })).toBeNull();
}

describe("sign-in with the login limit", () => {
  test("the right password signs in and writes an audit row with actor, ip and UTC time", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const ip = freshIp();
    const before = Date.now();
    const result = await attemptLogin({ email: ` ${user.email.toUpperCase()} `, password: user.password, ip });
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name, role: "RECRUITER" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in", actorId: user.id } });
    expect(event).toMatchObject({ actorEmail: user.email, ip, entityType: "user", entityId: user.id });
    expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test("5 failures on an account → further tries refused, even with the right password, even from another client", async () => {
    const user = await createTestUser(prisma, "HIRING_MANAGER");
    for (let i = 0; i < MAX_FAILURES; i++) await fail(user.email, freshIp());
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "auth.locked_out", actorEmail: user.email } })).toBe(1);
    const refused = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_refused", actorEmail: user.email } });
    expect(refused.data).toMatchObject({ scope: "account" });
    expect(await prisma.loginAttempt.count({ where: { email: user.email, outcome: "SUCCESS" } })).toBe(0);
  });

  test("4 failures still let the right password in, and a success starts the account's count again", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    await fail(user.email, freshIp(), MAX_FAILURES - 1);
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).not.toBeNull();
    await fail(user.email, freshIp(), MAX_FAILURES - 1);
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).not.toBeNull();
  });

  test("5 failures from one client (spraying several accounts) → that client is refused, other clients are not", async () => {
    const victim = await createTestUser(prisma, "ADMIN");
    const sprayer = freshIp();
    for (let i = 0; i < MAX_FAILURES; i++) await fail(`someone-${i}@example.com`, sprayer);
    expect(await attemptLogin({ email: victim.email, password: victim.password, ip: sprayer })).toBeNull();
    const refused = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_refused", ip: sprayer } });
    expect(refused.data).toMatchObject({ scope: "client" });
    expect(await attemptLogin({ email: victim.email, password: victim.password, ip: freshIp() })).not.toBeNull();
  });

  test("a success does not reset the client's count (one valid account cannot launder a spray)", async () => {
    const own = await createTestUser(prisma, "HIRING_MANAGER");
    const ip = freshIp();
    await fail("target-a@example.com", ip, 3);
    expect(await attemptLogin({ email: own.email, password: own.password, ip })).not.toBeNull();
    await fail("target-b@example.com", ip, 2);
    expect(await attemptLogin({ email: own.email, password: own.password, ip })).toBeNull();
  });

  test("unknown emails count, get the same answer and are refused the same way", async () => {
    const ip = freshIp();
    for (let i = 0; i < MAX_FAILURES; i++) await fail("nobody@example.com", freshIp());
    expect(await attemptLogin({ email: "nobody@example.com", password: "anything-at-all", ip })).toBeNull();
    const failed = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_failed", actorEmail: "nobody@example.com" } });
    expect(failed.actorId).toBeNull();
    expect(failed.data).toMatchObject({ reason: "unknown-email" });
  });

  test("the lock lifts once the failures are older than 15 minutes", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    await fail(user.email, freshIp(), MAX_FAILURES);
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).toBeNull();
    await prisma.loginAttempt.updateMany({ where: { email: user.email }, data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).not.toBeNull();
  });

  test("refused tries do not extend the lock", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    await fail(user.email, freshIp(), MAX_FAILURES);
    await fail(user.email, freshIp(), 3); // refused: the account is locked
    expect(await prisma.loginAttempt.count({ where: { email: user.email, outcome: "REFUSED" } })).toBe(3);
    // Only the 5 real failures leave the window; the refused tries are still recent.
    await prisma.loginAttempt.updateMany({ where: { email: user.email, outcome: "FAILURE" }, data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).not.toBeNull();
  });

  test("10 parallel wrong tries on one account: at most 5 are checked, the rest refused", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => attemptLogin({ email: user.email, password: "wrong-password-123", ip: freshIp() })),
    );
    expect(results.every((result) => result === null)).toBe(true);
    const outcomes = await prisma.loginAttempt.groupBy({ by: ["outcome"], where: { email: user.email }, _count: true });
    const count = (outcome: string) => outcomes.find((row) => row.outcome === outcome)?._count ?? 0;
    expect(count("FAILURE")).toBe(MAX_FAILURES);
    expect(count("REFUSED")).toBe(10 - MAX_FAILURES);
    expect(count("PENDING")).toBe(0);
  });

  test("a disabled account with the right password is refused like a wrong password", async () => {
    const user = await createTestUser(prisma, "ADMIN", { disabled: true });
    expect(await attemptLogin({ email: user.email, password: user.password, ip: freshIp() })).toBeNull();
    const failed = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_failed", actorId: user.id } });
    expect(failed.data).toMatchObject({ reason: "disabled" });
  });

  test("odd input (missing, non-string, huge) is a plain failure, not an error", async () => {
    const ip = freshIp();
    expect(await attemptLogin({ email: undefined, password: undefined, ip })).toBeNull();
    expect(await attemptLogin({ email: ["a@example.com"], password: { x: 1 }, ip })).toBeNull();
    expect(await attemptLogin({ email: "a@example.com", password: "x".repeat(100_000), ip })).toBeNull();
  });

  test("unknown emails take about as long as known ones (both verify an argon2id hash)", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const time = async (email: string) => {
      const start = performance.now();
      await attemptLogin({ email, password: "wrong-password-123", ip: freshIp() });
      return performance.now() - start;
    };
    await time("warm-up@example.com");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`ghost-${i}@example.com`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeLessThan(median(known) * 2);
  });
});
