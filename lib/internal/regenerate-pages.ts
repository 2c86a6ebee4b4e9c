import { LISTING_PATHS, PUBLIC_TAGS, postingPaths, slugOfTag } from "@/lib/cache/public-tags";
import { onTagsExpired } from "@/lib/cache/tag-expiry-listeners.mjs";

// When public tags expire on this instance — a change made here or announced by another instance
// (lib/cache/shared-tags-handler.mjs) — the pages they cover are rendered again at once, by requesting
// them from this instance, instead of waiting for the next visitor to pay for the render: the changed
// posting's pages first, then the listings, sitemap and feeds. One request at a time, so visitors' requests
// are never crowded out; a page already waiting in the queue is not queued twice, and a visitor asking for
// a page being rendered shares that render. A change touching many postings (the first tick after a start
// expires all of them) renders only the first MAX_POSTINGS of them ahead of visitors.
// CAREERS_REGENERATE: "all" (default), "postings" (only the changed postings' pages: for an instance whose
// postings change faster than it renders the listings, sitemap and feeds), "off".

const MAX_POSTINGS = 10;

export function startPageRegeneration(origin: string): void {
  const mode = process.env.CAREERS_REGENERATE ?? "all";
  if (mode === "off") return;
  const queue: string[] = [];
  const queued = new Set<string>();
  let draining = false;

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        queued.delete(path);
        try {
          await (await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
        } catch {
          // The next visitor renders it instead.
        }
      }
    } finally {
      draining = false;
    }
  }

  onTagsExpired((tags) => {
    const slugs = tags.map(slugOfTag).filter((slug): slug is string => slug !== null).slice(0, MAX_POSTINGS);
    const paths = [...slugs.flatMap(postingPaths), ...(mode === "all" && tags.includes(PUBLIC_TAGS.listing) ? LISTING_PATHS : [])];
    for (const path of paths) {
      if (queued.has(path)) continue;
      queued.add(path);
      queue.push(path);
    }
    void drain();
  });
}
