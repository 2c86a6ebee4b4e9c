import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { reachablePostingsWhere } from "../assignments";
import { resolvePublicStatus, type FrenchVersionState, type PostingStatus } from "@/lib/postings";
import type { AdminPostingFilters } from "./admin-posting-filters";

export const ADMIN_PAGE_SIZE = 50;

export type AdminPostingRow = {
  id: string;
  title: string;
  slug: string;
  status: PostingStatus;
  teamName: string;
  city: string | null;
  updatedAt: Date;
  authorName: string | null;
  scheduledPublishAt: Date | null;
  frenchVersion: FrenchVersionState;
};

/** The admin table: every posting the viewer reaches (a hiring manager: their assigned ones), whatever its status, newest change first. */
export async function listAdminPostings(
  filters: AdminPostingFilters,
  viewer: { id: string; role: Role },
  now = new Date(),
): Promise<{ rows: AdminPostingRow[]; total: number }> {
  const where: Prisma.PostingWhereInput = {
    ...reachablePostingsWhere(viewer),
    ...(filters.status === "EXPIRED"
      ? { OR: [{ status: "EXPIRED" }, { status: "PUBLISHED", validThrough: { lte: now } }] }
      : filters.status === "PUBLISHED"
        ? { status: "PUBLISHED", OR: [{ validThrough: null }, { validThrough: { gt: now } }] }
        : filters.status
          ? { status: filters.status }
          : {}),
    ...(filters.team ? { team: { slug: filters.team } } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.posting.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        validThrough: true,
        updatedAt: true,
        scheduledPublishAt: true,
        frenchVersion: true,
        team: { select: { name: true } },
        office: { select: { city: true } },
        author: { select: { name: true, email: true } },
      },
    }),
    db.posting.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      status: resolvePublicStatus(row.status, { dates: { validThrough: row.validThrough?.toISOString() ?? null } }, now),
      teamName: row.team.name,
      city: row.office?.city ?? null,
      updatedAt: row.updatedAt,
      authorName: row.author ? row.author.name || row.author.email : null,
      scheduledPublishAt: row.scheduledPublishAt,
      frenchVersion: row.frenchVersion,
    })),
  };
}
