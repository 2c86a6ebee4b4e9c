// The rendered-page cache of every app instance (next.config.ts → cacheHandler), loaded by Node as is.
//
// It is Next's own in-memory page cache (FileSystemCache, with isrFlushToDisk off), with one correction.
// Next dates a stored page by when it was stored, so a render that read the data before a change and
// finished after the change expired its tags was kept as if fresh — until the next change. With pages
// rendered again the moment a change is announced (lib/internal/regenerate-pages.ts) such overlaps are
// common: an unpublishing made while the previous edit's pages were still rendering stayed listed. Here each
// stored page remembers when the render that made it started (the lookup that missed, on the same
// request's handler, just before it), and a page whose tags expired after that instant is a miss.
// And each stored page's HTML is kept as a one-byte string (lib/cache/one-byte-html.mjs), which Next hashes
// and sends several times faster than the two-byte string a single "’" makes of it.
import { createRequire } from "node:module";
import { toOneByteHtml } from "./one-byte-html.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const TAGS_HEADER = "x-next-cache-tags";
/** A stored value → when the render that produced it started. */
const renderedFrom = new WeakMap();

/** Page values whose HTML is one-byte already (values read back from the build's prerendered files are narrowed on first use). */
const narrowed = new WeakSet();

const now = () => performance.timeOrigin + performance.now();

function narrow(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || narrowed.has(value)) return;
  value.html = toOneByteHtml(value.html);
  narrowed.add(value);
}

export default class PageCacheHandler extends FileSystemCache {
  // One handler per request (Next creates an IncrementalCache per request): its lookups, by key.
  #lookedUpAt = new Map();

  async get(key, ctx) {
    this.#lookedUpAt.set(key, now());
    const data = await super.get(key, ctx);
    const startedAt = data?.value ? renderedFrom.get(data.value) : undefined;
    const tags = data?.value?.headers?.[TAGS_HEADER];
    if (startedAt !== undefined && typeof tags === "string" && areTagsExpired(tags.split(","), startedAt)) return null;
    narrow(data?.value);
    return data;
  }

  async set(key, data, ctx) {
    const startedAt = this.#lookedUpAt.get(key);
    this.#lookedUpAt.delete(key);
    // A value stored again as it was (Next keeps the previous page when a render fails) keeps its own date.
    if (data && typeof data === "object" && startedAt !== undefined && !renderedFrom.has(data)) renderedFrom.set(data, startedAt);
    narrow(data);
    return super.set(key, data, ctx);
  }
}
