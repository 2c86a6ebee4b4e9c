import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reachablePostingsWhere } from "@/lib/cms/assignments";
import { reachableApplicationsWhere } from "./application-access";
import type { ApplicationStatus } from "./application-statuses";

export type ApplicationRow = {
  id: string;
  name: string;
  email: string;
  status: ApplicationStatus;
  createdAt: Date;
  posting: { id: string; slug: string; title: string };
  cv: { filename: string; size: number } | null;
};

export type ApplicationFilter = { postingId?: string; status?: ApplicationStatus | null };

const LIST_LIMIT = 500;

/** The inbox: newest first, only what the user reaches, optionally one posting's and one status. */
export async function listApplications(db: PrismaClient, user: Pick<SessionUser, "id" | "role">, filter: ApplicationFilter = {}): Promise<ApplicationRow[]> {
  const rows = await db.application.findMany({
    where: {
      ...reachableApplicationsWhere(user),
      ...(filter.postingId ? { postingId: filter.postingId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      createdAt: true,
      posting: { select: { id: true, slug: true, title: true } },
      files: { select: { filename: true, size: true }, take: 1, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIST_LIMIT,
  });
  return rows.map(({ files, ...row }) => ({ ...row, cv: files[0] ?? null }));
}

/** Per posting: how many applications, and how many are new (the postings table's column). */
export async function countApplicationsByPosting(db: PrismaClient, postingIds: readonly string[]): Promise<Map<string, { total: number; fresh: number }>> {
  const counts = new Map<string, { total: number; fresh: number }>(postingIds.map((id) => [id, { total: 0, fresh: 0 }]));
  if (postingIds.length === 0) return counts;
  const groups = await db.application.groupBy({
    by: ["postingId", "status"],
    where: { postingId: { in: [...postingIds] }, deletionUsedAt: null },
    _count: true,
  });
  for (const group of groups) {
    const entry = counts.get(group.postingId) ?? { total: 0, fresh: 0 };
    entry.total += group._count;
    if (group.status === "NEW") entry.fresh += group._count;
    counts.set(group.postingId, entry);
  }
  return counts;
}

/** The counts for the postings among `postingIds` that the user reaches (the others get no entry). */
export async function reachableApplicationCounts(db: PrismaClient, user: Pick<SessionUser, "id" | "role">, postingIds: readonly string[]) {
  const where = reachablePostingsWhere(user);
  const reachable = where ? (await db.posting.findMany({ where: { id: { in: [...postingIds] }, ...where }, select: { id: true } })).map((row) => row.id) : postingIds;
  return countApplicationsByPosting(db, reachable);
}
