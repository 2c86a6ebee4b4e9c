import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "./audit";
import { clientIp } from "./client-ip";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";

/**
 * Revocable sessions (table user_sessions). Every sign-in creates one row whose
 * id the session token carries (`sid`); resolveSessionUser (session-user.ts)
 * refuses a token whose row is missing, revoked or another user's. Revoking
 * sets revoked_at once and never clears it: re-enabling an account never revives a token.
 */
type Tx = Prisma.TransactionClient;
type SessionWriter = Pick<Tx, "userSession">;

/** Why sessions ended, as written to user_sessions.revoked_reason and to the audit row. */
export type RevocationReason =
  | "sign_out"
  | "password_change"
  | "password_reset"
  | "role_change"
  | "disable"
  | "enable"
  | "sign_out_everywhere"
  | "sign_out_others"
  | "admin_sign_out";

export const IP_MAX = 64;
export const USER_AGENT_MAX = 512;
/** Rows are deleted this long after they were revoked or after their lifetime ended. */
const KEEP_AFTER_END_MS = 24 * 60 * 60 * 1000;

export type SessionOrigin = { ip: string | null; userAgent: string | null };

/** The current request's client address and browser, bounded; nulls outside a request. */
export async function requestOrigin(): Promise<SessionOrigin> {
  try {
    const h = new Headers(await headers());
    return { ip: clientIp(h)?.slice(0, IP_MAX) ?? null, userAgent: h.get("user-agent")?.slice(0, USER_AGENT_MAX) || null };
  } catch {
    return { ip: null, userAgent: null };
  }
}

/** A new session row for a sign-in; returns its id (the token's `sid`). */
export async function createSession(userId: string, origin?: SessionOrigin, client: SessionWriter = db): Promise<string> {
  const { ip, userAgent } = origin ?? (await requestOrigin());
  const row = await client.userSession.create({
    data: { userId, ip: ip?.slice(0, IP_MAX) ?? null, userAgent: userAgent?.slice(0, USER_AGENT_MAX) ?? null },
    select: { id: true },
  });
  return row.id;
}

/** Deletes rows that can never be used again (a day after they were revoked, or after their lifetime). */
export async function pruneSessions(now: number = Date.now()): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: {
      OR: [
        { revokedAt: { lt: new Date(now - KEEP_AFTER_END_MS) } },
        { createdAt: { lt: new Date(now - SESSION_MAX_AGE_SECONDS * 1000 - KEEP_AFTER_END_MS) } },
      ],
    },
  });
  return count;
}

/** Revokes one session (sign-out); returns how many rows it revoked (0 or 1). */
export async function revokeSession(sessionId: string, userId: string, reason: RevocationReason, client: SessionWriter = db): Promise<number> {
  const { count } = await client.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

/**
 * Revokes every open session of `userId` (but `keep`, when given) and writes
 * the audit row auth.sessions_revoked { reason, count } — pass the transaction
 * of the change that caused it, so both land together.
 */
export async function revokeUserSessions(
  tx: Pick<Tx, "userSession" | "auditEvent">,
  input: { userId: string; reason: RevocationReason; actor: { id: string; email: string } | null; keep?: string | null; email?: string },
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId: input.userId, revokedAt: null, ...(input.keep ? { id: { not: input.keep } } : {}) },
    data: { revokedAt: new Date(), revokedReason: input.reason },
  });
  await writeAudit(tx, {
    action: "auth.sessions_revoked",
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    entityType: "user",
    entityId: input.userId,
    data: { reason: input.reason, count, ...(input.email ? { email: input.email } : {}), ...(input.keep ? { kept: input.keep } : {}) },
  });
  return count;
}

export type ActiveSession = { id: string; createdAt: Date; lastSeenAt: Date; ip: string | null; userAgent: string | null };

/** A user's open sessions (not revoked, within the lifetime), newest first. */
export async function listActiveSessions(userId: string, now: number = Date.now()): Promise<ActiveSession[]> {
  return db.userSession.findMany({
    where: { userId, revokedAt: null, createdAt: { gt: new Date(now - SESSION_MAX_AGE_SECONDS * 1000) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    take: 100,
  });
}

/** Open sessions per user (for the users admin). */
export async function countActiveSessions(userIds: string[], now: number = Date.now()): Promise<Map<string, number>> {
  const rows = await db.userSession.groupBy({
    by: ["userId"],
    where: { userId: { in: userIds }, revokedAt: null, createdAt: { gt: new Date(now - SESSION_MAX_AGE_SECONDS * 1000) } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.userId, row._count._all]));
}
