import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { siteUrl } from "@/lib/public/site-url";
import { configuredSenders, type Sender } from "./senders";

// Sends due notifications from the outbox. Rows are claimed with FOR UPDATE
// SKIP LOCKED, so several app instances never send one twice. A failure is
// retried with exponential backoff (1 min, 2, 4 … capped at 1 h), and gives up
// as FAILED after MAX_ATTEMPTS. With no sender configured a row becomes
// RECORDED: the outbox keeps what would have been sent.

export const MAX_ATTEMPTS = 8;
const BATCH = 50;

export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

type Claimed = { id: string; url: string; type: "URL_UPDATED" | "URL_DELETED"; attempts: number };

export async function processOutbox(
  db: PrismaClient,
  now: Date,
  senders: readonly Sender[] = configuredSenders(siteUrl()),
): Promise<{ sent: number; recorded: number; failed: number; retrying: number }> {
  const counts = { sent: 0, recorded: 0, failed: 0, retrying: 0 };
  await db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<Claimed[]>`
        SELECT id, url, type::text AS type, attempts FROM url_notifications
        WHERE status = 'PENDING' AND next_attempt_at <= ${now}
        ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const row of due) {
        if (senders.length === 0) {
          await tx.urlNotification.update({ where: { id: row.id }, data: { status: "RECORDED", results: { note: "no search engine configured" } } });
          counts.recorded++;
          continue;
        }
        const results: Record<string, string> = {};
        for (const sender of senders) {
          try {
            await sender.send(row.url, row.type);
            results[sender.name] = "ok";
          } catch (error) {
            results[sender.name] = error instanceof Error ? error.message : String(error);
          }
        }
        const failures = Object.entries(results).filter(([, result]) => result !== "ok");
        const attempts = row.attempts + 1;
        const data: Prisma.UrlNotificationUpdateInput =
          failures.length === 0
            ? { status: "SENT", attempts, sentAt: now, results, lastError: null }
            : attempts >= MAX_ATTEMPTS
              ? { status: "FAILED", attempts, results, lastError: failures.map(([name, error]) => `${name}: ${error}`).join("; ") }
              : {
                  attempts,
                  results,
                  nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
                  lastError: failures.map(([name, error]) => `${name}: ${error}`).join("; "),
                };
        await tx.urlNotification.update({ where: { id: row.id }, data });
        if (failures.length === 0) counts.sent++;
        else if (attempts >= MAX_ATTEMPTS) counts.failed++;
        else counts.retrying++;
      }
    },
    { timeout: 120_000 },
  );
  return counts;
}
