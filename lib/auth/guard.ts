import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./config";
import type { Role } from "./roles";
import { safeCallbackUrl } from "./safe-callback-url";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";
export type { Role } from "./roles";

/**
 * The signed-in user, or null. Reads the next-auth session (the JWT cookie:
 * user id + sign-in time) and, in the same call, RE-READS the user from the
 * database (lib/auth/config.ts session callback → resolveSessionUser): a
 * disabled user, a changed role or a changed password takes effect at the next
 * request. Deduplicated within one request by React's cache().
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { user?: unknown } | null;
  return asSessionUser(session?.user);
});

/**
 * For pages and layouts: the signed-in user with one of `roles` (any role when
 * omitted). Signed out → redirect to /admin/login?callbackUrl=<current path>;
 * wrong role → forbidden() (app/(admin)/forbidden.tsx, needs experimental.authInterrupts).
 */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/admin/login?callbackUrl=${encodeURIComponent(await currentAdminPath())}`);
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

export type Authorized = { ok: true; user: SessionUser } | { ok: false; error: "unauthenticated" | "forbidden" };

/** For server actions and route handlers: never throws for auth reasons. */
export async function authorize(roles: readonly Role[]): Promise<Authorized> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (!roles.includes(user.role)) return { ok: false, error: "forbidden" };
  return { ok: true, user };
}

/** The request header proxy.ts sets to the admin path being requested (see lib/auth/proxy-redirect.ts). */
export const ADMIN_PATH_HEADER = "x-admin-path";

async function currentAdminPath(): Promise<string> {
  const h = await headers();
  return safeCallbackUrl(h.get(ADMIN_PATH_HEADER) ?? undefined);
}

function asSessionUser(value: unknown): SessionUser | null {
  if (!value || typeof value !== "object") return null;
  const { id, email, name, role } = value as Record<string, unknown>;
  if (typeof id !== "string" || typeof email !== "string" || typeof name !== "string") return null;
  if (role !== "ADMIN" && role !== "RECRUITER" && role !== "HIRING_MANAGER") return null;
  return { id, email, name, role };
}
