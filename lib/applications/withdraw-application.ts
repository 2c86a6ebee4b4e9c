import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeApplicationAudit } from "./application-audit";
import { hashDeletionToken, isDeletionToken } from "./deletion-token";
import { configuredCvStore } from "./file-store/configured-cv-store";
import { objectKeysOf, type CvStore } from "./file-store/cv-store";

export type DeletionState = "active" | "used" | "unknown";

/** What the candidate's deletion link points at: an application to delete, one already deleted, or nothing. */
export async function deletionState(db: PrismaClient, token: string): Promise<DeletionState> {
  if (!isDeletionToken(token)) return "unknown";
  const row = await db.application.findUnique({ where: { deletionTokenHash: hashDeletionToken(token) }, select: { deletionUsedAt: true } });
  return !row ? "unknown" : row.deletionUsedAt ? "used" : "active";
}

/**
 * The candidate's own deletion, once per link: one UPDATE both checks the link is unused and marks it used
 * (two clicks at once cannot both pass), erases the personal data (the row stays as an empty tombstone so
 * the link can say "already used" until retention removes it), and in the same transaction deletes the CV,
 * the recruiters' notes and the emails about it. A CV kept in S3 is deleted after the commit.
 */
export async function withdrawApplication(db: PrismaClient, token: string, now: Date, options: { store?: CvStore } = {}): Promise<"deleted" | "unknown"> {
  if (!isDeletionToken(token)) return "unknown";
  const hash = hashDeletionToken(token);
  const outcome = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; posting_id: string }[]>`
      UPDATE applications SET deletion_used_at = ${now}, updated_at = ${now}, name = '', email = '', phone = NULL,
        cover_letter = NULL, link_url = NULL, answers = '[]'::jsonb, ip = NULL
      WHERE deletion_token_hash = ${hash} AND deletion_used_at IS NULL
      RETURNING id, posting_id`;
    const row = rows[0];
    if (!row) return { state: "unknown" as const, objectKeys: [] };
    const objectKeys = objectKeysOf(await tx.applicationFile.findMany({ where: { applicationId: row.id }, select: { objectKey: true } }));
    await tx.applicationFile.deleteMany({ where: { applicationId: row.id } });
    await tx.applicationNote.deleteMany({ where: { applicationId: row.id } });
    await tx.mailMessage.deleteMany({ where: { applicationId: row.id } });
    await writeApplicationAudit(tx, { action: "application.withdraw", entityId: row.id, data: { postingId: row.posting_id }, now });
    return { state: "deleted" as const, objectKeys };
  });
  await (options.store ?? (await configuredCvStore())).deleteObjects(outcome.objectKeys);
  return outcome.state;
}
