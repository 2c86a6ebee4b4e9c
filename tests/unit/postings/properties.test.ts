import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  checkJobPostingJsonLd,
  draftPostingSchema,
  parisToday,
  postingSchema,
  repostForNextIntake,
  toJobPostingJsonLd,
  validatePosting,
} from "@/lib/postings";
import { listPaths, setPath, validPosting } from "./arbitraries";

const SITE = { url: "https://careers.backmarket.com", name: "Back Market", logoUrl: "/logo.png", sameAs: "https://www.backmarket.com" };

describe("valid postings", () => {
  test("pass publish validation and round-trip through the schema and JSON", () => {
    fc.assert(
      fc.property(validPosting, (input) => {
        const result = validatePosting(input, { mode: "publish" });
        expect(result.errors).toEqual({});
        const once = postingSchema.parse(input);
        expect(postingSchema.parse(once)).toEqual(once);
        expect(postingSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
  test("map to JSON-LD the checker accepts", () => {
    fc.assert(
      fc.property(validPosting, fc.constantFrom("en", "fr" as const), (input, locale) => {
        const ld = toJobPostingJsonLd(postingSchema.parse(input), SITE, { locale, url: "https://careers.backmarket.com/jobs/x" });
        expect(checkJobPostingJsonLd(ld)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
  test("reposted for a later intake still pass publish validation", () => {
    fc.assert(
      fc.property(validPosting, fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true }), (input, now) => {
        const reposted = repostForNextIntake(postingSchema.parse(input), now);
        expect(validatePosting(reposted, { mode: "publish" }).errors).toEqual({});
        expect(reposted.dates.startWindow.earliest > parisToday(now)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("junk never throws past the schema", () => {
  test("anything at all", () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (junk) => {
        expect(postingSchema.safeParse(junk).success).toBe(false);
        expect(draftPostingSchema.safeParse(junk).success).toBe(false);
        expect(validatePosting(junk, { mode: "draft" }).ok).toBe(false);
        expect(validatePosting(junk, { mode: "publish" }).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  test("valid postings with one value replaced by anything", () => {
    const mutated = validPosting.chain((posting) => {
      const paths = listPaths(posting);
      return fc.tuple(fc.constant(posting), fc.integer({ min: 0, max: paths.length - 1 }), fc.anything()).map(([p, index, value]) =>
        setPath(p, paths[index] ?? [], value),
      );
    });
    fc.assert(
      fc.property(mutated, fc.constantFrom("draft", "publish" as const), (input, mode) => {
        const result = validatePosting(input, { mode });
        if (result.ok) expect(postingSchema.safeParse(result.data).success || mode === "draft").toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
