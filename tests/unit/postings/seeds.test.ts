import { describe, expect, test } from "vitest";
import { validatePosting, type PostingInput } from "@/lib/postings";
import { SEED_OFFICES } from "@/prisma/seed-data/offices";
import { accountantApprentice, peopleOpsPayrollApprentice, SEED_POSTINGS, tpmIntern } from "@/prisma/seed-data/postings";
import { SEED_TEAMS } from "@/prisma/seed-data/teams";

describe("seed postings", () => {
  test.each(SEED_POSTINGS.map((posting) => [posting.slug, posting] as const))("%s passes publish validation", (_slug, posting) => {
    const result = validatePosting(posting, { mode: "publish" });
    expect(result.errors).toEqual({});
    expect(result.ok).toBe(true);
  });
  test("the seeds state no pay: the apprentices get exactly the pay-transparency warning, the TPM intern the gratification one", () => {
    const payRange = {
      "contract.compensation": [
        "Applicants are entitled to the pay range before the interview (EU pay-transparency directive 2023/970, article 5): turn on “State the pay” and give it.",
      ],
    };
    expect(validatePosting(peopleOpsPayrollApprentice, { mode: "publish" }).warnings).toEqual(payRange);
    expect(validatePosting(accountantApprentice, { mode: "publish" }).warnings).toEqual(payRange);
    expect(validatePosting(tpmIntern, { mode: "publish" }).warnings).toEqual({
      "contract.compensation": ["An internship over 2 months of presence must pay a gratification, from the 309th hour (Code de l'éducation L124-6 and D124-6): consider stating it with “State the pay”."],
    });
  });
  test.each([peopleOpsPayrollApprentice, accountantApprentice])("$slug typed as the footer's “Internship” is a contract mismatch", (seed) => {
    const asFooterSays: PostingInput = { ...seed, contract: { ...seed.contract, type: "STAGE" } };
    const result = validatePosting(asFooterSays, { mode: "publish" });
    expect(result.ok).toBe(false);
    expect(result.errors["contract.type"]).toEqual([expect.stringContaining("Contract mismatch")]);
  });
  test("no closing date and no CEFR level that the sources do not state", () => {
    for (const posting of SEED_POSTINGS) {
      expect(posting.dates.validThrough).toBeNull();
      expect(Date.parse(posting.dates.datePosted)).toBeLessThan(Date.parse(`${posting.dates.startWindow.earliest}T00:00:00Z`));
    }
  });
  test("structured facts of the sources", () => {
    expect(peopleOpsPayrollApprentice.dates.startWindow).toEqual({ earliest: "2025-08-01", latest: "2025-09-30" });
    expect(tpmIntern.contract).toMatchObject({ type: "STAGE", weeklyHours: 35, durationMonths: { ideal: 6 } });
    expect(tpmIntern.education.requirements).toEqual(expect.arrayContaining(["CONVENTION_DE_STAGE", "MASTERS_STUDENT"]));
    expect(tpmIntern.location.workAuthorization).toBe("EU_OR_PERMIT");
    expect(accountantApprentice.languages.map((l) => [l.code, l.level])).toEqual([["en", null], ["fr", "B2"]]);
    expect(peopleOpsPayrollApprentice.languages.map((l) => [l.code, l.level])).toEqual([["en", null]]);
    expect(tpmIntern.languages.map((l) => [l.code, l.level])).toEqual([["en", null]]);
    // "the opportunity to work from home": hybrid, no number of days.
    expect(tpmIntern.location.remote).toEqual({ policy: "HYBRID", daysPerWeek: null, note: null });
    expect(accountantApprentice.content.en.missions).toHaveLength(10);
    expect(accountantApprentice.content.fr?.missions).toHaveLength(10);
    expect(accountantApprentice.content.en.steps.map((s) => [s.kind, s.minutes])).toEqual([["VIDEO_CALL", 30], ["ASSESSMENT", 45], ["VIDEO_CALL", 30]]);
    for (const posting of SEED_POSTINGS) {
      expect(posting.content.en.profile.join(" ")).not.toMatch(/20\d\d/);
    }
  });
  test("seeds reference seeded teams and offices, with unique slugs", () => {
    const teams = new Set(SEED_TEAMS.map((team) => team.slug));
    const offices = new Map(SEED_OFFICES.map((office) => [office.slug, office]));
    for (const posting of SEED_POSTINGS) {
      expect(teams.has(posting.teamSlug)).toBe(true);
      expect(offices.get(posting.location.office?.slug ?? "")).toEqual(posting.location.office);
    }
    expect(new Set(SEED_POSTINGS.map((posting) => posting.slug)).size).toBe(SEED_POSTINGS.length);
    expect(SEED_OFFICES.find((office) => office.slug === "bordeaux")?.street).toBe("Rue Lucien Faure");
  });
});
