import type { PrismaClient } from "@/lib/generated/prisma/client";
import { configuredMailTransport, type MailTransport } from "./mail-transport";

// Sends due emails from the outbox, the way lib/indexing/process-outbox.ts sends URL notifications:
// rows are claimed with FOR UPDATE SKIP LOCKED and a lease (several instances never send one email
// twice, and no transaction stays open while the SMTP server answers); a failure is retried with
// exponential backoff (1 min, 2, 4 … capped at 1 h) and becomes FAILED after MAX_ATTEMPTS. Without a
// transport every due row becomes RECORDED: kept, for admins to read.

export const MAX_MAIL_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;
const BATCH = 20;

export type MailCounts = { sent: number; recorded: number; failed: number; retrying: number };
type Claimed = { id: string; to_address: string; subject: string; text_body: string; attempts: number };

export function mailRetryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

async function claim(db: PrismaClient, now: Date): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<Claimed[]>`
    UPDATE mail_outbox SET next_attempt_at = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ${now}
      ORDER BY created_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, text_body, attempts`;
}

export async function processMailOutbox(db: PrismaClient, now: Date, options: { transport?: MailTransport | null } = {}): Promise<MailCounts> {
  const transport = options.transport === undefined ? configuredMailTransport() : options.transport;
  const counts: MailCounts = { sent: 0, recorded: 0, failed: 0, retrying: 0 };
  if (!transport) {
    const recorded = await db.mailMessage.updateMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      data: { status: "RECORDED", lastError: null },
    });
    counts.recorded = recorded.count;
    return counts;
  }
  for (let round = 0; round < 10; round++) {
    const rows = await claim(db, now);
    for (const row of rows) {
      const attempts = row.attempts + 1;
      try {
        await transport.send({ to: row.to_address, subject: row.subject, text: row.text_body });
        await db.mailMessage.update({ where: { id: row.id }, data: { status: "SENT", attempts, sentAt: new Date(), lastError: null } });
        counts.sent++;
      } catch (error) {
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        if (attempts >= MAX_MAIL_ATTEMPTS) {
          await db.mailMessage.update({ where: { id: row.id }, data: { status: "FAILED", attempts, lastError } });
          counts.failed++;
        } else {
          await db.mailMessage.update({ where: { id: row.id }, data: { attempts, lastError, nextAttemptAt: new Date(now.getTime() + mailRetryDelayMs(attempts)) } });
          counts.retrying++;
        }
      }
    }
    if (rows.length < BATCH) break;
  }
  return counts;
}
