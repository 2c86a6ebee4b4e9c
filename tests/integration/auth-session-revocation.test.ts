import { beforeEach, describe, expect, test, vi } from "vitest";
import { createTestUser, form, freshAuthDatabase } from "@/tests/helpers/auth-fixtures";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));

// Revocable sessions on the real database: the session rows (user_sessions),
// the one-query check in resolveSessionUser, every event that revokes rows,
// "sign out everywhere" (self and by an admin), the audit rows, pruning.
const { prisma } = await freshAuthDatabase();
const request = await import("@/tests/helpers/next-request-mock");
const { getSessionUser } = await import("@/lib/auth/guard");
const { resolveSessionUser, LAST_SEEN_EVERY_MS } = await import("@/lib/auth/session-user");
const { createSession, pruneSessions, revokeSession, listActiveSessions, IP_MAX, USER_AGENT_MAX } = await import("@/lib/auth/sessions");
const { changeOwnPasswordAction, signOutEverywhereAction, signOutOtherSessionsAction } = await import("@/lib/auth/actions/account-actions");
const { changeRoleAction, disableUserAction, enableUserAction, resetPasswordAction, signOutUserEverywhereAction } = await import(
  "@/lib/auth/actions/user-actions"
);

const HOUR = 60 * 60 * 1000;

beforeEach(() => request.setRequest());

async function works(token: string): Promise<boolean> {
  request.replayToken(token);
  return (await getSessionUser()) !== null;
}

const revocationAudits = (userId: string) =>
  prisma.auditEvent.findMany({ where: { action: "auth.sessions_revoked", entityId: userId }, orderBy: { createdAt: "asc" }, select: { actorId: true, actorEmail: true, data: true, entityType: true } });

describe("resolveSessionUser: one query over the session row and the user", () => {
  test("a live row of the token's user, active: the user", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const sessionId = await createSession(user.id, { ip: "192.0.2.1", userAgent: "test" });
    expect(await resolveSessionUser({ userId: user.id, signedInAt: Date.now(), sessionId })).toEqual({ id: user.id, email: user.email, name: user.name, role: "RECRUITER" });
  });

  test("a revoked row, a missing row, another user's row, a disabled user, a deleted user, a too-old or future sign-in: no session", async () => {
    const user = await createTestUser(prisma, "ADMIN");
    const other = await createTestUser(prisma, "ADMIN");
    const now = Date.now();
    const revoked = await createSession(user.id, { ip: null, userAgent: null });
    expect(await revokeSession(revoked, user.id, "sign_out")).toBe(1);
    expect(await revokeSession(revoked, user.id, "sign_out")).toBe(0); // once
    const othersRow = await createSession(other.id, { ip: null, userAgent: null });
    const live = await createSession(user.id, { ip: null, userAgent: null });
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now, sessionId: revoked })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now, sessionId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now, sessionId: othersRow })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now - 8 * HOUR - 1000, sessionId: live })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now + 5 * 60_000, sessionId: live })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now, sessionId: live })).toMatchObject({ id: user.id });

    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resolveSessionUser({ userId: user.id, signedInAt: now, sessionId: live })).toBeNull();

    const gone = await createTestUser(prisma, "RECRUITER");
    const goneSession = await createSession(gone.id, { ip: null, userAgent: null });
    await prisma.user.delete({ where: { id: gone.id } });
    expect(await prisma.userSession.count({ where: { id: goneSession } })).toBe(0); // on delete cascade
    expect(await resolveSessionUser({ userId: gone.id, signedInAt: now, sessionId: goneSession })).toBeNull();
  });

  test("last_seen_at is written at most once every few minutes", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const sessionId = await createSession(user.id, { ip: null, userAgent: null });
    const claims = { userId: user.id, signedInAt: Date.now(), sessionId };
    const seen = async () => (await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();
    const first = await seen();
    await resolveSessionUser(claims);
    expect(await seen()).toBe(first); // fresh: no write
    const old = new Date(Date.now() - LAST_SEEN_EVERY_MS - 1000);
    await prisma.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: old } });
    await resolveSessionUser(claims);
    const touched = await seen();
    expect(touched).toBeGreaterThan(old.getTime() + 1000);
    await resolveSessionUser(claims);
    expect(await seen()).toBe(touched);
  });

  test("a session row keeps the client address and browser, bounded", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const id = await createSession(user.id, { ip: "9".repeat(500), userAgent: "U".repeat(5000) });
    const row = await prisma.userSession.findUniqueOrThrow({ where: { id } });
    expect(row.ip).toHaveLength(IP_MAX);
    expect(row.userAgent).toHaveLength(USER_AGENT_MAX);
    request.setRequest({ ip: "198.51.100.7", headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0" } });
    const fromRequest = await prisma.userSession.findUniqueOrThrow({ where: { id: await createSession(user.id) } });
    expect(fromRequest).toMatchObject({ ip: "198.51.100.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0", revokedAt: null });
  });
});

describe("every event ends every earlier session of the user, with an audit row", () => {
  test("a role change by an admin", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "RECRUITER");
    const [a, b] = [await request.sessionToken(user.id), await request.sessionToken(user.id)];
    expect((await works(a)) && (await works(b))).toBe(true);
    await request.signInAs(admin.id);
    expect(await changeRoleAction(undefined, form({ userId: user.id, role: "HIRING_MANAGER" }))).toMatchObject({ status: "ok" });
    expect(await works(a)).toBe(false);
    expect(await works(b)).toBe(false);
    expect(await revocationAudits(user.id)).toEqual([
      { actorId: admin.id, actorEmail: admin.email, entityType: "user", data: { reason: "role_change", count: 2, email: user.email } },
    ]);
    expect(await prisma.userSession.findMany({ where: { userId: user.id }, select: { revokedReason: true } })).toEqual([
      { revokedReason: "role_change" },
      { revokedReason: "role_change" },
    ]);
  });

  test("disabling, then re-enabling: the old token stays refused (revoked rows are never revived)", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "HIRING_MANAGER");
    const stolen = await request.sessionToken(user.id);
    expect(await works(stolen)).toBe(true);
    await request.signInAs(admin.id);
    expect(await disableUserAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok" });
    expect(await works(stolen)).toBe(false);
    const revokedAt = (await prisma.userSession.findFirstOrThrow({ where: { userId: user.id } })).revokedAt;
    expect(revokedAt).not.toBeNull();

    await request.signInAs(admin.id);
    expect(await enableUserAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok" });
    expect(await works(stolen)).toBe(false);
    expect((await prisma.userSession.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).toEqual(revokedAt);
    expect((await revocationAudits(user.id)).map((row) => row.data)).toEqual([
      { reason: "disable", count: 1, email: user.email },
      { reason: "enable", count: 0, email: user.email },
    ]);
    // A new sign-in works.
    expect(await works((await request.signInAs(user.id))!)).toBe(true);
  });

  test("a session created while the account was disabled (a sign-in racing the disable) is ended by re-enabling", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "RECRUITER", { disabled: true });
    const racing = await request.sessionToken(user.id);
    expect(await works(racing)).toBe(false);
    await request.signInAs(admin.id);
    expect(await enableUserAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok" });
    expect(await works(racing)).toBe(false);
  });

  test("an admin's password reset", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "RECRUITER");
    const token = await request.sessionToken(user.id);
    await request.signInAs(admin.id);
    expect(await resetPasswordAction(undefined, form({ userId: user.id, passwordMode: "generate" }))).toMatchObject({ status: "ok" });
    expect(await works(token)).toBe(false);
    expect((await revocationAudits(user.id)).map((row) => row.data)).toEqual([{ reason: "password_reset", count: 1, email: user.email }]);
  });

  test("one's own password change: the other sessions and this browser's old token end; the new one works", async () => {
    const user = await createTestUser(prisma, "ADMIN");
    const elsewhere = await request.sessionToken(user.id);
    const old = (await request.signInAs(user.id))!;
    const state = await changeOwnPasswordAction(undefined, form({ currentPassword: user.password, newPassword: "another long passphrase", confirmPassword: "another long passphrase" }));
    expect(state).toMatchObject({ status: "ok" });
    const fresh = request.currentCookie(request.SESSION_COOKIE)!.value;
    expect(await works(fresh)).toBe(true);
    expect(await works(old)).toBe(false);
    expect(await works(elsewhere)).toBe(false);
    expect(await listActiveSessions(user.id)).toHaveLength(1);
  });

  test("a refused change (wrong role, no session) revokes nothing", async () => {
    const recruiter = await createTestUser(prisma, "RECRUITER");
    const user = await createTestUser(prisma, "RECRUITER");
    const token = await request.sessionToken(user.id);
    await request.signInAs(recruiter.id);
    expect(await changeRoleAction(undefined, form({ userId: user.id, role: "ADMIN" }))).toMatchObject({ status: "error" });
    expect(await signOutUserEverywhereAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "error", message: "You don't have permission to do this." });
    await request.signInAs(null);
    expect(await signOutUserEverywhereAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "error", message: "Your session has ended. Sign in again to continue." });
    expect(await works(token)).toBe(true);
    expect(await revocationAudits(user.id)).toEqual([]);
  });
});

describe("sign out everywhere", () => {
  test("the others only: every other session ends, this one stays", async () => {
    const user = await createTestUser(prisma, "HIRING_MANAGER");
    const [laptop, phone] = [await request.sessionToken(user.id), await request.sessionToken(user.id)];
    const here = (await request.signInAs(user.id))!;
    expect(await signOutOtherSessionsAction()).toMatchObject({ status: "ok", message: "2 other sessions have ended." });
    expect(await works(laptop)).toBe(false);
    expect(await works(phone)).toBe(false);
    expect(await works(here)).toBe(true);
    const [audit] = await revocationAudits(user.id);
    expect(audit).toMatchObject({ actorId: user.id, data: { reason: "sign_out_others", count: 2, kept: await request.sessionIdOf(here) } });
  });

  test("everywhere, this one included: the cookie is cleared and the answer is the login page", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const other = await request.sessionToken(user.id);
    const here = (await request.signInAs(user.id))!;
    await expect(signOutEverywhereAction()).rejects.toMatchObject({ digest: expect.stringContaining("/admin/login") });
    expect(request.currentCookie(request.SESSION_COOKIE)).toBeUndefined();
    expect(await works(other)).toBe(false);
    expect(await works(here)).toBe(false);
    expect((await revocationAudits(user.id)).map((row) => row.data)).toEqual([{ reason: "sign_out_everywhere", count: 2, email: user.email }]);
  });

  test("by an admin on another user: all of that user's sessions end, not the admin's", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "RECRUITER");
    const token = await request.sessionToken(user.id);
    const adminToken = (await request.signInAs(admin.id))!;
    expect(await signOutUserEverywhereAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok", message: "Signed out everywhere: 1 session ended." });
    expect(await works(token)).toBe(false);
    expect(await works(adminToken)).toBe(true);
    expect(await revocationAudits(user.id)).toEqual([
      { actorId: admin.id, actorEmail: admin.email, entityType: "user", data: { reason: "admin_sign_out", count: 1, email: user.email } },
    ]);
    request.replayToken(adminToken);
    expect(await signOutUserEverywhereAction(undefined, form({ userId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ status: "error", message: "This user no longer exists." });
    expect((await signOutUserEverywhereAction(undefined, form({ userId: "../etc" }))).fieldErrors?.userId).toBeDefined();
  });
});

describe("pruning", () => {
  test("rows a day past their revocation or their lifetime are deleted; live and recent ones stay", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const now = Date.now();
    const make = (data: { createdAt: Date; revokedAt?: Date }) => prisma.userSession.create({ data: { userId: user.id, ...data }, select: { id: true } }).then((row) => row.id);
    const live = await make({ createdAt: new Date(now - HOUR) });
    const recentlyRevoked = await make({ createdAt: new Date(now - 2 * HOUR), revokedAt: new Date(now - HOUR) });
    const longRevoked = await make({ createdAt: new Date(now - 30 * HOUR), revokedAt: new Date(now - 25 * HOUR) });
    const longExpired = await make({ createdAt: new Date(now - 33 * HOUR) });
    const recentlyExpired = await make({ createdAt: new Date(now - 10 * HOUR) });
    await pruneSessions(now);
    const left = new Set((await prisma.userSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id));
    expect(left.has(live) && left.has(recentlyRevoked) && left.has(recentlyExpired)).toBe(true);
    expect(left.has(longRevoked) || left.has(longExpired)).toBe(false);
  });
});
