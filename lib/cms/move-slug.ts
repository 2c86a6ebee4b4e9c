import "server-only";
import type { Tx } from "@/lib/db/posting-writes";
import { refuse } from "./refusal";

export const SLUG_TAKEN = "This address is already used by another posting (or still redirects to one). Choose another.";

/** Refuses an address another posting has, or one that still redirects to another posting. */
export async function assertSlugFree(tx: Tx, slug: string, postingId: string | null): Promise<void> {
  // One after the other: a transaction is one connection.
  const posting = await tx.posting.findUnique({ where: { slug }, select: { id: true } });
  const redirect = await tx.postingSlugRedirect.findUnique({ where: { slug }, select: { postingId: true } });
  if ((posting && posting.id !== postingId) || (redirect && redirect.postingId !== postingId)) {
    refuse("This address is taken. Nothing was saved.", { slug: [SLUG_TAKEN] });
  }
}

/**
 * A new address for a posting: the old one keeps answering with a permanent
 * redirect (the proxy reads posting_slug_redirects), and moving back to an
 * old address takes that address out of the redirects.
 */
export async function moveSlug(tx: Tx, postingId: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  await assertSlugFree(tx, to, postingId);
  await tx.postingSlugRedirect.deleteMany({ where: { slug: to, postingId } });
  await tx.postingSlugRedirect.upsert({ where: { slug: from }, create: { slug: from, postingId }, update: { postingId } });
}
