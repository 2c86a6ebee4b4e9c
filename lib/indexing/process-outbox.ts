import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { siteUrl } from "@/lib/public/site-url";
import type { UrlNotificationType } from "./enqueue";
import { configuredSenders, type Sender } from "./senders";

// Sends due notifications from the outbox.
// - Claiming: a short transaction picks due rows with FOR UPDATE SKIP LOCKED
//   and leases them (next_attempt_at moves LEASE_MS ahead), so several app
//   instances never send one row at the same time, and no transaction stays
//   open while search engines answer. A row whose sender crashed mid-way is
//   retried when its lease runs out.
// - Retries: a failure is retried with exponential backoff (1 min, 2, 4 …
//   capped at 1 h) and gives up as FAILED after MAX_ATTEMPTS. Only the senders
//   that failed are called again (results keeps each sender's outcome).
// - Unconfigured: with no sender a row becomes RECORDED — the outbox keeps
//   what would have been sent, for admins to see.
// - Budget: a run stops claiming after `budgetMs`; the rest waits for the next tick.

export const MAX_ATTEMPTS = 8;
export const LEASE_MS = 5 * 60_000;
const BATCH = 20;
const DEFAULT_BUDGET_MS = 25_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type OutboxCounts = { sent: number; recorded: number; failed: number; retrying: number };
type Claimed = { id: string; url: string; type: UrlNotificationType; attempts: number; results: Prisma.JsonValue };
type Options = { senders?: readonly Sender[]; budgetMs?: number };

async function claim(db: PrismaClient, now: Date, limit: number): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  // Oldest first (UPDATE … RETURNING keeps no order, hence the outer SELECT).
  return db.$queryRaw<Claimed[]>`
    WITH claimed AS (
      UPDATE url_notifications SET next_attempt_at = ${leaseUntil}
      WHERE id IN (
        SELECT id FROM url_notifications
        WHERE status = 'PENDING' AND next_attempt_at <= ${now}
        ORDER BY created_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id, url, type::text AS type, attempts, results, created_at)
    SELECT id, url, type, attempts, results FROM claimed ORDER BY created_at, id`;
}

/** Sender name → "ok" or the last error, as stored in the row. */
function previousResults(results: Prisma.JsonValue): Record<string, string> {
  if (typeof results !== "object" || results === null || Array.isArray(results)) return {};
  return Object.fromEntries(Object.entries(results).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

async function send(row: Claimed, senders: readonly Sender[]): Promise<Record<string, string>> {
  const results = previousResults(row.results);
  for (const sender of senders) {
    if (results[sender.name] === "ok") continue; // Already accepted at an earlier attempt.
    try {
      await sender.send(row.url, row.type);
      results[sender.name] = "ok";
    } catch (error) {
      results[sender.name] = error instanceof Error ? error.message : String(error);
    }
  }
  return results;
}

function outcome(row: Claimed, results: Record<string, string>, now: Date): { data: Prisma.UrlNotificationUpdateInput; counted: keyof OutboxCounts } {
  const failures = Object.entries(results).filter(([, result]) => result !== "ok");
  const attempts = row.attempts + 1;
  if (failures.length === 0) return { data: { status: "SENT", attempts, sentAt: now, results, lastError: null }, counted: "sent" };
  const lastError = failures.map(([name, error]) => `${name}: ${error}`).join("; ");
  if (attempts >= MAX_ATTEMPTS) return { data: { status: "FAILED", attempts, results, lastError }, counted: "failed" };
  return { data: { attempts, results, lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }, counted: "retrying" };
}

export async function processOutbox(db: PrismaClient, now: Date, options: Options = {}): Promise<OutboxCounts> {
  const senders = options.senders ?? configuredSenders(siteUrl());
  const counts: OutboxCounts = { sent: 0, recorded: 0, failed: 0, retrying: 0 };

  if (senders.length === 0) {
    const recorded = await db.urlNotification.updateMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      data: { status: "RECORDED", results: { note: "no search engine configured" } },
    });
    counts.recorded = recorded.count;
    return counts;
  }

  const deadline = Date.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  while (Date.now() < deadline) {
    const rows = await claim(db, now, BATCH);
    for (const [index, row] of rows.entries()) {
      if (Date.now() >= deadline) {
        // Out of time: hand the rest of the batch back, due at once.
        await db.urlNotification.updateMany({ where: { id: { in: rows.slice(index).map((rest) => rest.id) } }, data: { nextAttemptAt: now } });
        return counts;
      }
      const { data, counted } = outcome(row, await send(row, senders), now);
      await db.urlNotification.update({ where: { id: row.id }, data });
      counts[counted]++;
    }
    if (rows.length < BATCH) break;
  }
  return counts;
}
