import { slugOfTag } from "./public-tags";
import { onTagsExpired } from "./tag-expiry-listeners.mjs";

// The posting slugs whose pages this instance expired, and when: its own changes (revalidatePublicPostings
// records them) and those another instance announced through the shared invalidation (startNotingExpiries).
//
// The tick (app/api/internal/tick) expires the pages of postings changed "outside" since its last run: another
// instance's change while the shared invalidation was down, a seed, a script. A change made on any instance was
// expired — here and, through the announcement, on every instance — the moment it was saved; expiring it again
// at the next tick made every instance render those pages a second time, a few hundred milliseconds to a minute
// after the first, banned them from the accelerators again, and a visitor could meet that second render. Kept
// in globalThis: the actions and the tick route may load this module in different server bundles of the same
// process.

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

/** Notes every posting expiry that takes effect on this instance, whichever instance made the change. */
export function startNotingExpiries(): () => void {
  return onTagsExpired((tags) => noteExpiredHere(tags.map(slugOfTag).filter((slug): slug is string => slug !== null)));
}
