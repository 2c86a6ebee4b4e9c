import "server-only";
import { db } from "@/lib/db/client";
import type { Posting, PostingStatus } from "@/lib/postings";

export type RevisionSummary = { id: string; version: number; status: PostingStatus; action: string | null; createdAt: Date; authorName: string | null };

/** Every saved version of a posting, newest first. */
export async function listRevisions(postingId: string): Promise<RevisionSummary[]> {
  const rows = await db.postingRevision.findMany({
    where: { postingId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, status: true, note: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    action: row.note,
    createdAt: row.createdAt,
    authorName: row.author ? row.author.name || row.author.email : null,
  }));
}

/** One revision's full snapshot, only when it belongs to this posting. */
export async function getRevisionSnapshot(postingId: string, revisionId: string): Promise<{ version: number; posting: Posting } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(revisionId)) return null;
  const row = await db.postingRevision.findFirst({ where: { id: revisionId, postingId }, select: { version: true, snapshot: true } });
  return row ? { version: row.version, posting: row.snapshot as Posting } : null;
}
