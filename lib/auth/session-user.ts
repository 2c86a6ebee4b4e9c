import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** What the session token proves: who signed in, when (ms since epoch), and which session row (user_sessions.id). */
export type SessionClaims = { userId: string; signedInAt: number; sessionId: string };

/** Absolute lifetime of a session, whatever its activity (the cookie's maxAge rolls; this does not). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** A session's last_seen_at is written at most this often. */
export const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the claims our jwt callback put in the token; anything malformed (or without a session id) is no session. */
export function claimsFromToken(token: unknown): SessionClaims | null {
  if (!token || typeof token !== "object") return null;
  const { sub, sat, sid } = token as { sub?: unknown; sat?: unknown; sid?: unknown };
  if (typeof sub !== "string" || !UUID.test(sub)) return null;
  if (typeof sat !== "number" || !Number.isFinite(sat)) return null;
  if (typeof sid !== "string" || !UUID.test(sid)) return null;
  return { userId: sub, signedInAt: sat, sessionId: sid };
}

type SessionRow = { id: string; email: string; name: string; role: Role; lastSeenAt: Date };

/**
 * The database half of every session check, read fresh on every call, in one
 * query: the token's session row must exist, not be revoked and belong to the
 * token's user, and that user must exist and not be disabled. The session must
 * also be younger than its absolute lifetime (`sat`). Sign-out, a password
 * change or reset, a role change, disabling and re-enabling revoke rows
 * (lib/auth/sessions.ts), so each takes effect at the next request.
 */
export async function resolveSessionUser(claims: SessionClaims | null, now: number = Date.now()): Promise<SessionUser | null> {
  if (!claims) return null;
  if (claims.signedInAt > now + 60_000 || now - claims.signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT u.id::text AS id, u.email, u.name, u.role::text AS role, s.last_seen_at AS "lastSeenAt"
    FROM user_sessions s
    JOIN users u ON u.id = s.user_id
    WHERE s.id = ${claims.sessionId}::uuid
      AND s.user_id = ${claims.userId}::uuid
      AND s.revoked_at IS NULL
      AND u.disabled_at IS NULL`;
  const row = rows[0];
  if (!row) return null;
  if (now - row.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) await touchSession(claims.sessionId, now);
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Records activity: at most one write per session every LAST_SEEN_EVERY_MS (the WHERE makes concurrent requests write once). */
async function touchSession(sessionId: string, now: number): Promise<void> {
  try {
    await db.userSession.updateMany({
      where: { id: sessionId, lastSeenAt: { lt: new Date(now - LAST_SEEN_EVERY_MS) } },
      data: { lastSeenAt: new Date(now) },
    });
  } catch (error) {
    console.error("[auth] could not record the session's last activity", error);
  }
}
