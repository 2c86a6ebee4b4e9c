import { describe, expect, it } from "vitest";
import { foldFacetCounts, monthsBetween } from "@/lib/public/facet-counts";
import type { FacetCombination, FacetKey } from "@/lib/public/search-page";

// The listing's counts, folded from groups of matching postings: each facet
// counts what passes every filter but its own.

const ALL_PASS: Record<FacetKey, boolean> = { team: true, city: true, contract: true, remote: true, language: true, startMonth: true };

function group(overrides: Partial<FacetCombination>): FacetCombination {
  return {
    team: "finance",
    teamName: "Finance / Accounting",
    teamNameFr: "Finance / Comptabilité",
    city: "Paris",
    contract: "APPRENTISSAGE",
    remote: "HYBRID",
    firstMonth: "2027-09",
    lastMonth: "2027-09",
    languages: ["en"],
    flags: ALL_PASS,
    count: 1,
    ...overrides,
  };
}

const pairs = (counts: { value: string; count: number }[]) => counts.map(({ value, count }) => [value, count]);

describe("monthsBetween", () => {
  it("lists every month of a window, both ends included, across a new year", () => {
    expect(monthsBetween("2027-08", "2027-09")).toEqual(["2027-08", "2027-09"]);
    expect(monthsBetween("2027-11", "2028-02")).toEqual(["2027-11", "2027-12", "2028-01", "2028-02"]);
    expect(monthsBetween("2027-09", "2027-09")).toEqual(["2027-09"]);
  });
});

describe("foldFacetCounts", () => {
  it("adds up groups per value, each window's months and each required language once", () => {
    const result = foldFacetCounts([
      group({ count: 2, languages: ["en", "fr"], firstMonth: "2027-08", lastMonth: "2027-09" }),
      group({ team: "people", teamName: "People", teamNameFr: null, city: "Bordeaux", count: 3 }),
      group({ city: null, contract: "STAGE", remote: "ON_SITE", languages: [], count: 4 }),
    ]);
    expect(result.total).toBe(9);
    expect(pairs(result.facets.team)).toEqual([["finance", 6], ["people", 3]]);
    expect(result.facets.team[1]).toMatchObject({ label: "People", labelFr: "People" });
    expect(result.facets.team[0]).toMatchObject({ label: "Finance / Accounting", labelFr: "Finance / Comptabilité" });
    expect(pairs(result.facets.city)).toEqual([["Bordeaux", 3], ["Paris", 2]]);
    expect(pairs(result.facets.contract)).toEqual([["APPRENTISSAGE", 5], ["STAGE", 4]]);
    expect(pairs(result.facets.remote)).toEqual([["HYBRID", 5], ["ON_SITE", 4]]);
    expect(pairs(result.facets.language)).toEqual([["en", 5], ["fr", 2]]);
    expect(pairs(result.facets.startMonth)).toEqual([["2027-08", 2], ["2027-09", 9]]);
  });

  it("counts a facet without its own filter but with every other one", () => {
    const outsideCity = { ...ALL_PASS, city: false };
    const outsideCityAndTeam = { ...ALL_PASS, city: false, team: false };
    const result = foldFacetCounts([
      group({ city: "Paris", count: 2 }),
      group({ city: "Bordeaux", flags: outsideCity, count: 3 }),
      group({ city: "Lyon", team: "people", teamName: "People", flags: outsideCityAndTeam, count: 5 }),
    ]);
    expect(result.total).toBe(2);
    // The city filter excluded Bordeaux, yet the city facet shows it; Lyon also fails the team filter.
    expect(pairs(result.facets.city)).toEqual([["Bordeaux", 3], ["Paris", 2]]);
    expect(pairs(result.facets.team)).toEqual([["finance", 2]]);
    expect(pairs(result.facets.contract)).toEqual([["APPRENTISSAGE", 2]]);
  });

  it("gives empty facets and a zero total for no matches", () => {
    const result = foldFacetCounts([]);
    expect(result.total).toBe(0);
    expect(Object.values(result.facets).every((values) => values.length === 0)).toBe(true);
  });

  it("orders values by code point, as PostgreSQL's C collation does", () => {
    const result = foldFacetCounts([group({ city: "Île-de-France" }), group({ city: "Paris" }), group({ city: "Annecy" })]);
    expect(result.facets.city.map(({ value }) => value)).toEqual(["Annecy", "Paris", "Île-de-France"]);
  });
});
