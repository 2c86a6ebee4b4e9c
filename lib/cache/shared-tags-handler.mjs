// The "use cache" handler of every app instance (next.config.ts → cacheHandlers.default), loaded by Node
// as is (plain JavaScript, not bundled).
//
// Entries stay in this process's memory (Next's own LRU, same size as cacheMaxMemorySize); what is shared
// is the invalidation. Next keeps one table of revalidated tags per process (tags-manifest.external), read
// both by "use cache" entries and by the rendered-page cache (ISR). When a change on any instance expires a
// tag (revalidateTag → updateTags), this handler records it in a shared store and announces it; every other
// instance writes it into its own table at once, so its cached data and pages for that tag are stale from
// that moment. The store is PostgreSQL (table cache_tags + NOTIFY cache_tags) by default, Redis when
// REDIS_URL is set (lib/cache/tag-bus-redis.mjs). If the announcement channel is down (start-up, a lost
// connection), each request first catches up from the store, at most every CATCH_UP_MS; the minute tick
// (lib/internal/scheduler.ts) stays as a last safety net.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { tagExpiryListeners } from "./tag-expiry-listeners.mjs";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const MEMORY_BYTES = 32 * 1024 * 1024; // next.config.ts cacheMaxMemorySize
const CATCH_UP_MS = 250;
const INSTANCE = randomUUID();

const local = createDefaultCacheHandler(MEMORY_BYTES);

// Who wants to know that tags expired here: lib/internal/regenerate-pages.ts renders their pages again at
// once, lib/cache/ban-on-expiry.ts bans them from the accelerators in front.
const expiryListeners = tagExpiryListeners();
let expiredSoon = null;

/** Tells the listeners, once per turn of the event loop, which tags have just expired. */
function announceExpired(tag) {
  if (expiredSoon === null) {
    expiredSoon = new Set();
    setImmediate(() => {
      const tags = [...expiredSoon];
      expiredSoon = null;
      for (const listener of expiryListeners) {
        try {
          listener(tags);
        } catch (error) {
          console.error("[careers] tag expiry listener failed:", error);
        }
      }
    });
  }
  expiredSoon.add(tag);
}

/** An expiry that takes effect now: not a future one, not an old event read again by a catch-up. */
function expiresNow(expired) {
  const now = Date.now();
  return typeof expired === "number" && expired <= now + 1_000 && expired > now - 60_000;
}

/** Writes a revalidation into this process's tag table, keeping the later of two events. */
export function applyTagEvent(tag, stale, expired) {
  const entry = { ...(tagsManifest.get(tag) ?? {}) };
  if (typeof stale === "number" && !(entry.stale >= stale)) entry.stale = stale;
  const newer = typeof expired === "number" && !(entry.expired >= expired);
  if (newer) entry.expired = expired;
  tagsManifest.set(tag, entry);
  if (newer && expiresNow(expired)) announceExpired(tag);
}

function building() {
  return (process.env.NEXT_PHASE ?? "").includes("build");
}

let busPromise = null;

/** The shared store and announcement channel, started on first use; null when there is none to share. */
function bus() {
  if (busPromise) return busPromise;
  if (building() || (!process.env.REDIS_URL && !process.env.DATABASE_URL)) {
    busPromise = Promise.resolve(null);
    return busPromise;
  }
  const options = { instance: INSTANCE, apply: applyTagEvent };
  busPromise = (process.env.REDIS_URL
    ? import("./tag-bus-redis.mjs").then((m) => m.createRedisTagBus(process.env.REDIS_URL, options))
    : import("./tag-bus-postgres.mjs").then((m) => m.createPostgresTagBus(process.env.DATABASE_URL, options))
  ).catch((error) => {
    console.error("[careers] shared cache invalidation unavailable, this instance only expires its own tags:", error);
    busPromise = null;
    return null;
  });
  return busPromise;
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => local.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => local.set(cacheKey, pendingEntry),
  async refreshTags() {
    const shared = await bus();
    if (shared && !shared.listening()) await shared.catchUp(CATCH_UP_MS);
  },
  getExpiration: (tags) => local.getExpiration(tags),
  async updateTags(tags, durations) {
    const now = Math.round(performance.timeOrigin + performance.now());
    const stale = durations ? now : undefined;
    const expired = durations ? (durations.expire !== undefined ? now + durations.expire * 1000 : undefined) : now;
    for (const tag of tags) {
      applyTagEvent(tag, stale, expired);
      // A change made here is announced whatever the table held: Next's built-in handler, which it keeps
      // calling beside this one (next/dist/server/use-cache/handlers.js), writes the same table for the same
      // revalidation first, with the same instant, so the event above is no newer and went unannounced.
      if (expiresNow(expired)) announceExpired(tag);
    }
    const shared = await bus();
    if (shared) await shared.publish(tags, stale ?? null, expired ?? null);
  },
};

export default handler;
