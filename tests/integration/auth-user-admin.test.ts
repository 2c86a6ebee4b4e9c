import { beforeEach, describe, expect, test, vi } from "vitest";
import { authSnapshot, createTestUser, form, freshAuthDatabase } from "@/tests/helpers/auth-fixtures";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));

const { prisma } = await freshAuthDatabase();
const request = await import("@/tests/helpers/next-request-mock");
const { createUserAction, changeRoleAction, disableUserAction, enableUserAction } = await import("@/lib/auth/actions/user-actions");
const { attemptLogin } = await import("@/lib/auth/login");

async function signedInAdmin() {
  const admin = await createTestUser(prisma, "ADMIN");
  await request.signInAs(admin.id, { ip: "192.0.2.44" });
  return admin;
}

describe("creating users", () => {
  test("an admin creates a hiring manager with a generated password shown once; they can sign in; the audit row names the admin", async () => {
    const admin = await signedInAdmin();
    const state = await createUserAction(undefined, form({ email: "  New.Manager@Example.com ", name: " Nina Manager ", role: "HIRING_MANAGER", passwordMode: "generate" }));
    expect(state).toMatchObject({ status: "ok", oneTimePassword: { email: "new.manager@example.com" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "new.manager@example.com" } });
    expect(user).toMatchObject({ name: "Nina Manager", role: "HIRING_MANAGER", disabledAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await attemptLogin({ email: "new.manager@example.com", password: state.oneTimePassword!.password, ip: "192.0.2.1" })).toMatchObject({ id: user.id });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorEmail: admin.email, entityType: "user", ip: "192.0.2.44", data: { role: "HIRING_MANAGER" } });
  });

  test("an admin-set password is used and never echoed back", async () => {
    await signedInAdmin();
    const state = await createUserAction(undefined, form({ email: "set.pw@example.com", name: "Set Pw", role: "RECRUITER", passwordMode: "set", password: "a long chosen password" }));
    expect(state.status).toBe("ok");
    expect(state.oneTimePassword).toBeUndefined();
    expect(JSON.stringify(state)).not.toContain("a long chosen password");
    expect(await attemptLogin({ email: "set.pw@example.com", password: "a long chosen password", ip: "192.0.2.2" })).not.toBeNull();
  });

  test("mass assignment: extra fields (id, passwordHash, disabledAt, passwordChangedAt) are ignored", async () => {
    await signedInAdmin();
    const id = "11111111-1111-4111-8111-111111111111";
    const state = await createUserAction(
      undefined,
      form({ email: "mass@example.com", name: "Mass", role: "RECRUITER", passwordMode: "generate", id, passwordHash: "x", disabledAt: "2020-01-01", passwordChangedAt: "2099-01-01", createdAt: "2000-01-01" }),
    );
    expect(state.status).toBe("ok");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "mass@example.com" } });
    expect(user.id).not.toBe(id);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.disabledAt).toBeNull();
    expect(user.createdAt.getFullYear()).toBeGreaterThan(2020);
  });

  test.each([
    ["email", { email: "not-an-email" }],
    ["email", { email: "" }],
    ["name", { name: "x".repeat(10_000) }],
    ["name", { name: "Nul\u0000Byte" }],
    ["name", { name: "RTL \u202eoverride" }],
    ["name", { name: "   " }],
    ["role", { role: "SUPERUSER" }],
    ["password", { passwordMode: "set", password: "short" }],
    ["password", { passwordMode: "set", password: "" }],
    ["passwordMode", { passwordMode: "magic" }],
  ])("bad %s → an error next to that field, nothing written", async (field, override) => {
    await signedInAdmin();
    const before = await authSnapshot(prisma);
    const state = await createUserAction(undefined, form({ email: "valid@example.com", name: "Valid", role: "RECRUITER", passwordMode: "generate", ...override }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await authSnapshot(prisma)).toEqual(before);
  });

  test("in French (the admin's language cookie), each message names its field as the French form labels it", async () => {
    const existing = await createTestUser(prisma, "RECRUITER");
    await signedInAdmin();
    request.setCookie("admin_locale", "fr");
    const bad = await createUserAction(undefined, form({ email: "pas-une-adresse", name: " ", role: "SUPERUSER", passwordMode: "set", password: "court" }));
    expect(bad.message).toBe("Vérifiez les champs signalés.");
    expect(bad.fieldErrors).toEqual({
      email: ["E-mail : saisissez une adresse e-mail valide, comme prenom@backmarket.com."],
      name: ["Nom : saisissez un nom."],
      role: ["Rôle : choisissez un rôle."],
      password: ["Mot de passe (si vous le choisissez) : utilisez au moins 12 caractères."],
    });
    const taken = await createUserAction(undefined, form({ email: existing.email, name: "Doublon", role: "RECRUITER", passwordMode: "generate" }));
    expect(taken.fieldErrors?.email).toEqual(["E-mail : un utilisateur avec cette adresse existe déjà."]);
    const gone = await disableUserAction(undefined, form({ userId: "00000000-0000-4000-8000-000000000000" }));
    expect(gone).toMatchObject({ status: "error", message: "Cet utilisateur n'existe plus." });
  });

  test("repeated keys are not accepted as a value", async () => {
    await signedInAdmin();
    const state = await createUserAction(undefined, form({ email: ["a@example.com", "b@example.com"], name: "Twice", role: "RECRUITER", passwordMode: "generate" }));
    expect(state.fieldErrors?.email).toBeDefined();
  });

  test("an email already in use (any case) is refused next to the field", async () => {
    const existing = await createTestUser(prisma, "RECRUITER");
    await signedInAdmin();
    const before = await authSnapshot(prisma);
    const state = await createUserAction(undefined, form({ email: existing.email.toUpperCase(), name: "Dup", role: "RECRUITER", passwordMode: "generate" }));
    expect(state.fieldErrors?.email).toEqual(["Email: a user with this email already exists."]);
    expect(await authSnapshot(prisma)).toEqual(before);
  });

  test("the user and its audit row are one transaction: when the audit row fails, no user is created", async () => {
    await signedInAdmin();
    await prisma.$executeRawUnsafe(`ALTER TABLE audit_events ADD CONSTRAINT test_no_user_create CHECK (action <> 'user.create') NOT VALID`);
    try {
      const before = await authSnapshot(prisma);
      const state = await createUserAction(undefined, form({ email: "half@example.com", name: "Half", role: "RECRUITER", passwordMode: "generate" }));
      expect(state).toMatchObject({ status: "error", message: expect.stringContaining("nothing was changed") });
      expect(await authSnapshot(prisma)).toEqual(before);
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE audit_events DROP CONSTRAINT test_no_user_create`);
    }
  });
});

describe("at least one active admin remains", () => {
  beforeEach(async () => {
    await prisma.user.updateMany({ where: { role: "ADMIN", disabledAt: null }, data: { disabledAt: new Date() } });
  });

  test("the only admin cannot demote or disable themselves; nothing changes", async () => {
    const admin = await signedInAdmin();
    const before = await authSnapshot(prisma);
    const demote = await changeRoleAction(undefined, form({ userId: admin.id, role: "RECRUITER" }));
    expect(demote.status).toBe("error");
    expect(demote.fieldErrors?.role?.[0]).toMatch(/At least one active admin/);
    const disable = await disableUserAction(undefined, form({ userId: admin.id }));
    expect(disable).toMatchObject({ status: "error", message: expect.stringMatching(/At least one active admin/) });
    expect(await authSnapshot(prisma)).toEqual(before);
  });

  test("with a second admin, an admin may step down, and then loses admin rights at once", async () => {
    const admin = await signedInAdmin();
    await createTestUser(prisma, "ADMIN");
    expect(await changeRoleAction(undefined, form({ userId: admin.id, role: "RECRUITER" }))).toMatchObject({ status: "ok" });
    // A role change ends the user's sessions, this one included: the next request must sign in again…
    const again = await changeRoleAction(undefined, form({ userId: admin.id, role: "ADMIN" }));
    expect(again).toMatchObject({ status: "error", message: "Your session has ended. Sign in again to continue." });
    // …and signed in again, they are a recruiter.
    await request.signInAs(admin.id);
    expect(await changeRoleAction(undefined, form({ userId: admin.id, role: "ADMIN" }))).toMatchObject({ status: "error", message: "You don't have permission to do this." });
  });

  test("two admins demoting each other at the same moment: exactly one succeeds", async () => {
    const a = await createTestUser(prisma, "ADMIN");
    const b = await createTestUser(prisma, "ADMIN");
    // The database half of the action, twice at once (the action adds only the session check).
    const { changeRole } = await import("@/lib/auth/user-admin");
    const results = await Promise.all([
      changeRole({ id: a.id, email: a.email, name: a.name, role: "ADMIN" }, b.id, "RECRUITER"),
      changeRole({ id: b.id, email: b.email, name: b.name, role: "ADMIN" }, a.id, "RECRUITER"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });

  test("disable then enable an account, each with its audit row", async () => {
    const admin = await signedInAdmin();
    const user = await createTestUser(prisma, "RECRUITER");
    expect(await disableUserAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
    expect(await enableUserAction(undefined, form({ userId: user.id }))).toMatchObject({ status: "ok" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    const actions = await prisma.auditEvent.findMany({ where: { entityId: user.id, action: { startsWith: "user." } }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(actions).toEqual([
      { action: "user.disable", actorId: admin.id },
      { action: "user.enable", actorId: admin.id },
    ]);
    // Each also ended the user's sessions (re-enabling revives none), with its own audit row.
    const revocations = await prisma.auditEvent.findMany({ where: { entityId: user.id, action: "auth.sessions_revoked" }, select: { actorId: true, data: true } });
    expect(revocations.map((row) => (row.data as { reason: string }).reason).sort()).toEqual(["disable", "enable"]);
    expect(revocations.every((row) => row.actorId === admin.id)).toBe(true);
  });

  test("unknown or malformed user ids are a message, not a crash", async () => {
    await signedInAdmin();
    expect(await disableUserAction(undefined, form({ userId: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ status: "error", message: "This user no longer exists." });
    expect((await disableUserAction(undefined, form({ userId: "../../etc" }))).fieldErrors?.userId).toBeDefined();
    expect((await disableUserAction(undefined, form({}))).fieldErrors?.userId).toBeDefined();
  });
});
