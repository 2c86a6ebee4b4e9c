import "server-only";
import { db } from "@/lib/db/client";

export type OfficeRow = {
  id: string;
  slug: string;
  name: string;
  street: string | null;
  postalCode: string;
  city: string;
  region: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  archived: boolean;
  postings: number;
};

export type TeamRow = { id: string; slug: string; name: string; nameFr: string | null; archived: boolean; postings: number };

const OFFICE_SELECT = {
  id: true,
  slug: true,
  name: true,
  street: true,
  postalCode: true,
  city: true,
  region: true,
  country: true,
  latitude: true,
  longitude: true,
  archivedAt: true,
  _count: { select: { postings: true } },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every office, live ones first, with how many postings (any status) use it. */
export async function listOffices(): Promise<OfficeRow[]> {
  const rows = await db.office.findMany({ orderBy: [{ name: "asc" }], select: OFFICE_SELECT });
  return rows
    .map(({ _count, archivedAt, ...office }) => ({ ...office, archived: archivedAt !== null, postings: _count.postings }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

export async function getOffice(id: string): Promise<OfficeRow | null> {
  if (!UUID.test(id)) return null;
  const row = await db.office.findUnique({ where: { id }, select: OFFICE_SELECT });
  if (!row) return null;
  const { _count, archivedAt, ...office } = row;
  return { ...office, archived: archivedAt !== null, postings: _count.postings };
}

/** Every team, live ones first, with how many postings (any status) use it. */
export async function listTeams(): Promise<TeamRow[]> {
  const rows = await db.team.findMany({ orderBy: [{ name: "asc" }], select: { id: true, slug: true, name: true, nameFr: true, archivedAt: true, _count: { select: { postings: true } } } });
  return rows
    .map(({ _count, archivedAt, ...team }) => ({ ...team, archived: archivedAt !== null, postings: _count.postings }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

export async function getTeam(id: string): Promise<TeamRow | null> {
  if (!UUID.test(id)) return null;
  const row = await db.team.findUnique({ where: { id }, select: { id: true, slug: true, name: true, nameFr: true, archivedAt: true, _count: { select: { postings: true } } } });
  if (!row) return null;
  const { _count, archivedAt, ...team } = row;
  return { ...team, archived: archivedAt !== null, postings: _count.postings };
}
