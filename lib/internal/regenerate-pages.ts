import { performance } from "node:perf_hooks";
import { LISTING_PATHS, PUBLIC_TAGS, postingPaths, slugOfTag } from "@/lib/cache/public-tags";
import { requestGate } from "@/lib/cache/request-gate-control.mjs";
import { onTagsExpired } from "@/lib/cache/tag-expiry-listeners.mjs";

// When public tags expire on this instance — a change made here or announced by another instance
// (lib/cache/shared-tags-handler.mjs) — the pages they cover are rendered again at once, by requesting
// them from this instance, instead of waiting for the next visitor to pay for the render: the changed
// postings' pages first (ahead of any listing still queued from an earlier change), then the listings,
// sitemap and feeds. One request at a time; a page already waiting in the queue is not queued twice. A change
// touching many postings (the first tick after a start expires all of them) renders only the first
// MAX_POSTINGS of them ahead of visitors.
//
// Under load a render shares the process with every visitor's request in flight: each of its awaits waits
// behind the requests that came in meanwhile, and a render of ~60 ms takes a second or more. So visitors'
// requests wait before Next sees them, at the launcher's request gate (lib/launcher/request-gate.mjs): every
// page while a changed posting's pages render (build assets, the admin area and the API never wait), then only
// the pages still to be rendered, each until it is. The renders get the process to themselves, and the
// waiting visitors are answered from the fresh pages. No request waits more than CAREERS_REGENERATION_HOLD_MS
// (300 by default; 0 lets nothing wait). Only a busy instance makes them wait — its event loop working at least
// half of the time when the change arrives: on an idle one they would not slow the renders down, and would
// only wait for the queue to reach their page instead of having it rendered at once.
// CAREERS_REGENERATE: "all" (default), "postings" (only the changed postings' pages: for an instance whose
// postings change faster than it renders the listings, sitemap and feeds), "off".

const MAX_POSTINGS = 10;
const HOLD_MS = Number(process.env.CAREERS_REGENERATION_HOLD_MS ?? 300);
const NEVER_WAITS = /^\/(_next|admin|api)(\/|$)/i;
// Busy: the event loop was working at least this share of the time over the last second or so.
const BUSY_LOOP = 0.5;

export function startPageRegeneration(origin: string): void {
  const mode = process.env.CAREERS_REGENERATE ?? "all";
  if (mode === "off") return;
  const queues = { postings: [] as string[], listings: [] as string[] };
  const queued = new Set<string>();
  let rendering: { path: string; posting: boolean } | null = null;
  let draining = false;
  let holding = false;
  const gate = requestGate();
  const headers: Record<string, string> = gate ? { "x-careers-regeneration": gate.token } : {};
  // The event loop's utilization over the last one to two seconds (performance.eventLoopUtilization since the
  // older of two marks taken a second apart).
  let older = performance.eventLoopUtilization();
  let newer = older;
  setInterval(() => {
    older = newer;
    newer = performance.eventLoopUtilization();
  }, 1_000).unref();
  const busy = () => performance.eventLoopUtilization(older).utilization >= BUSY_LOOP;
  if (gate && HOLD_MS > 0) {
    gate.maxWaitMs = HOLD_MS;
    gate.waitsFor = (pathname) =>
      holding &&
      (((rendering?.posting === true || queues.postings.length > 0) && !NEVER_WAITS.test(pathname)) || queued.has(pathname) || rendering?.path === pathname);
  }

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      for (;;) {
        const posting = queues.postings.length > 0;
        const path = queues.postings.shift() ?? queues.listings.shift();
        if (path === undefined) break;
        queued.delete(path);
        rendering = { path, posting };
        try {
          await (await fetch(`${origin}${path}`, { headers, signal: AbortSignal.timeout(30_000) })).arrayBuffer();
        } catch {
          // The next visitor renders it instead.
        }
        rendering = null;
        gate?.update();
      }
    } finally {
      draining = false;
      holding = false;
      gate?.update();
    }
  }

  onTagsExpired((tags) => {
    const slugs = tags.map(slugOfTag).filter((slug): slug is string => slug !== null).slice(0, MAX_POSTINGS);
    const add = (queue: string[], paths: readonly string[]) => {
      for (const path of paths) {
        if (queued.has(path)) continue;
        queued.add(path);
        queue.push(path);
      }
    };
    add(queues.postings, slugs.flatMap(postingPaths));
    if (mode === "all" && tags.includes(PUBLIC_TAGS.listing)) add(queues.listings, LISTING_PATHS);
    // Visitors wait only on a busy instance: on an idle one they would not slow the renders down.
    holding ||= busy();
    void drain();
  });
}
