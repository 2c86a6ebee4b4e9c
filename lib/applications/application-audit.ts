import type { Prisma } from "@/lib/generated/prisma/client";

export type ApplicationAuditInput = {
  action: string;
  actor?: { id: string; email: string } | null;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
  now?: Date;
};

/** One audit row for the applications area (same table as the CMS and sign-in: /admin/audit). */
export async function writeApplicationAudit(tx: Pick<Prisma.TransactionClient, "auditEvent">, input: ApplicationAuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      entityType: "application",
      entityId: input.entityId ?? null,
      data: input.data,
      ip: input.ip ?? null,
      ...(input.now ? { createdAt: input.now } : {}),
    },
  });
}
