import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import { replacePosting } from "@/lib/db/posting-writes";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueUrlNotifications, publicUrlsOf } from "@/lib/indexing/enqueue";

// Closes published postings whose closing instant has passed: status EXPIRED,
// closedAt and lastPublicChangeAt set, a revision and an audit row, and
// URL_DELETED queued for each public URL, all in one transaction per posting.
// A transaction-level advisory lock makes concurrent runs (several app
// instances) skip rather than close a posting twice.

const EXPIRY_LOCK = 72707370;
const SYSTEM = { id: null, email: "system:expiry" };

export async function expirePostings(db: PrismaClient, now: Date): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${EXPIRY_LOCK}) AS locked`;
      if (!lock?.locked) return [];
      const due = await tx.posting.findMany({
        where: { status: "PUBLISHED", validThrough: { lte: now } },
        include: postingInclude,
        orderBy: { validThrough: "asc" },
      });
      const closed: string[] = [];
      for (const row of due) {
        const posting = reshapePosting(row);
        const result = await replacePosting(tx, {
          id: row.id,
          expectedVersion: row.version,
          posting,
          status: "EXPIRED",
          actor: SYSTEM,
          action: "posting.expire",
          data: { slug: row.slug, validThrough: row.validThrough?.toISOString() ?? null },
          closedAt: now,
          lastPublicChangeAt: now,
        });
        if (!result) continue;
        await enqueueUrlNotifications(tx, { urls: publicUrlsOf(posting), type: "URL_DELETED", postingId: row.id, now });
        closed.push(row.slug);
      }
      return closed;
    },
    { timeout: 60_000 },
  );
}
