import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createTestUser, form, freshAuthDatabase } from "@/tests/helpers/auth-fixtures";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));

// The guard on the real database: the session is a real Auth.js JWT signed
// with AUTH_SECRET (tests/helpers/next-request-mock.ts), and every call re-reads the user.
const { prisma } = await freshAuthDatabase();
const request = await import("@/tests/helpers/next-request-mock");
const { authorize, getSessionUser, requireUser } = await import("@/lib/auth/guard");
const { changeOwnPasswordAction } = await import("@/lib/auth/actions/account-actions");
const { changeRoleAction, disableUserAction, resetPasswordAction } = await import("@/lib/auth/actions/user-actions");

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

beforeEach(() => request.setRequest());

describe("the session guard", () => {
  test("anonymous: no user, authorize answers unauthenticated, requireUser redirects to the login page", async () => {
    await request.signInAs(null);
    expect(await getSessionUser()).toBeNull();
    expect(await authorize(["ADMIN", "RECRUITER", "HIRING_MANAGER"])).toEqual({ ok: false, error: "unauthenticated" });
    request.setRequest({ headers: { "x-admin-path": "/admin/users?page=2" } });
    await expect(requireUser()).rejects.toMatchObject({ digest: expect.stringContaining("/admin/login?callbackUrl=%2Fadmin%2Fusers%3Fpage%3D2") });
  });

  test("a signed-in user is read from the database; the wrong role is forbidden", async () => {
    const user = await createTestUser(prisma, "HIRING_MANAGER");
    await request.signInAs(user.id);
    expect(await getSessionUser()).toEqual({ id: user.id, email: user.email, name: user.name, role: "HIRING_MANAGER" });
    expect(await authorize(["ADMIN", "RECRUITER"])).toEqual({ ok: false, error: "forbidden" });
    expect(await authorize(["HIRING_MANAGER"])).toMatchObject({ ok: true, user: { id: user.id } });
    await expect(requireUser(["ADMIN"])).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    await expect(requireUser(["HIRING_MANAGER"])).resolves.toMatchObject({ id: user.id });
  });

  test("a disabled user loses access at the next request", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "RECRUITER");
    await request.signInAs(user.id);
    expect(await authorize(["RECRUITER"])).toMatchObject({ ok: true });

    await request.signInAs(admin.id);
    expect(await disableUserAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok" });

    await request.signInAs(user.id);
    expect(await getSessionUser()).toBeNull();
    expect(await authorize(["RECRUITER"])).toEqual({ ok: false, error: "unauthenticated" });
  });

  test("a role change ends the user's sessions at the next request; signed in again, they have the new role", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "RECRUITER");
    const token = await request.sessionToken(user.id);
    const asUser = () => {
      request.setRequest();
      request.setCookie(request.SESSION_COOKIE, token);
    };
    asUser();
    expect(await authorize(["ADMIN", "RECRUITER"])).toMatchObject({ ok: true, user: { role: "RECRUITER" } });

    await request.signInAs(admin.id);
    expect(await changeRoleAction(undefined, form({ userId: user.id, role: "HIRING_MANAGER" }))).toMatchObject({ status: "ok" });

    asUser(); // the same cookie as before
    expect(await authorize(["ADMIN", "RECRUITER"])).toEqual({ ok: false, error: "unauthenticated" });
    expect(await getSessionUser()).toBeNull();
    await request.signInAs(user.id);
    expect(await authorize(["ADMIN", "RECRUITER"])).toEqual({ ok: false, error: "forbidden" });
    expect(await getSessionUser()).toMatchObject({ role: "HIRING_MANAGER" });
  });

  test("changing one's own password ends the other sessions and this browser's old token; this browser gets a new one", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const otherDevice = await request.sessionToken(user.id, Date.now() - 60_000);
    const oldHere = (await request.signInAs(user.id, { signedInAt: Date.now() - 30_000 }))!;

    const result = await changeOwnPasswordAction(
      undefined,
      form({ currentPassword: user.password, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
    );
    expect(result).toMatchObject({ status: "ok" });
    // This request's cookie was re-issued and still works.
    const reissued = request.currentCookie(request.SESSION_COOKIE)!;
    expect(reissued.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(await request.sessionIdOf(reissued.value)).not.toBe(await request.sessionIdOf(oldHere));
    expect(await getSessionUser()).toMatchObject({ id: user.id });
    // This browser's token from before the change has ended too (a copy of it is worthless).
    request.replayToken(oldHere);
    expect(await getSessionUser()).toBeNull();
    // The other device's session has ended.
    request.setRequest();
    request.setCookie(request.SESSION_COOKIE, otherDevice);
    expect(await getSessionUser()).toBeNull();

    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordChangedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "account.password_change", actorId: user.id } })).toBe(1);
    const revocation = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sessions_revoked", entityId: user.id } });
    expect(revocation).toMatchObject({ actorId: user.id, data: { reason: "password_change", count: 2 } });
  });

  test("a wrong current password changes nothing and says so next to the field", async () => {
    const user = await createTestUser(prisma, "HIRING_MANAGER");
    await request.signInAs(user.id);
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const result = await changeOwnPasswordAction(
      undefined,
      form({ currentPassword: "not my password", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
    );
    expect(result.status).toBe("error");
    expect(result.fieldErrors?.currentPassword).toBeDefined();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  test("an admin's password reset ends the user's sessions", async () => {
    const admin = await createTestUser(prisma, "ADMIN");
    const user = await createTestUser(prisma, "HIRING_MANAGER");
    const token = await request.sessionToken(user.id, Date.now() - 1000);
    await request.signInAs(admin.id);
    const result = await resetPasswordAction(undefined, form({ userId: user.id, passwordMode: "generate" }));
    expect(result).toMatchObject({ status: "ok", oneTimePassword: { email: user.email } });
    expect(result.oneTimePassword!.password.length).toBeGreaterThanOrEqual(20);
    request.setRequest();
    request.setCookie(request.SESSION_COOKIE, token);
    expect(await getSessionUser()).toBeNull();
  });

  test("forged, tampered, foreign-secret, expired and too-old sessions are no session", async () => {
    const user = await createTestUser(prisma, "ADMIN");
    const valid = await request.sessionToken(user.id);
    // A live session row: each bad token below would name it, so only the token's own defect refuses it.
    const sid = await request.sessionIdOf(valid);
    const claims = { sub: user.id, sat: Date.now(), sid };
    const secret = process.env.AUTH_SECRET!;
    const bad = [
      "not-a-jwt",
      valid.slice(0, -4) + "AAAA",
      await encode({ token: claims, secret: "another-secret-another-secret-0123456", salt: request.SESSION_COOKIE }),
      await encode({ token: claims, secret, salt: "authjs.csrf-token" }),
      await encode({ token: claims, secret, salt: request.SESSION_COOKIE, maxAge: -60 }),
      await request.sessionToken(user.id, Date.now() - EIGHT_HOURS - 60_000),
      await request.encodeSessionToken({ ...claims, sat: Date.now() - EIGHT_HOURS - 60_000 }),
      await request.encodeSessionToken({ sub: user.id, sid }),
      await request.encodeSessionToken({ sub: user.id, sat: Date.now() }), // no session id (a token from before sessions had rows)
      await request.encodeSessionToken({ ...claims, sid: "not-a-uuid" }),
      await request.encodeSessionToken({ ...claims, sub: "not-a-uuid" }),
      await request.sessionToken("00000000-0000-4000-8000-000000000000"),
    ];
    for (const token of bad) {
      request.setRequest();
      request.setCookie(request.SESSION_COOKIE, token);
      expect(await getSessionUser()).toBeNull();
    }
    // The control: the valid token, naming the same row, is a session.
    request.replayToken(valid);
    expect(await getSessionUser()).toMatchObject({ id: user.id });
  });

  test("the https cookie name works too, and chunked cookies are joined", async () => {
    const user = await createTestUser(prisma, "RECRUITER");
    const sid = await request.sessionIdOf(await request.sessionToken(user.id));
    const secure = await request.encodeSessionToken({ sub: user.id, sat: Date.now(), sid }, { salt: "__Secure-authjs.session-token" });
    request.setRequest();
    request.setCookie("__Secure-authjs.session-token", secure);
    expect(await getSessionUser()).toMatchObject({ id: user.id });
    request.setRequest();
    request.setCookie("__Secure-authjs.session-token.0", secure.slice(0, 100));
    request.setCookie("__Secure-authjs.session-token.1", secure.slice(100));
    expect(await getSessionUser()).toMatchObject({ id: user.id });
  });
});
