import { publishDueScheduled } from "@/lib/cms/commands/publish-due-scheduled";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { processOutbox } from "@/lib/indexing/process-outbox";
import { expirePostings } from "./expire-postings";

export type ScheduledJobsSummary = { changedSlugs: string[]; expired: number; published: number; notified: number };

/**
 * The minute's work: close expired postings, publish scheduled ones that are
 * due, then send the URL notifications those and recruiters' changes queued.
 * Returns the slugs whose public pages changed; the caller expires their cache.
 */
export async function runScheduledJobs(now: Date, options: { db?: PrismaClient } = {}): Promise<ScheduledJobsSummary> {
  const db = options.db ?? (await import("@/lib/db/client")).db;
  const expired = await expirePostings(db, now);
  const scheduled = await publishDueScheduled(now, { db });
  const outbox = await processOutbox(db, now);
  return {
    changedSlugs: [...new Set([...expired, ...scheduled.changedSlugs])],
    expired: expired.length,
    published: scheduled.published.length,
    notified: outbox.sent + outbox.recorded,
  };
}
