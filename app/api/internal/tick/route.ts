import { revalidatePublicPostings } from "@/lib/cache/revalidate-public";
import { expiredHereSince } from "@/lib/cache/recent-expiries";
import { db } from "@/lib/db/client";
import { isInternalRequest } from "@/lib/internal/internal-token";
import { runScheduledJobs } from "@/lib/jobs/run-scheduled-jobs";

// The minute tick (lib/internal/scheduler.ts): expiry, scheduled publishing and
// the URL-notification outbox, then the public pages they touched are expired.
// It also expires the pages of postings changed outside the app since the last
// tick (a seed, a script, another instance while the shared invalidation was
// down; not the changes already expired here, whichever instance made them,
// lib/cache/recent-expiries.ts), and every public page at the first tick after
// start: data may have changed while it was down.
// Only the app itself may call it: the token derives from AUTH_SECRET.

const state: { lastSeen: Date | null } = { lastSeen: null };

/** Slugs of postings changed since `since` (all of them at the first tick), except changes already expired here. */
async function changedSince(since: Date | null): Promise<string[]> {
  const where = since ? { updatedAt: { gt: since } } : {};
  const [postings, redirects] = await Promise.all([
    db.posting.findMany({ where, select: { slug: true, updatedAt: true } }),
    db.postingSlugRedirect.findMany({ where: since ? { posting: { updatedAt: { gt: since } } } : {}, select: { slug: true, posting: { select: { updatedAt: true } } } }),
  ]);
  const changes = [...postings, ...redirects.map((row) => ({ slug: row.slug, updatedAt: row.posting.updatedAt }))];
  return changes.filter((change) => since === null || !expiredHereSince(change.slug, change.updatedAt)).map((change) => change.slug);
}

export async function POST(request: Request): Promise<Response> {
  if (!isInternalRequest(request)) return new Response("Not found", { status: 404 });
  const startedAt = new Date();
  const summary = await runScheduledJobs(startedAt);
  const outside = await changedSince(state.lastSeen);
  const slugs = [...new Set([...summary.changedSlugs, ...outside])];
  if (slugs.length || state.lastSeen === null) revalidatePublicPostings(slugs);
  state.lastSeen = new Date(startedAt.getTime() - 1_000); // overlap: a write committing during this tick is seen next time
  return Response.json({ ...summary, revalidated: slugs.length }, { headers: { "Cache-Control": "no-store" } });
}
