import "server-only";
import type { Tx } from "@/lib/db/posting-writes";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import type { Posting, PostingStatus } from "@/lib/postings";
import { refuse, refuseConflict } from "./refusal";
import type { CmsConflict, PostingTarget } from "./types";

export type LoadedPosting = {
  id: string;
  slug: string;
  status: PostingStatus;
  version: number;
  firstPublishedAt: Date | null;
  publishedAt: Date | null;
  scheduledPublishAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  posting: Posting;
};

export const POSTING_GONE = "This posting no longer exists. It may have been removed by someone else.";

/** Locks the row for the rest of the transaction so two commands on one posting run one after the other. */
export async function loadPosting(tx: Tx, id: string): Promise<LoadedPosting | null> {
  await tx.$queryRaw`SELECT 1 FROM postings WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await tx.posting.findUnique({ where: { id }, include: postingInclude });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    version: row.version,
    firstPublishedAt: row.firstPublishedAt,
    publishedAt: row.publishedAt,
    scheduledPublishAt: row.scheduledPublishAt,
    closedAt: row.closedAt,
    updatedAt: row.updatedAt,
    posting: reshapePosting(row),
  };
}

export async function describeConflict(tx: Tx, loaded: LoadedPosting): Promise<CmsConflict> {
  const revision = await tx.postingRevision.findFirst({
    where: { postingId: loaded.id, version: loaded.version },
    select: { createdAt: true, author: { select: { name: true, email: true } } },
  });
  return {
    version: loaded.version,
    status: loaded.status,
    posting: loaded.posting,
    savedAt: (revision?.createdAt ?? loaded.updatedAt).toISOString(),
    savedBy: revision?.author ? revision.author.name || revision.author.email : null,
  };
}

/** The posting at exactly the version the recruiter worked on; otherwise a conflict carrying what is saved now. */
export async function loadTarget(tx: Tx, target: PostingTarget): Promise<LoadedPosting> {
  const loaded = await loadPosting(tx, target.id);
  if (!loaded) refuse(POSTING_GONE);
  if (loaded.version !== target.version) refuseConflict(await describeConflict(tx, loaded));
  return loaded;
}
