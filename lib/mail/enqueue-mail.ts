import type { Prisma } from "@/lib/generated/prisma/client";

export type MailInput = { to: string; subject: string; text: string; kind: string; applicationId?: string | null; now: Date };

/**
 * Queues an email in the caller's transaction: the change and its email land together or not at all, and
 * nothing is sent while the transaction is open (lib/mail/process-mail-outbox.ts sends after commit).
 */
export async function enqueueMail(tx: Pick<Prisma.TransactionClient, "mailMessage">, input: MailInput): Promise<void> {
  await tx.mailMessage.create({
    data: {
      toAddress: input.to,
      subject: input.subject,
      textBody: input.text,
      kind: input.kind,
      applicationId: input.applicationId ?? null,
      nextAttemptAt: input.now,
      createdAt: input.now,
    },
  });
}
