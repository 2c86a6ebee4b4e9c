import "server-only";
import { db } from "@/lib/db/client";
import type { Office } from "@/lib/postings";

export type TeamOption = { slug: string; name: string };
export type FormOptions = { teams: TeamOption[]; offices: Office[] };

/**
 * The team and office selects of the editor, straight from the database: the live (not archived) ones, plus
 * the ones the posting being edited already uses, archived or not, so opening it never drops its choice.
 */
export async function listFormOptions(current: { teamSlug?: string; officeSlug?: string | null } = {}): Promise<FormOptions> {
  const [teams, offices] = await Promise.all([
    db.team.findMany({
      where: { OR: [{ archivedAt: null }, ...(current.teamSlug ? [{ slug: current.teamSlug }] : [])] },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
    db.office.findMany({
      where: { OR: [{ archivedAt: null }, ...(current.officeSlug ? [{ slug: current.officeSlug }] : [])] },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    teams,
    offices: offices.map(({ slug, name, street, postalCode, city, region, country }) => ({ slug, name, street, postalCode, city, region, country })),
  };
}
