import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeApplicationAudit } from "./application-audit";
import { configuredCvStore } from "./file-store/configured-cv-store";
import { objectKeysOf, type CvStore } from "./file-store/cv-store";
import { sweepOrphanCvObjects } from "./file-store/sweep-orphan-cv-objects";
import { DAY_MS, DRAFT_KEEP_MS } from "./limits";
import { retentionCutoff, retentionMonths } from "./retention";

export type RetentionSummary = { ran: boolean; applications: number; files: number; emails: number };

const RETENTION_ACTION = "application.retention_purge";
const SWEEP_ACTION = "application.cv_sweep";

/**
 * The daily retention job, called by the minute tick: at most once per 24 hours (the last run is its audit
 * row; a transaction-level advisory lock makes a second instance skip), it deletes the applications last
 * changed more than APPLICATION_RETENTION_MONTHS ago with their files and notes, the emails about them or
 * as old, and writes one audit row with the counts. Form drafts older than an hour go at every call.
 *
 * With CVs in S3 (lib/applications/file-store), the deleted files' objects go after the commit, then the
 * sweep deletes the objects no row names (older than an hour) and writes its own audit row with its counts.
 */
export async function purgeExpiredApplications(db: PrismaClient, now: Date, options: { months?: number; store?: CvStore } = {}): Promise<RetentionSummary> {
  await db.applicationDraft.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DRAFT_KEEP_MS) } } });
  const months = options.months ?? retentionMonths();
  const skipped = { summary: { ran: false, applications: 0, files: 0, emails: 0 }, objectKeys: [] };
  const { summary, objectKeys } = await db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended('applications:retention', 0)) AS locked`;
    if (!lock?.locked) return skipped;
    const recent = await tx.auditEvent.count({ where: { action: RETENTION_ACTION, createdAt: { gt: new Date(now.getTime() - DAY_MS) } } });
    if (recent > 0) return skipped;
    const cutoff = retentionCutoff(now, months);
    const expired = { updatedAt: { lt: cutoff } };
    const ids = (await tx.application.findMany({ where: expired, select: { id: true } })).map((row) => row.id);
    const objectKeys = objectKeysOf(await tx.applicationFile.findMany({ where: { applicationId: { in: ids } }, select: { objectKey: true } }));
    const files = await tx.applicationFile.deleteMany({ where: { applicationId: { in: ids } } });
    const emails = await tx.mailMessage.deleteMany({ where: { OR: [{ applicationId: { in: ids } }, { createdAt: { lt: cutoff } }] } });
    const applications = await tx.application.deleteMany({ where: { id: { in: ids } } });
    const summary = { ran: true, applications: applications.count, files: files.count, emails: emails.count };
    await writeApplicationAudit(tx, { action: RETENTION_ACTION, data: { ...summary, months, cutoff: cutoff.toISOString() }, now });
    return { summary, objectKeys };
  });
  if (!summary.ran) return summary;
  const store = options.store ?? (await configuredCvStore());
  const objectsDeleted = await store.deleteObjects(objectKeys);
  if (store.kind === "s3") {
    const sweep = await sweepOrphanCvObjects(db, store, now).then(
      (counts) => ({ ...counts, error: null }),
      (error: unknown) => ({ listed: 0, deleted: 0, error: error instanceof Error ? error.message : String(error) }),
    );
    if (sweep.error) console.error("[careers] CV object sweep:", sweep.error);
    await writeApplicationAudit(db, { action: SWEEP_ACTION, data: { objects: objectKeys.length, objectsDeleted, ...sweep }, now });
  }
  return summary;
}
