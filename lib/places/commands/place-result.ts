import type { Tx } from "@/lib/db/posting-writes";

/** What an office or team change returns: the row, and the public pages showing it (to expire). */
export type PlaceChange = { id: string; name: string; publicSlugs: string[] };

/** The slugs of the postings that show this office or team; their public pages repeat its name and address. */
export async function postingSlugsUsing(tx: Tx, where: { officeId: string } | { teamId: string }): Promise<string[]> {
  const rows = await tx.posting.findMany({ where, select: { slug: true } });
  return rows.map((row) => row.slug);
}
