import { purgeExpiredApplications } from "@/lib/applications/purge-expired-applications";
import { publishDueScheduled } from "@/lib/cms/commands/publish-due-scheduled";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { processOutbox } from "@/lib/indexing/process-outbox";
import type { Sender } from "@/lib/indexing/senders";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { processMailOutbox } from "@/lib/mail/process-mail-outbox";
import { expirePostings } from "./expire-postings";

export type ScheduledJobsSummary = { changedSlugs: string[]; expired: number; published: number; notified: number; emails: number; purgedApplications: number };

/**
 * The minute's work: close expired postings, publish scheduled ones that are
 * due, then send the URL notifications those and recruiters' changes queued,
 * then the emails (lib/mail) and, once a day, the applications' retention purge.
 * Returns the slugs whose public pages changed; the caller (the tick route)
 * passes them to revalidatePublicPostings.
 *
 * Safe with several app instances at once: expiry runs under a transaction
 * advisory lock (a second run skips it), scheduled publishing uses the
 * posting's optimistic version (a second publish is a conflict and is
 * skipped), and outbox rows are claimed with FOR UPDATE SKIP LOCKED and a lease.
 */
export async function runScheduledJobs(now: Date, options: { db?: PrismaClient; senders?: readonly Sender[]; mailTransport?: MailTransport | null } = {}): Promise<ScheduledJobsSummary> {
  const db = options.db ?? (await import("@/lib/db/client")).db;
  const expired = await expirePostings(db, now);
  const scheduled = await publishDueScheduled(now, { db });
  const outbox = await processOutbox(db, now, { senders: options.senders });
  // Applications: the emails queued since the last tick, and once a day the retention purge.
  const mail = await processMailOutbox(db, now, { transport: options.mailTransport });
  const retention = await purgeExpiredApplications(db, now);
  return {
    changedSlugs: [...new Set([...expired, ...scheduled.changedSlugs])],
    expired: expired.length,
    published: scheduled.published.length,
    notified: outbox.sent + outbox.recorded,
    emails: mail.sent + mail.recorded,
    purgedApplications: retention.applications,
  };
}
