import type { Prisma } from "@/lib/generated/prisma/client";
import type { CmsActor } from "./types";

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * One audit row in the command's transaction (it lands with the change or not at all). Written here rather
 * than through lib/auth/audit so commands never import the app's database client (tests pass their own).
 */
export async function recordEvent(
  tx: AuditWriter,
  actor: CmsActor,
  event: { action: string; entityType: string; entityId: string; data?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.auditEvent.create({
    data: { action: event.action, actorId: actor.id, actorEmail: actor.email, entityType: event.entityType, entityId: event.entityId, ip: actor.ip ?? null, data: event.data },
  });
}
