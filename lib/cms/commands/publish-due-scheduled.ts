import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runCommand } from "../run-command";
import { runTransition } from "../run-transition";
import type { CmsFailure } from "../types";
import { PUBLISH_NOW } from "./publish-posting";

export type ScheduledRunReport = {
  published: string[];
  /** Every public slug the run touched (new and old addresses): the caller expires them with revalidatePublicPostings. */
  changedSlugs: string[];
  /** Postings that could not go live (a check failed at the due time): sent back to draft, with the reason in the audit log. */
  returnedToDraft: { slug: string; reasons: string[] }[];
};

export type PublishDueOptions = { db?: PrismaClient };

function reasonsOf(failure: CmsFailure): string[] {
  return [...(failure.formError ? [failure.formError] : []), ...Object.entries(failure.fieldErrors).flatMap(([path, messages]) => messages.map((message) => `${path}: ${message}`))];
}

/**
 * The scheduler's job (run every minute): publishes every SCHEDULED posting
 * whose time has come, each in its own transaction, with every publish check
 * run again. One that fails goes back to draft (so it is not retried every
 * minute) and the audit log says why. Runs outside any request, so it does
 * not expire caches itself: the caller (the minute tick) passes changedSlugs
 * to revalidatePublicPostings.
 */
export async function publishDueScheduled(now: Date, options: PublishDueOptions = {}): Promise<ScheduledRunReport> {
  const database = options.db ?? (await import("@/lib/db/client")).db;
  const due = await database.posting.findMany({
    where: { status: "SCHEDULED", scheduledPublishAt: { lte: now } },
    select: { id: true, version: true, slug: true },
    orderBy: { scheduledPublishAt: "asc" },
  });
  const report: ScheduledRunReport = { published: [], changedSlugs: [], returnedToDraft: [] };
  for (const target of due) {
    const published = await runCommand({ db: database, now }, (context) => runTransition(context, null, target, PUBLISH_NOW));
    if (published.ok) {
      report.published.push(published.slug);
      report.changedSlugs.push(...published.publicSlugs);
      continue;
    }
    if (published.conflict) continue; // Changed meanwhile: the next run sees the new version.
    const reasons = reasonsOf(published);
    const back = await runCommand({ db: database, now }, (context) =>
      runTransition(context, null, target, {
        transition: "returnToDraft",
        action: "posting.scheduledPublishFailed",
        verb: "movedBackToDraft",
        to: "DRAFT",
        timestamps: () => ({ scheduledPublishAt: null }),
        data: { reasons },
      }),
    );
    if (back.ok) report.returnedToDraft.push({ slug: target.slug, reasons });
  }
  return report;
}
