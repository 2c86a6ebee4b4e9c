import "server-only";
import { db } from "@/lib/db/client";
import type { Office } from "@/lib/postings";

export type TeamOption = { slug: string; name: string };
export type FormOptions = { teams: TeamOption[]; offices: Office[] };

/** The team and office selects of the editor, straight from the database. */
export async function listFormOptions(): Promise<FormOptions> {
  const [teams, offices] = await Promise.all([
    db.team.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.office.findMany({ orderBy: { name: "asc" } }),
  ]);
  return {
    teams,
    offices: offices.map(({ slug, name, street, postalCode, city, region, country }) => ({ slug, name, street, postalCode, city, region, country })),
  };
}
