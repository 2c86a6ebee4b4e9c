import { describe, expect, test, vi } from "vitest";
import type { ActionState } from "@/lib/auth/action-state";
import { authSnapshot, createTestUser, form, freshAuthDatabase } from "@/tests/helpers/auth-fixtures";
import { actAs, matrixCells, type MatrixAction } from "@/tests/helpers/auth-matrix";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));

const { prisma } = await freshAuthDatabase();
const { createUserAction, changeRoleAction, disableUserAction, enableUserAction, resetPasswordAction, signOutUserEverywhereAction } = await import(
  "@/lib/auth/actions/user-actions"
);
const { changeOwnPasswordAction, signOutEverywhereAction, signOutOtherSessionsAction } = await import("@/lib/auth/actions/account-actions");
const { sessionToken } = await import("@/tests/helpers/next-request-mock");

/** signOutEverywhereAction ends with a redirect to the login page: that is its success. */
async function redirectIsOk(call: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await call();
  } catch (error) {
    if (String((error as { digest?: unknown }).digest ?? "").includes("/admin/login")) return { status: "ok" };
    throw error;
  }
}

// Each action prepares its own target before the actor signs in, so cells are independent.
let serial = 0;
type Prepared = { formData: FormData };
type Actor = { id: string; password: string } | null;
type Cell = MatrixAction & { prepare: (actor: Actor) => Promise<Prepared>; call: (formData: FormData) => Promise<ActionState> };

const ACTIONS: Cell[] = [
  {
    name: "create user",
    allowedRoles: ["ADMIN"],
    prepare: async () => ({ formData: form({ email: `new-${++serial}@example.com`, name: "New Person", role: "RECRUITER", passwordMode: "generate" }) }),
    call: (formData) => createUserAction(undefined, formData),
  },
  {
    name: "change role",
    allowedRoles: ["ADMIN"],
    prepare: async () => ({ formData: form({ userId: (await createTestUser(prisma, "HIRING_MANAGER")).id, role: "RECRUITER" }) }),
    call: (formData) => changeRoleAction(undefined, formData),
  },
  {
    name: "disable user",
    allowedRoles: ["ADMIN"],
    prepare: async () => ({ formData: form({ userId: (await createTestUser(prisma, "RECRUITER")).id }) }),
    call: (formData) => disableUserAction(undefined, formData),
  },
  {
    name: "enable user",
    allowedRoles: ["ADMIN"],
    prepare: async () => ({ formData: form({ userId: (await createTestUser(prisma, "RECRUITER", { disabled: true })).id }) }),
    call: (formData) => enableUserAction(undefined, formData),
  },
  {
    name: "reset password",
    allowedRoles: ["ADMIN"],
    prepare: async () => ({ formData: form({ userId: (await createTestUser(prisma, "HIRING_MANAGER")).id, passwordMode: "generate" }) }),
    call: (formData) => resetPasswordAction(undefined, formData),
  },
  {
    name: "change own password",
    allowedRoles: ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
    prepare: async (actor) => ({
      formData: form({ currentPassword: actor?.password ?? "whatever-password", newPassword: "correct horse battery", confirmPassword: "correct horse battery" }),
    }),
    call: (formData) => changeOwnPasswordAction(undefined, formData),
  },
  {
    name: "sign another user out everywhere",
    allowedRoles: ["ADMIN"],
    prepare: async () => {
      const target = await createTestUser(prisma, "RECRUITER");
      await sessionToken(target.id); // an open session to end
      return { formData: form({ userId: target.id }) };
    },
    call: (formData) => signOutUserEverywhereAction(undefined, formData),
  },
  {
    name: "sign out my other sessions",
    allowedRoles: ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
    prepare: async (actor) => {
      if (actor) await sessionToken(actor.id); // another browser of the actor
      return { formData: form({}) };
    },
    call: () => signOutOtherSessionsAction(),
  },
  {
    name: "sign out everywhere",
    allowedRoles: ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
    prepare: async () => ({ formData: form({}) }),
    call: () => redirectIsOk(() => signOutEverywhereAction()),
  },
];

describe("users admin: role × action matrix (called directly)", () => {
  test.each(matrixCells(ACTIONS))("%s → %s: allowed=%s", async (_actorLabel, _actionName, allowed, actorSpec, action) => {
    const actor = await actAs(prisma, actorSpec);
    const { formData } = await action.prepare(actor ? { id: actor.id, password: actor.password } : null);
    const before = await authSnapshot(prisma);
    const state = await action.call(formData);
    const after = await authSnapshot(prisma);
    if (allowed) {
      expect(state.status, state.message).toBe("ok");
      expect(after).not.toEqual(before);
      // One audit row for the change itself (sign-outs have only the revocation's)…
      const ownRow = action.name.startsWith("sign ") ? 0 : 1;
      expect(after.auditEvents).toBe(before.auditEvents + ownRow);
      // …and one auth.sessions_revoked row for every change that ends sessions (all but creating a user).
      expect(after.sessionRevocations).toBe(before.sessionRevocations + (action.name === "create user" ? 0 : 1));
    } else {
      expect(state.status).toBe("error");
      expect(state.message).toMatch(actorSpec.role && !actorSpec.disabled ? /permission/ : /session has ended/);
      expect(after).toEqual(before);
    }
  });
});
