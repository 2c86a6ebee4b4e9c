import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { revalidatePublicPostings } from "@/lib/cache/revalidate-public";
import { runCommand } from "../run-command";
import { runTransition } from "../run-transition";
import type { CmsFailure } from "../types";
import { PUBLISH_NOW } from "./publish-posting";

export type ScheduledRunReport = {
  published: string[];
  /** Postings that could not go live (a check failed at the due time): sent back to draft, with the reason in the audit log. */
  returnedToDraft: { slug: string; reasons: string[] }[];
};

export type PublishDueOptions = {
  db?: PrismaClient;
  /** Expires the public pages; the default needs a Next.js request or route-handler context. */
  revalidate?: (slugs: readonly string[]) => void;
};

function reasonsOf(failure: CmsFailure): string[] {
  return [...(failure.formError ? [failure.formError] : []), ...Object.entries(failure.fieldErrors).flatMap(([path, messages]) => messages.map((message) => `${path}: ${message}`))];
}

/**
 * The scheduler's job (run every minute): publishes every SCHEDULED posting
 * whose time has come, each in its own transaction, with every publish check
 * run again. One that fails goes back to draft (so it is not retried every
 * minute) and the audit log says why.
 */
export async function publishDueScheduled(now: Date, options: PublishDueOptions = {}): Promise<ScheduledRunReport> {
  const database = options.db ?? (await import("@/lib/db/client")).db;
  const due = await database.posting.findMany({
    where: { status: "SCHEDULED", scheduledPublishAt: { lte: now } },
    select: { id: true, version: true, slug: true },
    orderBy: { scheduledPublishAt: "asc" },
  });
  const report: ScheduledRunReport = { published: [], returnedToDraft: [] };
  const touched: string[] = [];
  for (const target of due) {
    const published = await runCommand({ db: database, now }, (context) => runTransition(context, null, target, PUBLISH_NOW));
    if (published.ok) {
      report.published.push(published.slug);
      touched.push(...published.publicSlugs);
      continue;
    }
    if (published.conflict) continue; // Changed meanwhile: the next run sees the new version.
    const reasons = reasonsOf(published);
    const back = await runCommand({ db: database, now }, (context) =>
      runTransition(context, null, target, {
        transition: "returnToDraft",
        action: "posting.scheduledPublishFailed",
        verb: "moved back to draft",
        to: "DRAFT",
        timestamps: () => ({ scheduledPublishAt: null }),
        data: { reasons },
      }),
    );
    if (back.ok) report.returnedToDraft.push({ slug: target.slug, reasons });
  }
  if (touched.length) (options.revalidate ?? revalidatePublicPostings)(touched);
  return report;
}
