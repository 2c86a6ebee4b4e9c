import type { Role } from "@/lib/auth/roles";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * Admins and recruiters work on every posting; a hiring manager only on the postings they are assigned to
 * (table posting_assignments, migration 20261201000006). The one place that answers "does this user's
 * posting-level access reach this posting": the CMS commands, the editor pages and the applications inbox
 * all ask here.
 */
export function seesEveryPosting(role: Role): boolean {
  return role === "ADMIN" || role === "RECRUITER";
}

export async function isAssigned(client: Reader, userId: string, postingId: string): Promise<boolean> {
  const row = await client.postingAssignment.findUnique({ where: { postingId_userId: { postingId, userId } }, select: { userId: true } });
  return row !== null;
}

/** Whether posting-level access reaches `postingId` for this user. */
export async function reachesPosting(client: Reader, user: { id: string; role: Role }, postingId: string): Promise<boolean> {
  return seesEveryPosting(user.role) || isAssigned(client, user.id, postingId);
}

/** A Prisma `where` on postings limited to what the user reaches (undefined: everything). */
export function reachablePostingsWhere(user: { id: string; role: Role }): Prisma.PostingWhereInput | undefined {
  return seesEveryPosting(user.role) ? undefined : { assignments: { some: { userId: user.id } } };
}
