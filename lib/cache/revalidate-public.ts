import "server-only";
import { after } from "next/server";
import { revalidateTag } from "next/cache";
import { PUBLIC_TAGS } from "./public-tags";

/**
 * Expires the public pages a change touches, at once: `{ expire: 0 }` means the
 * next visitor gets fresh data, never the stale page (a closed role must not
 * stay open for one more request). Call it from server actions and route handlers.
 * Every other instance expires them too (lib/cache/shared-tags-handler.mjs). With an accelerator in front
 * (CACHE_PURGE_URL), the outbox's cache-purge engine bans them there right after the response, not at the
 * next tick: lib/indexing/kick-outbox.ts.
 */
export function revalidatePublicPostings(slugs: readonly string[]): void {
  revalidateTag(PUBLIC_TAGS.listing, { expire: 0 });
  for (const slug of new Set(slugs)) revalidateTag(PUBLIC_TAGS.posting(slug), { expire: 0 });
  if (process.env.CACHE_PURGE_URL) {
    after(async () => {
      const { kickOutbox } = await import("@/lib/indexing/kick-outbox");
      await kickOutbox();
    });
  }
}
