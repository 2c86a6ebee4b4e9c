import "server-only";
import { after } from "next/server";
import { revalidateTag } from "next/cache";
import { acceleratorTargets } from "./accelerator-bans";
import { PUBLIC_TAGS } from "./public-tags";
import { noteExpiredHere } from "./recent-expiries";

/**
 * Expires the public pages a change touches, at once: `{ expire: 0 }` means the
 * next visitor gets fresh data, never the stale page (a closed role must not
 * stay open for one more request). Call it from server actions and route handlers.
 * Every other instance expires them too (lib/cache/shared-tags-handler.mjs), and each instance bans them from
 * the accelerators in front once it has (lib/cache/ban-on-expiry.ts). With accelerators (CACHE_PURGE_URL),
 * the outbox rows the change queued (its "cache purge" engine, which retries) are sent right after the
 * response rather than at the next tick.
 */
export function revalidatePublicPostings(slugs: readonly string[]): void {
  const tags = [PUBLIC_TAGS.listing, ...[...new Set(slugs)].map((slug) => PUBLIC_TAGS.posting(slug))];
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  noteExpiredHere(slugs);
  if (acceleratorTargets().length > 0) {
    after(async () => {
      const { kickOutbox } = await import("@/lib/indexing/kick-outbox");
      await kickOutbox();
    });
  }
}
