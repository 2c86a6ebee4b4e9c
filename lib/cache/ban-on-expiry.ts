import { acceleratorTargets, banCacheTags } from "./accelerator-bans";
import { PUBLIC_TAGS, slugOfTag } from "./public-tags";
import { onTagsExpired } from "./tag-expiry-listeners.mjs";

// With accelerators in front (CACHE_PURGE_URL), every instance bans there the public tags that expire on it,
// as soon as its own tag table has them — whether the change was made here or announced by another instance.
// A ban sent only by the instance that made the change can reach Varnish before another instance has heard of
// the change: Varnish would then fetch the old page from that instance and keep it. With every instance
// banning after it has expired, the last ban comes after the last instance knows. The outbox's "cache purge"
// engine (lib/indexing/senders.ts) sends the changed postings' bans again, with retries, should these fail.

const isPublicTag = (tag: string) => tag === PUBLIC_TAGS.listing || slugOfTag(tag) !== null;

/** Starts banning expired public tags from the accelerators; returns the stop (a no-op without accelerators). */
export function startAcceleratorBans(): () => void {
  if (acceleratorTargets().length === 0) return () => undefined;
  const pending = new Set<string>();
  let sending = false;

  // One round of bans at a time; tags that expire meanwhile go in the next round, each once.
  async function send(): Promise<void> {
    if (sending) return;
    sending = true;
    try {
      while (pending.size > 0) {
        const tags = [...pending];
        pending.clear();
        await banCacheTags(tags).catch((error: unknown) => console.error("[careers] accelerator ban failed; the outbox retries:", error instanceof Error ? error.message : error));
      }
    } finally {
      sending = false;
    }
  }

  return onTagsExpired((tags) => {
    const banned = tags.filter(isPublicTag);
    if (banned.length === 0) return;
    for (const tag of banned) pending.add(tag);
    void send();
  });
}
