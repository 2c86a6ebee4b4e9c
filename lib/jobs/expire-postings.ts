import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import { replacePosting } from "@/lib/db/posting-writes";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueUrlNotifications, publicUrlsOf } from "@/lib/indexing/enqueue";

// Closes published postings whose closing instant has passed: status EXPIRED,
// closedAt and lastPublicChangeAt set, a revision and an audit row, and
// URL_DELETED queued for each public URL, all in one transaction per posting.
// A transaction-level advisory lock makes concurrent runs (several app
// instances) skip rather than close a posting twice. Postings are closed in
// batches (one transaction each) so that a backlog — the app was down for a
// week — never makes one huge transaction; until then the public pages already
// hide them (openPostingWhere compares validThrough with the clock).

const EXPIRY_LOCK = 72707370;
const BATCH = 100;
const MAX_BATCHES = 50; // 5,000 a run; a larger backlog finishes at the next ticks.
const SYSTEM = { id: null, email: "system:expiry" };

export async function expirePostings(db: PrismaClient, now: Date): Promise<string[]> {
  const closed: string[] = [];
  for (let run = 0; run < MAX_BATCHES; run++) {
    const batch = await expireBatch(db, now);
    closed.push(...batch.closed);
    if (!batch.locked || batch.found < BATCH) break;
  }
  return closed;
}

async function expireBatch(db: PrismaClient, now: Date): Promise<{ locked: boolean; found: number; closed: string[] }> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${EXPIRY_LOCK}) AS locked`;
      if (!lock?.locked) return { locked: false, found: 0, closed: [] };
      const due = await tx.posting.findMany({
        where: { status: "PUBLISHED", validThrough: { lte: now } },
        include: postingInclude,
        orderBy: [{ validThrough: "asc" }, { id: "asc" }],
        take: BATCH,
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
      return { locked: true, found: due.length, closed };
    },
    { timeout: 60_000 },
  );
}
