import { describe, expect, it, vi } from "vitest";
import { parseListingFilters } from "@/lib/postings";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { insertSyntheticPostings } from "../bench/synthetic-postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";

// The search's order at more than a page of results (migration
// 20261201000011_search_speed, lib/public/search-page.ts): title matches first,
// then the others, each the newest first; pages that neither skip nor repeat a
// posting; and a vocabulary for typo correction made of words, not numbers.
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ cacheTag: () => undefined, revalidateTag: () => undefined }));

const { prisma, url } = await freshDatabase();
process.env.DATABASE_URL = url;
await seedDatabase(prisma, { repostForNextIntake: true });
await insertSyntheticPostings(prisma, 240);
const { searchOpenPostings, searchTsquery } = await import("@/lib/public/search-postings");

async function allPages(q: string): Promise<{ slugs: string[]; total: number }> {
  const slugs: string[] = [];
  let total = 0;
  for (let page = 1; page < 20; page++) {
    const result = await searchOpenPostings(parseListingFilters(new URLSearchParams({ q, page: String(page) })));
    total = result.total;
    slugs.push(...result.cards.map((card) => card.slug));
    if (page >= result.pageCount) break;
  }
  return { slugs, total };
}

describe("search order", () => {
  for (const q of ["payroll", "data", "apprentice", "acountant"]) {
    it(`"${q}": every match once across the pages, title matches first, then the newest first`, async () => {
      const tsquery = await searchTsquery(q);
      expect(tsquery).not.toBeNull();
      const expected = await prisma.$queryRawUnsafe<{ slug: string }[]>(
        `SELECT p.slug FROM postings p
         WHERE p.status = 'PUBLISHED' AND (p.valid_through IS NULL OR p.valid_through > now()) AND p.search_vector @@ $1::tsquery
         ORDER BY (p.title_vector @@ $1::tsquery) DESC, p.date_posted DESC, p.slug`,
        tsquery,
      );
      expect(expected.length).toBeGreaterThan(50); // more than one page, or the test proves nothing
      const { slugs, total } = await allPages(q);
      expect(total).toBe(expected.length);
      expect(slugs).toEqual(expected.map((row) => row.slug));
    });
  }

  it("title matches come first even when older", async () => {
    // Synthetic titles name one of twelve subjects: "Payroll …" in the title beats a newer body mention.
    const { slugs } = await allPages("payroll");
    const titles = new Map((await prisma.posting.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true } })).map((row) => [row.slug, row.title]));
    const inTitle = slugs.map((slug) => /payroll/i.test(titles.get(slug) ?? ""));
    expect(inTitle.indexOf(false)).toBeGreaterThan(0);
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
  });

  it("corrects typos against words only: no number is in the vocabulary", async () => {
    const [row] = await prisma.$queryRaw<{ numbers: bigint; words: bigint }[]>`
      SELECT count(*) FILTER (WHERE word !~ '[[:alpha:]]') AS numbers, count(*) AS words FROM search_vocabulary`;
    expect(Number(row?.words)).toBeGreaterThan(100);
    expect(Number(row?.numbers)).toBe(0);
    expect(await searchTsquery("acountant")).toContain("'account'");
  });
});
