import type { Tx } from "@/lib/db/posting-writes";
import { publicLocales, type Posting } from "@/lib/postings";
import { postingPath } from "@/lib/public/posting-urls";
import { siteUrl } from "@/lib/public/site-url";

export type UrlNotificationType = "URL_UPDATED" | "URL_DELETED";

/** A posting's public URLs: English, and French once its French version is translated. */
export function publicUrlsOf(posting: Pick<Posting, "slug" | "content" | "frenchTranslated">): string[] {
  const base = siteUrl();
  return publicLocales(posting).map((locale) => `${base}${postingPath(posting.slug, locale)}`);
}

/**
 * Queues URL notifications in the caller's transaction, so a change and its
 * announcement to search engines land together or not at all.
 */
export async function enqueueUrlNotifications(
  tx: Tx,
  input: { urls: readonly string[]; type: UrlNotificationType; postingId?: string | null; now: Date },
): Promise<void> {
  if (input.urls.length === 0) return;
  await tx.urlNotification.createMany({
    data: [...new Set(input.urls)].map((url) => ({ url, type: input.type, postingId: input.postingId ?? null, nextAttemptAt: input.now, createdAt: input.now })),
  });
}

/** One URL notification, in the caller's transaction (the CMS's publish, edit, unpublish and archive commands). */
export async function enqueueUrlNotification(
  tx: Tx,
  input: { url: string; type: UrlNotificationType; postingId?: string | null; now?: Date },
): Promise<void> {
  await enqueueUrlNotifications(tx, { urls: [input.url], type: input.type, postingId: input.postingId, now: input.now ?? new Date() });
}
