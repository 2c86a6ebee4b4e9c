import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hasForbiddenCharacters } from "@/lib/postings/text-fields";
import { writeApplicationAudit } from "./application-audit";
import { findReachableApplicationId } from "./application-access";
import { APPLICATION_STATUSES } from "./application-statuses";

export const NOTE_LIMIT = 2_000;

export const changeStatusSchema = z.object({
  applicationId: z.uuid({ error: "This application no longer exists." }),
  status: z.enum(APPLICATION_STATUSES, { error: "Choose a status." }),
  note: z
    .string()
    .trim()
    .max(NOTE_LIMIT, { error: `Keep the note to ${NOTE_LIMIT} characters or fewer.` })
    .refine((value) => !hasForbiddenCharacters(value.replace(/\r\n?/g, "\n"), true), { error: "Remove invisible control characters from the note." }),
});

export type ChangeStatusInput = z.output<typeof changeStatusSchema>;
export type ChangeStatusOutcome = { ok: true; changed: boolean } | { ok: false; field?: "note"; message: string };

/**
 * A recruiter's (or an assigned hiring manager's) status change and/or note: one note row (who, when, from,
 * to, text) and one audit event, in one transaction. The application's last change moves, so its retention
 * period starts again.
 */
export async function changeApplicationStatus(db: PrismaClient, actor: SessionUser, input: ChangeStatusInput, ip: string | null, now = new Date()): Promise<ChangeStatusOutcome> {
  const id = await findReachableApplicationId(db, actor, input.applicationId);
  if (!id) return { ok: false, message: "This application no longer exists, or you cannot see it." };
  return db.$transaction(async (tx) => {
    const current = await tx.application.findUniqueOrThrow({ where: { id }, select: { status: true } });
    const changed = current.status !== input.status;
    if (!changed && input.note === "") return { ok: false, field: "note", message: "Choose another status or write a note." };
    await tx.application.update({ where: { id }, data: { status: input.status, updatedAt: now } });
    await tx.applicationNote.create({
      data: {
        applicationId: id,
        authorId: actor.id,
        authorName: actor.name,
        fromStatus: changed ? current.status : null,
        toStatus: changed ? input.status : null,
        note: input.note === "" ? null : input.note,
        createdAt: now,
      },
    });
    await writeApplicationAudit(tx, {
      action: "application.status_change",
      actor,
      entityId: id,
      data: { from: current.status, to: input.status, note: input.note !== "" },
      ip,
      now,
    });
    return { ok: true, changed };
  });
}
