import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { useFreshDatabase as freshDatabase } from "../helpers/database";

// posting_facets, the narrow copy of postings the listing's counts read (migration
// 20261201000019_posting_facets), follows every kind of write to postings and their languages.
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
await seedDatabase(prisma, { repostForNextIntake: false });

const COPIED = ["status", "valid_through", "team_id", "office_id", "contract_type", "remote_policy", "start_earliest", "start_latest", "required_languages", "search_vector"];

/** The postings whose copy differs from them (or is missing), and the copies without a posting. */
async function drift(): Promise<{ posting: string | null; copy: string | null }[]> {
  const columns = (alias: string) => COPIED.map((column) => `${alias}.${column}`).join(", ");
  return prisma.$queryRawUnsafe(`
    SELECT p.slug AS posting, f.posting_id::text AS copy
    FROM postings p FULL JOIN posting_facets f ON f.posting_id = p.id
    WHERE p.id IS NULL OR f.posting_id IS NULL OR (${columns("p")}) IS DISTINCT FROM (${columns("f")})`);
}

const copyOf = async (slug: string) =>
  (
    await prisma.$queryRaw<{ status: string; contract: string; languages: string[]; matchesWord: boolean }[]>`
      SELECT f.status::text AS status, f.contract_type::text AS contract, f.required_languages AS languages,
        f.search_vector @@ plainto_tsquery('simple', 'zeppelin') AS "matchesWord"
      FROM posting_facets f JOIN postings p ON p.id = f.posting_id WHERE p.slug = ${slug}`
  )[0];

describe("posting_facets, the copy the listing's counts read", () => {
  it("holds every seeded posting as it is", async () => {
    expect(await prisma.posting.count()).toBe(3);
    expect(await prisma.postingFacet.count()).toBe(3);
    expect(await drift()).toEqual([]);
  });

  it("follows a change of status, contract, dates, text, languages and a deletion", async () => {
    const slug = "technical-program-management-intern";
    const posting = await prisma.posting.findUniqueOrThrow({ where: { slug }, include: { languages: true } });

    await prisma.posting.update({ where: { slug }, data: { contractType: "CDD", validThrough: new Date("2030-01-01T00:00:00Z") } });
    expect(await copyOf(slug)).toMatchObject({ contract: "CDD" });
    expect(await drift()).toEqual([]);

    // The text: the search document is rebuilt by its BEFORE trigger, and the copy takes the new one.
    const content = posting.content as { en: { role: string } };
    await prisma.posting.update({ where: { slug }, data: { content: { ...content, en: { ...content.en, role: `${content.en.role}\n\nZeppelin logistics.` } } } });
    expect(await copyOf(slug)).toMatchObject({ matchesWord: true });
    expect(await drift()).toEqual([]);

    await prisma.postingLanguage.create({ data: { postingId: posting.id, position: 9, code: "de", level: "B2", required: true } });
    expect((await copyOf(slug))?.languages).toContain("de");
    expect(await drift()).toEqual([]);

    await prisma.posting.update({ where: { slug }, data: { status: "UNPUBLISHED", closedAt: new Date() } });
    expect(await copyOf(slug)).toMatchObject({ status: "UNPUBLISHED" });
    expect(await drift()).toEqual([]);

    await prisma.posting.delete({ where: { slug } });
    expect(await prisma.postingFacet.count()).toBe(2);
    expect(await drift()).toEqual([]);
  });
});
