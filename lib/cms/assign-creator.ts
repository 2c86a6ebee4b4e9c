import "server-only";
import type { Tx } from "@/lib/db/posting-writes";
import { seesEveryPosting } from "./assignments";
import { recordEvent } from "./record-event";
import type { CmsActor } from "./types";

/** A hiring manager who creates a draft (or a copy) is assigned to it at once, or they could not open it again. */
export async function assignCreator(tx: Tx, actor: CmsActor, postingId: string): Promise<void> {
  if (seesEveryPosting(actor.role)) return;
  await tx.postingAssignment.create({ data: { postingId, userId: actor.id, assignedById: actor.id } });
  await recordEvent(tx, actor, { action: "posting.assign", entityType: "posting", entityId: postingId, data: { userId: actor.id, reason: "creator" } });
}
