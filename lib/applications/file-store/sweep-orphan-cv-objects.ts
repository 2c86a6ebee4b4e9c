import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HOUR_MS } from "../limits";
import type { CvStore } from "./cv-store";

export type SweepSummary = { listed: number; deleted: number };

/** An object younger than this may belong to a submission whose transaction has not committed yet. */
export const ORPHAN_MIN_AGE_MS = HOUR_MS;

/**
 * Deletes the objects under the store's prefix that are older than an hour and that no application_files row
 * names: those of a process that stopped between the upload and the commit, of a delete after commit that
 * failed, and of applications deleted with their posting (the cascade deletes rows only). Run by the daily
 * retention job. PostgreSQL keeps no bytes outside its rows: nothing to sweep.
 */
export async function sweepOrphanCvObjects(db: PrismaClient, store: CvStore, now: Date): Promise<SweepSummary> {
  if (store.kind !== "s3") return { listed: 0, deleted: 0 };
  const cutoff = now.getTime() - ORPHAN_MIN_AGE_MS;
  let listed = 0;
  let deleted = 0;
  for await (const page of store.list()) {
    listed += page.length;
    const old = page.filter((item) => item.lastModified !== null && item.lastModified.getTime() < cutoff).map((item) => item.key);
    if (!old.length) continue;
    const referenced = new Set(
      (await db.applicationFile.findMany({ where: { objectKey: { in: old } }, select: { objectKey: true } })).map((row) => row.objectKey),
    );
    deleted += await store.deleteObjects(old.filter((key) => !referenced.has(key)));
  }
  return { listed, deleted };
}
