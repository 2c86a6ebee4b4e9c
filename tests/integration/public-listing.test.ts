import { describe, expect, it, vi } from "vitest";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import { parseListingFilters, validatePosting } from "@/lib/postings";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { SEED_POSTINGS } from "@/prisma/seed-data/postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";

// The public read side on a real PostgreSQL: the columns ↔ posting round trip,
// the listing's filters, facets and French/English accent-insensitive search.
// Outside Next, "use cache" is inert and cacheTag has no cache to tag.
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ cacheTag: () => undefined, revalidateTag: () => undefined }));

// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma, url } = await freshDatabase();
process.env.DATABASE_URL = url;
await seedDatabase(prisma, { repostForNextIntake: false });
const { searchOpenPostings, searchTsquery } = await import("@/lib/public/search-postings");
const { getOpenPosting, getClosedPosting } = await import("@/lib/public/public-posting");

const PEOPLE_OPS = "people-ops-payroll-apprentice";
const ACCOUNTANT = "accountant-apprentice";
const TPM = "technical-program-management-intern";

async function slugsFor(query: string): Promise<string[]> {
  const result = await searchOpenPostings(parseListingFilters(new URLSearchParams(query)));
  return result.cards.map((card) => card.slug).sort();
}

describe("reading postings back", () => {
  it("gives back exactly the posting the schema validated, for every seeded posting", async () => {
    for (const input of SEED_POSTINGS) {
      const row = await prisma.posting.findUniqueOrThrow({ where: { slug: input.slug }, include: postingInclude });
      const expected = validatePosting(input, { mode: "publish" });
      expect(expected.ok).toBe(true);
      expect(reshapePosting(row)).toEqual(expected.data);
    }
  });
});

describe("the public listing", () => {
  it("shows nothing past its closing date (the fixture's 2025 dates), then the open roles once reopened", async () => {
    expect(await slugsFor("")).toEqual([]);
    expect(await getOpenPosting(TPM)).toBeNull();
    await prisma.$executeRaw`UPDATE postings SET status = 'PUBLISHED', closed_at = NULL, valid_through = now() + interval '30 days'`;
    expect(await slugsFor("")).toEqual([ACCOUNTANT, PEOPLE_OPS, TPM]);
    expect((await getOpenPosting(TPM))?.posting.slug).toBe(TPM);
  });

  it("gives each card its French title only when the French version is public, and the team's French name", async () => {
    const result = await searchOpenPostings(parseListingFilters(new URLSearchParams()));
    const bySlug = Object.fromEntries(result.cards.map((card) => [card.slug, card]));
    expect(bySlug[ACCOUNTANT]).toMatchObject({ titleFr: "Apprenti·e comptable (anglais et français)", teamNameFr: "Finance / Comptabilité" });
    expect(bySlug[PEOPLE_OPS]?.titleFr).toBeNull();
    expect(result.facets.team.find((facet) => facet.value === "finance")).toMatchObject({ label: "Finance / Accounting", labelFr: "Finance / Comptabilité" });
    // A French version not yet marked translated stays out of the French listing.
    await prisma.$executeRaw`UPDATE postings SET locales = ARRAY['en'] WHERE slug = ${ACCOUNTANT}`;
    const untranslated = await searchOpenPostings(parseListingFilters(new URLSearchParams("team=finance")));
    expect(untranslated.cards.find((card) => card.slug === ACCOUNTANT)?.titleFr).toBeNull();
    await prisma.$executeRaw`UPDATE postings SET locales = ARRAY['en', 'fr'] WHERE slug = ${ACCOUNTANT}`;
  });

  it("filters by city, required language, contract, team, remote policy and start month", async () => {
    expect(await slugsFor("city=Bordeaux")).toEqual([PEOPLE_OPS]);
    expect(await slugsFor("city=bordeaux")).toEqual([PEOPLE_OPS]);
    expect(await slugsFor("language=fr")).toEqual([ACCOUNTANT]);
    expect(await slugsFor("contract=STAGE")).toEqual([TPM]);
    expect(await slugsFor("contract=APPRENTISSAGE&city=Paris")).toEqual([ACCOUNTANT]);
    expect(await slugsFor("team=technology")).toEqual([TPM]);
    expect(await slugsFor("remote=REMOTE")).toEqual([]);
    expect(await slugsFor("startMonth=2025-03")).toEqual([TPM]);
  });

  it("filters by start month on any overlap of the start window (September includes an August–September window)", async () => {
    expect(await slugsFor("startMonth=2025-09")).toEqual([ACCOUNTANT, PEOPLE_OPS]);
    expect(await slugsFor("startMonth=2025-08")).toEqual([PEOPLE_OPS]);
    expect(await slugsFor("startMonth=2025-10")).toEqual([]);
    const result = await searchOpenPostings(parseListingFilters(new URLSearchParams()));
    expect(result.facets.startMonth.map(({ value, count }) => [value, count])).toEqual([
      ["2025-03", 1],
      ["2025-08", 1],
      ["2025-09", 2],
    ]);
  });

  it("finds each role by the words candidates use, in French or English", async () => {
    const cases: [string, string[]][] = [
      // The payroll role, in French and English, and by its team.
      ["paie", [PEOPLE_OPS]],
      ["Paie", [PEOPLE_OPS]],
      ["payroll", [PEOPLE_OPS]],
      ["RH", [PEOPLE_OPS]],
      ["ressources humaines", [PEOPLE_OPS]],
      // Contract words match the postings of that contract, whatever their text says.
      ["alternance", [ACCOUNTANT, PEOPLE_OPS]],
      ["apprentissage", [ACCOUNTANT, PEOPLE_OPS]],
      ["apprenti", [ACCOUNTANT, PEOPLE_OPS]],
      ["apprenticeship", [ACCOUNTANT, PEOPLE_OPS]],
      ["apprenticeship comptable", [ACCOUNTANT]],
      ["stage", [TPM]],
      ["internship", [TPM]],
      ["intern", [TPM]],
      ["stagiaire", [TPM]],
      ["CDI", []],
      ["CDD", []],
      ["VIE paie", []],
      ["temps plein", [ACCOUNTANT, PEOPLE_OPS, TPM]],
      ["temps partiel", []],
      ["part-time", []],
      // Job vocabulary across languages, prefixes, accents and typos. The English
      // stemmer folds "accountant", "accounting" and the TPM's "accountability" into
      // one stem, so the TPM matches too, ranked below (see the ranking test).
      ["comptable", [ACCOUNTANT, TPM]],
      ["compta", [ACCOUNTANT, TPM]],
      ["accounting", [ACCOUNTANT, TPM]],
      ["comptabilite", [ACCOUNTANT, TPM]],
      ["comptabilité apprentissage", [ACCOUNTANT]],
      ["trésorerie", [ACCOUNTANT]],
      ["treasury", [ACCOUNTANT]],
      ["accoun", [ACCOUNTANT, TPM]],
      ["acountant", [ACCOUNTANT, TPM]],
      ["payrol", [PEOPLE_OPS]],
      ["apprentisage", [ACCOUNTANT, PEOPLE_OPS]],
      ["programm managment", [TPM]],
      // Team and city names.
      ["Bordeaux", [PEOPLE_OPS]],
      ["bordeaux alternance", [PEOPLE_OPS]],
      ["Finance", [ACCOUNTANT]],
      ["Bureau of Technology", [TPM]],
      ["Paris stage", [TPM]],
      // Stop words alone match nothing, and never restrict a search.
      ["de", []],
      ["stage de Paris", [TPM]],
    ];
    const failures: string[] = [];
    for (const [query, expected] of cases) {
      const found = await slugsFor(`q=${encodeURIComponent(query)}`);
      if (JSON.stringify(found) !== JSON.stringify([...expected].sort())) failures.push(`${query}: ${found.join(", ") || "nothing"}`);
    }
    expect(failures).toEqual([]);
  });

  it("builds one deduplicated tsquery: every term ANDed, its alternatives ORed once each", async () => {
    const query = await searchTsquery("comptable Bordeaux");
    const branches = (query ?? "").split(/ [|&] /).map((branch) => branch.replace(/[()]/g, "").trim());
    expect(new Set(branches).size).toBe(branches.length);
    expect(query).toContain("'account'");
    expect(query).toContain(" & ");
    expect(await searchTsquery("' OR 1=1--")).toBeNull();
    expect(await searchTsquery("de la")).toBeNull();
  });

  it("ranks by relevance, then the newest first", async () => {
    // "accounting" is in the Accountant's title (weight A) and nowhere in the others.
    const ranked = await searchOpenPostings(parseListingFilters(new URLSearchParams("q=apprentice accounting")));
    expect(ranked.cards.map((card) => card.slug)).toEqual([ACCOUNTANT]);
    for (const query of ["comptable", "accounting", "compta"]) {
      const accounting = await searchOpenPostings(parseListingFilters(new URLSearchParams({ q: query })));
      expect(accounting.cards.map((card) => card.slug)).toEqual([ACCOUNTANT, TPM]);
    }
    // "temps plein" matches the three only through their full-time schedule: equal relevance, so the newest first.
    const tie = await searchOpenPostings(parseListingFilters(new URLSearchParams("q=temps plein")));
    expect(tie.cards.map((card) => card.slug)).toEqual([ACCOUNTANT, PEOPLE_OPS, TPM]);
  });

  it("keeps team and city names searchable after a rename", async () => {
    await prisma.team.update({ where: { slug: "people" }, data: { name: "Talent and Culture" } });
    expect(await slugsFor("q=culture")).toEqual([PEOPLE_OPS]);
    await prisma.team.update({ where: { slug: "people" }, data: { name: "People" } });
    expect(await slugsFor("q=culture")).toEqual([]);
  });

  it("searches English and French text, accent-insensitively, ranked, with any input", async () => {
    expect(await slugsFor("q=payroll")).toEqual([PEOPLE_OPS]);
    expect(await slugsFor("q=comptabilité")).toEqual([ACCOUNTANT, TPM]);
    expect(await slugsFor("q=comptabilite")).toEqual([ACCOUNTANT, TPM]);
    expect(await slugsFor("q=program management")).toEqual([TPM]);
    expect(await slugsFor("q=' OR 1=1--")).toEqual([]);
    expect(await slugsFor(`q=${encodeURIComponent('"unclosed & | ! (')}`)).toEqual([]);
  });

  it("counts each facet with the other filters applied but not its own", async () => {
    const result = await searchOpenPostings(parseListingFilters(new URLSearchParams("city=Bordeaux")));
    expect(result.total).toBe(1);
    expect(result.facets.city.map(({ value, count }) => [value, count])).toEqual([["Bordeaux", 1], ["Paris", 2]]);
    expect(result.facets.contract.map(({ value, count }) => [value, count])).toEqual([["APPRENTISSAGE", 1]]);
    const languages = await searchOpenPostings(parseListingFilters(new URLSearchParams()));
    expect(Object.fromEntries(languages.facets.language.map(({ value, count }) => [value, count]))).toEqual({ en: 3, fr: 1 });
  });

  it("filters and counts by a posting's required languages as recruiters change them (kept by triggers)", async () => {
    const languageCounts = async () =>
      Object.fromEntries((await searchOpenPostings(parseListingFilters(new URLSearchParams()))).facets.language.map(({ value, count }) => [value, count]));
    const requiredOf = async (slug: string) =>
      (await prisma.$queryRaw<{ codes: string[] }[]>`SELECT required_languages AS codes FROM postings WHERE slug = ${slug}`)[0]?.codes;
    const tpm = await prisma.posting.findUniqueOrThrow({ where: { slug: TPM }, include: { languages: true } });
    expect(await requiredOf(ACCOUNTANT)).toEqual(["en", "fr"]);
    expect(await requiredOf(TPM)).toEqual(["en"]);
    expect(await slugsFor("language=fr")).toEqual([ACCOUNTANT]);

    // Insert: French becomes required for the TPM role too.
    await prisma.postingLanguage.create({ data: { postingId: tpm.id, position: 1, code: "fr", level: "B1", required: true } });
    expect(await requiredOf(TPM)).toEqual(["en", "fr"]);
    expect(await slugsFor("language=fr")).toEqual([ACCOUNTANT, TPM]);
    expect(await languageCounts()).toEqual({ en: 3, fr: 2 });
    // Update: only a plus now.
    await prisma.postingLanguage.update({ where: { postingId_position: { postingId: tpm.id, position: 1 } }, data: { required: false } });
    expect(await slugsFor("language=fr")).toEqual([ACCOUNTANT]);
    expect(await languageCounts()).toEqual({ en: 3, fr: 1 });
    // Delete, as a save that rewrites the list does: nothing required, so no count.
    await prisma.postingLanguage.deleteMany({ where: { postingId: tpm.id } });
    expect(await requiredOf(TPM)).toEqual([]);
    expect(await slugsFor("language=en")).toEqual([ACCOUNTANT, PEOPLE_OPS]);
    expect(await languageCounts()).toEqual({ en: 2, fr: 1 });

    await prisma.postingLanguage.createMany({ data: tpm.languages });
    expect(await requiredOf(TPM)).toEqual(["en"]);
    expect(await languageCounts()).toEqual({ en: 3, fr: 1 });
  });

  it("pages by 50 and keeps the total beyond the last page", async () => {
    const result = await searchOpenPostings(parseListingFilters(new URLSearchParams("page=2")));
    expect(result).toMatchObject({ total: 3, page: 2, pageCount: 1, cards: [] });
  });

  it("knows a closed posting only when it was public before", async () => {
    await prisma.posting.update({ where: { slug: TPM }, data: { status: "UNPUBLISHED", closedAt: new Date() } });
    expect(await slugsFor("")).toEqual([ACCOUNTANT, PEOPLE_OPS]);
    expect(await getClosedPosting(TPM)).toMatchObject({ slug: TPM, title: "Technical Program Management Intern" });
    await prisma.posting.update({ where: { slug: ACCOUNTANT }, data: { status: "DRAFT", firstPublishedAt: null } });
    expect(await getClosedPosting(ACCOUNTANT)).toBeNull();
    expect(await getOpenPosting(ACCOUNTANT)).toBeNull();
  });
});
