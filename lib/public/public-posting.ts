import "server-only";
import { cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import { PUBLIC_TAGS } from "@/lib/cache/public-tags";
import { withoutUnfinishedFrench, type ContractType, type Posting } from "@/lib/postings";
import { isContractType, isSlug } from "./argument-guards";
import { publicFrenchTitle } from "./french-title";
import { openPostingWhere } from "./open-condition";

export type PublicPosting = {
  posting: Posting;
  team: { slug: string; name: string; nameFr: string | null };
  lastPublicChangeAt: string;
};

/** An open posting by its slug, or null (draft, closed, unknown). Cached per slug. */
export async function getOpenPosting(slug: string): Promise<PublicPosting | null> {
  "use cache";
  if (!isSlug(slug)) return null;
  cacheTag(PUBLIC_TAGS.posting(slug));
  const row = await db.posting.findFirst({ where: { slug, ...openPostingWhere(new Date()) }, include: postingInclude });
  if (!row) return null;
  return {
    posting: withoutUnfinishedFrench(reshapePosting(row)),
    team: row.team,
    lastPublicChangeAt: (row.lastPublicChangeAt ?? row.publishedAt ?? row.updatedAt).toISOString(),
  };
}

export type ClosedPosting = { slug: string; title: string; titleFr: string | null; teamNameFr: string | null; teamSlug: string; teamName: string; contractType: ContractType; city: string | null };

/** A posting that was public and is closed now (unpublished, expired, archived), for its 410 page. */
export async function getClosedPosting(slug: string): Promise<ClosedPosting | null> {
  "use cache";
  if (!isSlug(slug)) return null;
  cacheTag(PUBLIC_TAGS.posting(slug));
  const row = await db.posting.findFirst({
    where: { slug, firstPublishedAt: { not: null }, NOT: openPostingWhere(new Date()) },
    select: {
      slug: true,
      title: true,
      locales: true,
      content: true,
      contractType: true,
      team: { select: { slug: true, name: true, nameFr: true } },
      office: { select: { city: true } },
    },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    title: row.title,
    titleFr: publicFrenchTitle(row),
    teamNameFr: row.team.nameFr,
    teamSlug: row.team.slug,
    teamName: row.team.name,
    contractType: row.contractType,
    city: row.office?.city ?? null,
  };
}

export type RelatedRole = {
  slug: string;
  title: string;
  titleFr: string | null;
  teamName: string;
  teamNameFr: string | null;
  city: string | null;
  contractType: ContractType;
};

/** Up to three open roles like this one: same team first, then same contract type. */
export async function getRelatedRoles(slug: string, teamSlug: string, contractType: ContractType): Promise<RelatedRole[]> {
  "use cache";
  cacheTag(PUBLIC_TAGS.listing);
  if (!isSlug(slug) || !isSlug(teamSlug) || !isContractType(contractType)) return [];
  const rows = await db.posting.findMany({
    where: {
      ...openPostingWhere(new Date()),
      slug: { not: slug },
      OR: [{ team: { slug: teamSlug } }, { contractType }],
    },
    select: {
      slug: true,
      title: true,
      locales: true,
      content: true,
      contractType: true,
      team: { select: { slug: true, name: true, nameFr: true } },
      office: { select: { city: true } },
    },
    orderBy: [{ datePosted: "desc" }],
    take: 12,
  });
  return rows
    .sort((a, b) => Number(b.team.slug === teamSlug) - Number(a.team.slug === teamSlug))
    .slice(0, 3)
    .map((row) => ({
      slug: row.slug,
      title: row.title,
      titleFr: publicFrenchTitle(row),
      teamName: row.team.name,
      teamNameFr: row.team.nameFr,
      city: row.office?.city ?? null,
      contractType: row.contractType,
    }));
}
