import type { Posting } from "@/lib/postings";
import type { PostingStatus, Prisma } from "@/lib/generated/prisma/client";
import { languageRows, postingColumns, type PostingRefs } from "./posting-columns";

// Writes of a posting. Each one records a full revision and an audit row in the
// caller's transaction, so a change never lands without its history.

export type Tx = Prisma.TransactionClient;
/** Who made a change; ip (the client address) goes to the audit row when known. */
export type Actor = { id: string | null; email: string | null; ip?: string | null };

type Timestamps = {
  publishedAt?: Date | null;
  firstPublishedAt?: Date | null;
  lastPublicChangeAt?: Date | null;
  closedAt?: Date | null;
  scheduledPublishAt?: Date | null;
};

export async function resolveRefs(tx: Tx, posting: Posting): Promise<PostingRefs> {
  const team = await tx.team.findUnique({ where: { slug: posting.teamSlug }, select: { id: true } });
  if (!team) throw new Error(`Unknown team "${posting.teamSlug}"`);
  const officeSlug = posting.location.office?.slug;
  if (!officeSlug) return { teamId: team.id, officeId: null };
  const office = await tx.office.findUnique({ where: { slug: officeSlug }, select: { id: true } });
  if (!office) throw new Error(`Unknown office "${officeSlug}"`);
  return { teamId: team.id, officeId: office.id };
}

export async function recordRevision(
  tx: Tx,
  input: { postingId: string; version: number; status: PostingStatus; posting: Posting; actor: Actor; action: string; data?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.postingRevision.create({
    data: {
      postingId: input.postingId,
      version: input.version,
      status: input.status,
      snapshot: input.posting as Prisma.InputJsonValue,
      authorId: input.actor.id,
      note: input.action,
    },
  });
  await tx.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actor.id,
      actorEmail: input.actor.email,
      entityType: "posting",
      entityId: input.postingId,
      ip: input.actor.ip ?? null,
      data: { slug: input.posting.slug, version: input.version, status: input.status, ...input.data },
    },
  });
}

export async function insertPosting(
  tx: Tx,
  posting: Posting,
  options: { status: PostingStatus; actor: Actor; action: string; data?: Prisma.InputJsonObject } & Timestamps,
): Promise<{ id: string; version: number }> {
  const { status, actor, action, data, ...timestamps } = options;
  const row = await tx.posting.create({
    data: { ...postingColumns(posting, await resolveRefs(tx, posting)), ...timestamps, status, authorId: actor.id },
    select: { id: true, version: true },
  });
  await tx.postingLanguage.createMany({ data: languageRows(posting).map((language) => ({ ...language, postingId: row.id })) });
  await recordRevision(tx, { postingId: row.id, version: row.version, status, posting, actor, action, data });
  return row;
}

/**
 * Replaces a posting's content when it is still at expectedVersion (optimistic
 * concurrency); returns null when someone else saved first.
 */
export async function replacePosting(
  tx: Tx,
  input: {
    id: string;
    expectedVersion: number;
    posting: Posting;
    status: PostingStatus;
    actor: Actor;
    action: string;
    data?: Prisma.InputJsonObject;
  } & Timestamps,
): Promise<{ version: number } | null> {
  const { id, expectedVersion, posting, status, actor, action, data, ...timestamps } = input;
  const columns = postingColumns(posting, await resolveRefs(tx, posting));
  const { count } = await tx.posting.updateMany({
    where: { id, version: expectedVersion },
    data: { ...columns, ...timestamps, status, version: { increment: 1 } },
  });
  if (count === 0) return null;
  const version = expectedVersion + 1;
  await tx.postingLanguage.deleteMany({ where: { postingId: id } });
  await tx.postingLanguage.createMany({ data: languageRows(posting).map((language) => ({ ...language, postingId: id })) });
  await recordRevision(tx, { postingId: id, version, status, posting, actor, action, data });
  return { version };
}
