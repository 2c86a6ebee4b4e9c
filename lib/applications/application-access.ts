import type { SessionUser } from "@/lib/auth/session-user";
import { reachablePostingsWhere } from "@/lib/cms/assignments";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The applications a signed-in user reaches: those of the postings their posting-level access reaches
 * (lib/cms/assignments.ts: admins and recruiters every posting, a hiring manager the assigned ones),
 * never a candidate's deleted (withdrawn) application. Every inbox read, export and download asks here.
 */
export function reachableApplicationsWhere(user: Pick<SessionUser, "id" | "role">): Prisma.ApplicationWhereInput {
  const postings = reachablePostingsWhere(user);
  return { deletionUsedAt: null, ...(postings ? { posting: postings } : {}) };
}

/** The application if the user reaches it, else null (unknown and unreachable look the same). */
export async function findReachableApplicationId(db: PrismaClient, user: Pick<SessionUser, "id" | "role">, id: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.application.findFirst({ where: { id, ...reachableApplicationsWhere(user) }, select: { id: true } });
  return row?.id ?? null;
}
