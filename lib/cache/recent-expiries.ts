// The posting slugs this instance expired itself, and when (revalidatePublicPostings records them).
//
// The tick (app/api/internal/tick) expires the pages of postings changed "outside" this instance since its last
// run: another instance's change when the shared invalidation was down, a seed, a script. A change a recruiter
// made here was expired — and announced to every instance — the moment it was saved; expiring it again at the
// next tick made every instance render those pages a second time, a few hundred milliseconds to a minute after
// the first, and a visitor could meet that second render. Kept in globalThis: the actions and the tick route may
// load this module in different server bundles of the same process.

const KEEP_MS = 10 * 60_000;
const KEY = Symbol.for("careers.recent-expiries");

function store(): Map<string, number> {
  const holder = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;
  return (holder[KEY] ??= new Map());
}

/** Records that this instance expired these slugs' pages at `at`; forgets entries older than ten minutes. */
export function noteExpiredHere(slugs: readonly string[], at = Date.now()): void {
  const expiries = store();
  for (const slug of slugs) expiries.set(slug, at);
  for (const [slug, when] of expiries) if (at - when > KEEP_MS) expiries.delete(slug);
}

/** Whether this instance expired the slug's pages at or after `changedAt` (so that change needs nothing more). */
export function expiredHereSince(slug: string, changedAt: Date): boolean {
  const when = store().get(slug);
  return when !== undefined && when >= changedAt.getTime();
}
