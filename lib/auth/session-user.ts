import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** What the session token proves: who signed in, and when (ms since epoch). */
export type SessionClaims = { userId: string; signedInAt: number };

/** Absolute lifetime of a session, whatever its activity (the cookie's maxAge rolls; this does not). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the claims our jwt callback put in the token; anything malformed is no session. */
export function claimsFromToken(token: unknown): SessionClaims | null {
  if (!token || typeof token !== "object") return null;
  const { sub, sat } = token as { sub?: unknown; sat?: unknown };
  if (typeof sub !== "string" || !UUID.test(sub)) return null;
  if (typeof sat !== "number" || !Number.isFinite(sat)) return null;
  return { userId: sub, signedInAt: sat };
}

/**
 * The database half of every session check, read fresh on every call: the
 * user must exist, not be disabled, not have changed their password after
 * this session signed in, and the session must be younger than its absolute
 * lifetime. A disabled user or a changed role takes effect at the next request.
 */
export async function resolveSessionUser(claims: SessionClaims | null, now: number = Date.now()): Promise<SessionUser | null> {
  if (!claims) return null;
  if (claims.signedInAt > now + 60_000 || now - claims.signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, passwordChangedAt: true },
  });
  if (!user || user.disabledAt) return null;
  if (user.passwordChangedAt && user.passwordChangedAt.getTime() > claims.signedInAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
