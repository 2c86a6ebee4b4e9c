import "server-only";
import { revalidateTag } from "next/cache";
import { PUBLIC_TAGS } from "./public-tags";

/**
 * Expires the public pages a change touches, at once: `{ expire: 0 }` means the
 * next visitor gets fresh data, never the stale page (a closed role must not
 * stay open for one more request). Call it from server actions and route handlers.
 */
export function revalidatePublicPostings(slugs: readonly string[]): void {
  revalidateTag(PUBLIC_TAGS.listing, { expire: 0 });
  for (const slug of new Set(slugs)) revalidateTag(PUBLIC_TAGS.posting(slug), { expire: 0 });
}
