import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeApplicationAudit } from "./application-audit";
import { hashDeletionToken, isDeletionToken } from "./deletion-token";

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
 * the recruiters' notes and the emails about it.
 */
export async function withdrawApplication(db: PrismaClient, token: string, now: Date): Promise<"deleted" | "unknown"> {
  if (!isDeletionToken(token)) return "unknown";
  const hash = hashDeletionToken(token);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; posting_id: string }[]>`
      UPDATE applications SET deletion_used_at = ${now}, updated_at = ${now}, name = '', email = '', phone = NULL,
        cover_letter = NULL, link_url = NULL, answers = '[]'::jsonb, ip = NULL
      WHERE deletion_token_hash = ${hash} AND deletion_used_at IS NULL
      RETURNING id, posting_id`;
    const row = rows[0];
    if (!row) return "unknown";
    await tx.applicationFile.deleteMany({ where: { applicationId: row.id } });
    await tx.applicationNote.deleteMany({ where: { applicationId: row.id } });
    await tx.mailMessage.deleteMany({ where: { applicationId: row.id } });
    await writeApplicationAudit(tx, { action: "application.withdraw", entityId: row.id, data: { postingId: row.posting_id }, now });
    return "deleted";
  });
}
