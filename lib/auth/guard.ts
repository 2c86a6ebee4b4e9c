import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { ADMIN_PATH_HEADER } from "./proxy-redirect";
import type { Role } from "./roles";
import { safeCallbackUrl } from "./safe-callback-url";
import { readSessionClaims } from "./session-token";
import { resolveSessionUser, type SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";
export type { Role } from "./roles";

/**
 * The signed-in user, or null. Reads the next-auth session cookie (a JWT with
 * the user id and sign-in time, decrypted with AUTH_SECRET, expiry checked) and
 * RE-READS the user from the database on every call (resolveSessionUser): a
 * disabled user, a changed role or a changed password takes effect at the next
 * request. Deduplicated within one request by React's cache().
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => resolveSessionUser(await readSessionClaims()));

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

/** The admin path being requested, as proxy.ts passes it on (lib/auth/proxy-redirect.ts); /admin when unknown. */
async function currentAdminPath(): Promise<string> {
  const h = await headers();
  return safeCallbackUrl(h.get(ADMIN_PATH_HEADER) ?? undefined);
}
