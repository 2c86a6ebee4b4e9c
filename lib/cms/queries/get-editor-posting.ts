import "server-only";
import { db } from "@/lib/db/client";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import type { Posting, PostingStatus } from "@/lib/postings";

export type EditorPosting = {
  id: string;
  version: number;
  status: PostingStatus;
  posting: Posting;
  teamName: string;
  everPublished: boolean;
  scheduledPublishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  authorName: string | null;
  redirectsFrom: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A posting as the editor opens it, or null for an unknown (or malformed) id. */
export async function getEditorPosting(id: string): Promise<EditorPosting | null> {
  if (!UUID.test(id)) return null;
  const row = await db.posting.findUnique({
    where: { id },
    include: { ...postingInclude, author: { select: { name: true, email: true } }, redirects: { select: { slug: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    posting: reshapePosting(row),
    teamName: row.team.name,
    everPublished: row.firstPublishedAt !== null,
    scheduledPublishAt: row.scheduledPublishAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    authorName: row.author ? row.author.name || row.author.email : null,
    redirectsFrom: row.redirects.map((redirect) => redirect.slug),
  };
}
