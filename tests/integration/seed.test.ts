import { describe, expect, it } from "vitest";
import { parisToday } from "@/lib/postings";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { useFreshDatabase } from "../helpers/database";

async function snapshot(prisma: Awaited<ReturnType<typeof useFreshDatabase>>["prisma"]) {
  const [teams, offices, users, postings, languages, revisions, audit] = await Promise.all([
    prisma.team.findMany({ orderBy: { slug: "asc" } }),
    prisma.office.findMany({ orderBy: { slug: "asc" } }),
    prisma.user.findMany({ orderBy: { email: "asc" } }),
    prisma.posting.findMany({ orderBy: { slug: "asc" } }),
    prisma.postingLanguage.findMany({ orderBy: [{ postingId: "asc" }, { position: "asc" }] }),
    prisma.postingRevision.count(),
    prisma.auditEvent.count(),
  ]);
  return { teams, offices, users, postings, languages, revisions, audit };
}

describe("seed: the original fixture", async () => {
  const { prisma } = await useFreshDatabase();

  it("stores the three Back Market postings with their 2025 dates, and a second run changes nothing", async () => {
    const first = await seedDatabase(prisma, { repostForNextIntake: false });
    expect(first).toMatchObject({ teams: 3, offices: 2, postings: 3, reposted: 0, admin: "created" });
    const before = await snapshot(prisma);
    const second = await seedDatabase(prisma, { repostForNextIntake: false });
    expect(second).toEqual({ teams: 0, offices: 0, postings: 0, reposted: 0, admin: "kept" });
    expect(await snapshot(prisma)).toEqual(before);

    const bySlug = Object.fromEntries(before.postings.map((posting) => [posting.slug, posting]));
    const slugs = Object.keys(bySlug);
    expect(slugs).toHaveLength(3);
    for (const posting of before.postings) {
      expect(posting.startEarliest.getUTCFullYear()).toBe(2025);
      // No source states a closing date: none is stored, and the past intake is recorded as expired.
      expect(posting.validThrough).toBeNull();
      expect(posting.status).toBe("EXPIRED");
      expect(posting.closedAt!.getTime()).toBeLessThan(Date.now());
    }
    const contracts = before.postings.map((posting) => posting.contractType).sort();
    expect(contracts).toEqual(["APPRENTISSAGE", "APPRENTISSAGE", "STAGE"]);
    const french = before.languages.filter((language) => language.code === "fr" && language.required);
    expect(french).toHaveLength(1);
    expect(before.postings.find((posting) => posting.id === french[0]!.postingId)!.locales).toEqual(["en", "fr"]);
  });
});

describe("seed: the demo start reposts for the next intake", async () => {
  const { prisma } = await useFreshDatabase();

  it("moves every posting to the next intake still ahead, open, with a revision and an audit row", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const summary = await seedDatabase(prisma, { repostForNextIntake: true, now });
    expect(summary).toMatchObject({ postings: 3, reposted: 3 });
    const postings = await prisma.posting.findMany();
    for (const posting of postings) {
      expect(posting.status).toBe("PUBLISHED");
      expect(posting.version).toBe(2);
      expect(posting.startEarliest.toISOString().slice(0, 10) > parisToday(now)).toBe(true);
      expect(posting.startEarliest.getUTCFullYear()).toBe(2027);
      expect(posting.validThrough).toBeNull();
      expect(posting.datePosted.getTime()).toBe(now.getTime());
    }
    expect(await prisma.postingRevision.count()).toBe(6);
    expect(await prisma.auditEvent.count({ where: { action: "posting.repost" } })).toBe(3);
  });
});
