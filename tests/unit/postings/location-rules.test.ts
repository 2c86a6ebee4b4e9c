import { describe, expect, test } from "vitest";
import { COUNTRY_CODES, validatePosting } from "@/lib/postings";
import { expectError, expectValid, makePosting } from "./fixtures";

const withRemote = (remote: unknown, office: "keep" | null = "keep") =>
  makePosting((p) => {
    p.location.remote = remote as typeof p.location.remote;
    if (office === null) p.location.office = null;
  });

describe("remote policy", () => {
  test.each([1, 4])("hybrid with %i remote days passes", (days) => expectValid(withRemote({ policy: "HYBRID", daysPerWeek: days, note: "3 flex days" })));
  test.each([0, 5])("hybrid with %i remote days fails", (days) =>
    expectError(withRemote({ policy: "HYBRID", daysPerWeek: days, note: null }), "location.remote.daysPerWeek", "A hybrid role has 1 to 4 “Remote days a week”"));
  test("fully remote with eligible countries and no office passes", () =>
    expectValid(withRemote({ policy: "REMOTE", eligibleCountries: ["FR", "ES"] }, null)));
  test("fully remote with no eligible country fails", () =>
    expectError(withRemote({ policy: "REMOTE", eligibleCountries: [] }, null), "location.remote.eligibleCountries", "at least one country"));
  test("a country listed twice fails", () =>
    expectError(withRemote({ policy: "REMOTE", eligibleCountries: ["FR", "FR"] }), "location.remote.eligibleCountries.1", "listed twice"));
  test("on site with no office fails", () => expectError(withRemote({ policy: "ON_SITE" }, null), "location.office", "Choose an office in “Office”"));
  test("an unknown policy fails", () => expectError(withRemote({ policy: "SOMETIMES" }), "location.remote.policy", "Choose an option in “Remote work”"));
  test("hybrid fields on an on-site policy are rejected", () =>
    expectError(withRemote({ policy: "ON_SITE", daysPerWeek: 2 }), "location.remote.daysPerWeek", "cannot be set"));
});

describe("office address", () => {
  const withOffice = (patch: Record<string, unknown>) =>
    makePosting((p) => void Object.assign(p.location.office ?? {}, patch));
  test.each(["XX", "fr", "FRA", "France"])("country %s fails", (country) =>
    expectError(withOffice({ country }), "location.office.country", "two-letter country codes"));
  test("a French postal code of 4 digits fails, even in a draft", () => {
    expectError(withOffice({ postalCode: "7501" }), "location.office.postalCode", "5 digits");
    expectError(withOffice({ postalCode: "7501" }), "location.office.postalCode", "5 digits", "draft");
  });
  test("a foreign postal code is free-form", () => expectValid(withOffice({ country: "GB", postalCode: "EC1A 1BB" })));
  test("an unknown eligible country fails", () =>
    expectError(withRemote({ policy: "REMOTE", eligibleCountries: ["ZZ"] }), "location.remote.eligibleCountries.0", "“Countries a remote candidate may live in”: use two-letter country codes"));
  test("the static list holds every ISO 3166-1 alpha-2 code", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(["FR", "DE", "US", "ES", "GB"]));
  });
  test("a street may be unknown (no invented street number)", () => {
    const result = validatePosting(withOffice({ street: "" }), { mode: "publish" });
    expect(result.ok && result.data.location.office?.street).toBeNull();
  });
});
