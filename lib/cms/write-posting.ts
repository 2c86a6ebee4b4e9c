import "server-only";
import { replacePosting, type Tx } from "@/lib/db/posting-writes";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Posting, PostingStatus } from "@/lib/postings";
import { enqueueUrlNotifications, publicUrlsOf } from "@/lib/indexing/enqueue";
import { changedAreas, diffPostings } from "./diff-postings";
import { describeConflict, loadPosting, type LoadedPosting } from "./load-posting";
import { moveSlug } from "./move-slug";
import { refuse, refuseConflict } from "./refusal";
import type { CmsActor, CmsChange } from "./types";

export type PostingTimestamps = {
  publishedAt?: Date | null;
  firstPublishedAt?: Date | null;
  lastPublicChangeAt?: Date | null;
  closedAt?: Date | null;
  scheduledPublishAt?: Date | null;
};

export type WritePostingInput = {
  actor: CmsActor | null;
  now: Date;
  loaded: LoadedPosting;
  posting: Posting;
  status: PostingStatus;
  action: string;
  timestamps?: PostingTimestamps;
  data?: Prisma.InputJsonObject;
};

/**
 * Every change to an existing posting goes through here: address move with
 * its redirect, the new version, its revision and audit row, and the sitemap's
 * lastmod when what the public reads changes (content while live, going live,
 * going off).
 */
export async function writePosting(tx: Tx, input: WritePostingInput): Promise<CmsChange> {
  const { loaded, posting, status, now } = input;
  await moveSlug(tx, loaded.id, loaded.slug, posting.slug);
  const changes = diffPostings(loaded.posting, posting);
  const wasLive = loaded.status === "PUBLISHED";
  const isLive = status === "PUBLISHED";
  const publicChange = (isLive && (!wasLive || changes.length > 0)) || (wasLive && !isLive);
  const result = await replacePosting(tx, {
    id: loaded.id,
    expectedVersion: loaded.version,
    posting,
    status,
    actor: { id: input.actor?.id ?? null, email: input.actor?.email ?? null, ip: input.actor?.ip ?? null },
    action: input.action,
    data: { from: loaded.status, changed: changedAreas(changes), ...(loaded.slug !== posting.slug ? { previousSlug: loaded.slug } : {}), ...input.data },
    ...(publicChange ? { lastPublicChangeAt: now } : {}),
    ...input.timestamps,
  });
  if (!result) {
    const current = await loadPosting(tx, loaded.id);
    if (!current) refuse("This posting no longer exists.");
    refuseConflict(await describeConflict(tx, current));
  }
  // Tell search engines in the same transaction: what went away, and what is new or changed while live.
  const oldUrls = wasLive ? publicUrlsOf(loaded.posting) : [];
  const newUrls = isLive ? publicUrlsOf(posting) : [];
  await enqueueUrlNotifications(tx, { urls: oldUrls.filter((url) => !newUrls.includes(url)), type: "URL_DELETED", postingId: loaded.id, now });
  if (publicChange) await enqueueUrlNotifications(tx, { urls: newUrls, type: "URL_UPDATED", postingId: loaded.id, now });
  const everPublic = loaded.firstPublishedAt !== null || isLive;
  return {
    id: loaded.id,
    version: result.version,
    status,
    slug: posting.slug,
    publicSlugs: everPublic ? [...new Set([posting.slug, loaded.slug])] : [],
    posting,
  };
}
