import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseListingFilters, toListingSearchParams } from "@/lib/postings";

describe("parseListingFilters", () => {
  test("valid values are kept and normalised", () => {
    expect(
      parseListingFilters({ team: "technology", city: "Paris", contract: "stage", remote: "hybrid", language: "FR", startMonth: "2025-09", q: "  payroll ", page: "3" }),
    ).toEqual({ team: "technology", city: "Paris", contract: "STAGE", remote: "HYBRID", language: "fr", startMonth: "2025-09", q: "payroll", page: 3 });
  });
  test("junk values are dropped", () => {
    expect(
      parseListingFilters({ team: "../etc", city: "<script>", contract: "INTERNSHIP", remote: "sometimes", language: "xx", startMonth: "2025-13", page: "-1", extra: "x" }),
    ).toEqual({ page: 1 });
  });
  test("SQL-looking search text is kept as text", () => expect(parseListingFilters({ q: "' OR 1=1--" }).q).toBe("' OR 1=1--"));
  test("search text is cleaned and cut to 100 characters", () => {
    expect(parseListingFilters({ q: "pay\u0000roll\u202E" }).q).toBe("payroll");
    expect(parseListingFilters({ q: "é".repeat(150) }).q).toHaveLength(100);
    expect(parseListingFilters({ q: "   " }).q).toBeUndefined();
  });
  test("repeated keys take the first valid value", () => {
    expect(parseListingFilters({ contract: ["nope", "CDI", "CDD"] }).contract).toBe("CDI");
    expect(parseListingFilters(new URLSearchParams("remote=x&remote=REMOTE&remote=HYBRID")).remote).toBe("REMOTE");
  });
  test("huge page numbers are capped and zero falls back to 1", () => {
    expect(parseListingFilters({ page: "99999999999999999999" }).page).toBe(1000);
    expect(parseListingFilters({ page: "1e9" }).page).toBe(1);
    expect(parseListingFilters({ page: "0" }).page).toBe(1);
    expect(parseListingFilters({ page: "2.5" }).page).toBe(1);
  });
  test("inherited keys of a plain object are ignored", () => expect(parseListingFilters(Object.create({ team: "people" }))).toEqual({ page: 1 }));
  test("never throws, always returns a page between 1 and 1000", () => {
    const value = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(fc.string()), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("team", "city", "contract", "remote", "language", "startMonth", "q", "page", "x"), value), (params) => {
        const filters = parseListingFilters(params);
        expect(filters.page).toBeGreaterThanOrEqual(1);
        expect(filters.page).toBeLessThanOrEqual(1000);
        expect(parseListingFilters(toListingSearchParams(filters))).toEqual(filters);
      }),
    );
  });
});

describe("toListingSearchParams", () => {
  test("canonical order, defaults omitted", () => {
    expect(toListingSearchParams({ page: 1, q: "ops", contract: "CDI", team: "people" }).toString()).toBe("team=people&contract=CDI&q=ops");
    expect(toListingSearchParams({ page: 2 }).toString()).toBe("page=2");
  });
});
