import "server-only";
import { POSTING_GONE } from "../load-posting";
import { recordEvent } from "../record-event";
import { refuse } from "../refusal";
import { requirePermission } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsResult } from "../types";

export type SetAssignmentInput = { postingId: string; userId: string; assigned: boolean };

export const NOT_A_HIRING_MANAGER = "Choose an active hiring manager from the list.";

/**
 * Adds or removes one hiring manager on a posting (admins and recruiters). Idempotent: assigning someone
 * already assigned, or removing someone who is not, changes nothing and writes no audit row.
 */
export function setAssignment(actor: CmsActor, input: SetAssignmentInput, options: CommandOptions = {}): Promise<CmsResult<{ changed: boolean }>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "posting.assign");
    const posting = await tx.posting.findUnique({ where: { id: input.postingId }, select: { id: true, slug: true } });
    if (!posting) refuse(POSTING_GONE);
    const key = { postingId_userId: { postingId: posting.id, userId: input.userId } };
    const existing = await tx.postingAssignment.findUnique({ where: key, select: { userId: true } });
    if (input.assigned) {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, disabledAt: true } });
      if (!user || user.role !== "HIRING_MANAGER" || user.disabledAt !== null) refuse(NOT_A_HIRING_MANAGER, { userId: [NOT_A_HIRING_MANAGER] });
      if (existing) return { changed: false };
      await tx.postingAssignment.create({ data: { postingId: posting.id, userId: input.userId, assignedById: actor.id } });
    } else {
      if (!existing) return { changed: false };
      await tx.postingAssignment.delete({ where: key });
    }
    await recordEvent(tx, actor, {
      action: input.assigned ? "posting.assign" : "posting.unassign",
      entityType: "posting",
      entityId: posting.id,
      data: { userId: input.userId, slug: posting.slug },
    });
    return { changed: true };
  });
}
