import "server-only";
import { cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { PUBLIC_TAGS } from "@/lib/cache/public-tags";
import { openPostingWhere } from "./open-condition";
import { publicFrenchTitle } from "./french-title";

export type HomeSummary = {
  openCount: number;
  teams: { slug: string; name: string; nameFr: string | null; count: number; latest: { slug: string; title: string; titleFr: string | null }[] }[];
  offices: { slug: string; name: string; street: string | null; postalCode: string; city: string; country: string; count: number }[];
};

/** Open roles by team and the offices, for the landing page. */
export async function getHomeSummary(): Promise<HomeSummary> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  const open = openPostingWhere(new Date());
  const [teams, offices] = await Promise.all([
    db.team.findMany({
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        nameFr: true,
        _count: { select: { postings: { where: open } } },
        postings: { where: open, orderBy: { datePosted: "desc" }, take: 3, select: { slug: true, title: true, locales: true, content: true } },
      },
    }),
    db.office.findMany({
      orderBy: { city: "asc" },
      select: { slug: true, name: true, street: true, postalCode: true, city: true, country: true, archivedAt: true, _count: { select: { postings: { where: open } } } },
    }),
  ]);
  const teamSummaries = teams
    .map((team) => ({
      slug: team.slug,
      name: team.name,
      nameFr: team.nameFr,
      count: team._count.postings,
      latest: team.postings.map((posting) => ({ slug: posting.slug, title: posting.title, titleFr: publicFrenchTitle(posting) })),
    }))
    .filter((team) => team.count > 0);
  return {
    openCount: teamSummaries.reduce((sum, team) => sum + team.count, 0),
    teams: teamSummaries,
    // An archived office still shows while it has open roles (their pages name it), then drops off.
    offices: offices
      .filter((office) => office.archivedAt === null || office._count.postings > 0)
      .map(({ _count, slug, name, street, postalCode, city, country }) => ({ slug, name, street, postalCode, city, country, count: _count.postings })),
  };
}
