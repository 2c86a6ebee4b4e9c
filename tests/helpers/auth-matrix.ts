import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestUser, type TestUser } from "./auth-fixtures";
import { signInAs } from "./next-request-mock";

/**
 * The role × action matrix: every actor (anonymous, a disabled user, each
 * role) against every action, called directly — not through the UI. A cell
 * either succeeds (and changes what it should) or is refused with the
 * database unchanged. Requires next/headers to be mocked with
 * tests/helpers/next-request-mock.ts in the test file.
 */
export type MatrixRole = "ADMIN" | "RECRUITER" | "HIRING_MANAGER";
export type MatrixActor = { label: string; role: MatrixRole | null; disabled?: boolean };

export const MATRIX_ACTORS: readonly MatrixActor[] = [
  { label: "anonymous", role: null },
  { label: "disabled admin", role: "ADMIN", disabled: true },
  { label: "hiring manager", role: "HIRING_MANAGER" },
  { label: "recruiter", role: "RECRUITER" },
  { label: "admin", role: "ADMIN" },
];

export type MatrixAction = {
  name: string;
  /** Which active roles may do it (anonymous and disabled users never may). */
  allowedRoles: readonly MatrixRole[];
};

/** Creates the actor's user (if any) and makes the current request carry its session. */
export async function actAs(prisma: PrismaClient, actor: MatrixActor): Promise<TestUser | null> {
  if (!actor.role) {
    await signInAs(null);
    return null;
  }
  const user = await createTestUser(prisma, actor.role, { disabled: actor.disabled });
  await signInAs(user.id);
  return user;
}

/** Every cell: [actor label, action name, allowed?, actor, action]. */
export function matrixCells<A extends MatrixAction>(actions: readonly A[], actors: readonly MatrixActor[] = MATRIX_ACTORS) {
  return actors.flatMap((actor) =>
    actions.map((action) => {
      const allowed = actor.role !== null && !actor.disabled && action.allowedRoles.includes(actor.role);
      return [actor.label, action.name, allowed, actor, action] as const;
    }),
  );
}
