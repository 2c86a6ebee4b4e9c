import { describe, expect, test } from "vitest";
import { APPRENTICE_PAY_PERCENT, apprenticeMinimum, formatPayRange, lowestApprenticeMinimum, SMIC, type PostingInput } from "@/lib/postings";
import { makeContract, validateValid } from "./fixtures";

const salary = (minAmount: number | null, maxAmount: number | null, unit: "MONTH" | "YEAR" | "HOUR" = "MONTH") =>
  ({ kind: "SALARY", minAmount, maxAmount, currency: "EUR", unit, note: null }) as const;

const apprenticeship = (compensation: PostingInput["contract"]["compensation"], weeklyHours: number | null = null) =>
  makeContract({ type: "APPRENTISSAGE", durationMonths: { ideal: 12, min: null, max: null }, weeklyHours, compensation }, (p) => {
    p.education.requirements = ["WORK_STUDY_PROGRAMME"];
  });

describe("the apprentice pay table (Code du travail D6222-26)", () => {
  test("holds the legal shares of the SMIC by age band and year", () => {
    expect(APPRENTICE_PAY_PERCENT).toEqual({ UNDER_18: [27, 39, 55], "18_20": [43, 51, 67], "21_25": [53, 61, 78], "26_PLUS": [100, 100, 100] });
  });
  test("the SMIC is dated and its month is 35 h × 52 / 12 of its hour", () => {
    expect(SMIC.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(SMIC.monthlyGross).toBeCloseTo((SMIC.hourlyGross * 35 * 52) / 12, 1);
  });
  test("amounts: 27 % in the first year under 18, 78 % in the third year at 21–25, 100 % from 26", () => {
    expect(apprenticeMinimum("UNDER_18", 1)).toBe(492.22);
    expect(apprenticeMinimum("21_25", 3)).toBe(1421.96);
    expect(apprenticeMinimum("26_PLUS", 2)).toBe(1823.03);
    expect(apprenticeMinimum("18_20", 1, "HOUR")).toBe(5.17);
    expect(apprenticeMinimum("UNDER_18", 1, "YEAR")).toBe(5906.62);
  });
});

describe("pay transparency (EU directive 2023/970)", () => {
  test("a posting without a pay range gets a warning on the pay, not an error", () => {
    const { warnings } = validateValid(makeContract({ compensation: null }));
    expect(warnings["contract.compensation"]).toEqual([expect.stringContaining("directive 2023/970")]);
  });
  test("a stated range gets none", () => {
    expect(validateValid(makeContract({ compensation: salary(45_000, 55_000, "YEAR") })).warnings).toEqual({});
  });
  test("an apprenticeship starting below the lowest legal minimum is warned about; at the minimum it is not", () => {
    const below = validateValid(apprenticeship(salary(lowestApprenticeMinimum() - 1, 1200))).warnings;
    expect(below["contract.compensation.minAmount"]).toEqual([expect.stringContaining("below the legal minimum of any apprentice: €492.22")]);
    expect(validateValid(apprenticeship(salary(lowestApprenticeMinimum(), 1200))).warnings).toEqual({});
  });
  test("part time lowers the monthly minimum in proportion", () => {
    expect(lowestApprenticeMinimum("MONTH", 17.5)).toBeCloseTo(246.11, 1);
    expect(validateValid(apprenticeship(salary(300, null), 17.5)).warnings).toEqual({});
  });
  test("the range reads as words in both languages", () => {
    expect(formatPayRange(salary(1800, 2000), "en")).toBe("€1,800 – €2,000 gross a month");
    expect(formatPayRange(salary(1800, 2000), "fr")?.replace(/\s/g, " ")).toBe("1 800 € – 2 000 € brut par mois");
    expect(formatPayRange(salary(null, 60_000, "YEAR"), "en")).toBe("Up to €60,000 gross a year");
    expect(formatPayRange(salary(12.5, null, "HOUR"), "fr")?.replace(/\s/g, " ")).toBe("À partir de 12,50 € brut de l'heure");
    expect(formatPayRange(null, "en")).toBeNull();
  });
});
