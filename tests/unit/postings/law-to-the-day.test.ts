import { describe, expect, test } from "vitest";
import { lastDayAfterMonths, type DurationReason, type PostingInput } from "@/lib/postings";
import { lastInternshipDay, maxInternshipMonths, presenceHoursBetween } from "@/lib/postings/rules/internship-presence";
import { expectError, expectNoErrorAt, expectValid, makeContract, makeInternship, validateValid } from "./fixtures";

// Each limit of French contract law checked on its last allowed day and on the day after
// (../shared/docs/domain.md): a contract's end date is its last day.

function startingOn(earliest: string) {
  return (posting: PostingInput) => {
    posting.dates.startWindow = { earliest, latest: earliest };
    posting.dates.validThrough = null;
  };
}

const internship = (contract: Partial<PostingInput["contract"]>, earliest = "2026-03-01") => makeInternship(contract, startingOn(earliest));

const fixedTerm = (type: "APPRENTISSAGE" | "CDD" | "PROFESSIONNALISATION", contract: Partial<PostingInput["contract"]>, earliest: string) =>
  makeContract({ type, ...contract }, (posting) => {
    if (type === "APPRENTISSAGE") posting.education.requirements = ["WORK_STUDY_PROGRAMME"];
    startingOn(earliest)(posting);
  });

describe("counting: the end date is the last day", () => {
  test("1 March + 6 months ends on 31 August; 1 September 2025 + 3 years on 31 August 2028", () => {
    expect(lastDayAfterMonths("2026-03-01", 6)).toBe("2026-08-31");
    expect(lastDayAfterMonths("2025-09-01", 36)).toBe("2028-08-31");
    expect(lastDayAfterMonths("2025-08-31", 6)).toBe("2026-02-27");
  });
});

describe("internship: 6 months of presence, 924 hours (Code de l'éducation L124-5, D124-6)", () => {
  test("full time from 1 March: 31 August is allowed, 1 September is one day over", () => {
    expectValid(internship({ endDate: "2026-08-31" }));
    expectError(internship({ endDate: "2026-09-01" }), "contract.endDate", "its last day is 31 Aug 2026 at the latest");
  });
  test("the hours behind it: 1 March–31 August at 35 h is 920 h, to 1 September 925 h", () => {
    expect(presenceHoursBetween("2026-03-01", "2026-08-31", 35)).toBeCloseTo(920, 5);
    expect(presenceHoursBetween("2026-03-01", "2026-09-01", 35)).toBeCloseTo(925, 5);
  });
  test("part time spans more calendar months: 20 h a week may run to 17 January, not 18", () => {
    expect(lastInternshipDay("2026-03-01", 20)).toBe("2027-01-17");
    expectValid(internship({ weeklyHours: 20, schedule: "PART_TIME", durationMonths: { ideal: 10, min: null, max: null }, endDate: "2027-01-17" }));
    expectError(
      internship({ weeklyHours: 20, schedule: "PART_TIME", durationMonths: { ideal: 10, min: null, max: null }, endDate: "2027-01-18" }),
      "contract.endDate",
      "at 20 hours a week, its last day is 17 Jan 2027",
    );
  });
  test("part time in months: 10 months at 20 h pass, 11 do not; 7 months at 35 h do not", () => {
    expect(maxInternshipMonths(20)).toBe(10);
    expectValid(internship({ weeklyHours: 20, schedule: "PART_TIME", durationMonths: { ideal: 10, min: null, max: null } }));
    expectError(
      internship({ weeklyHours: 20, schedule: "PART_TIME", durationMonths: { ideal: 11, min: null, max: null } }),
      "contract.durationMonths.ideal",
      "that is 10 months at most",
    );
    expectError(internship({ durationMonths: { ideal: 7, min: null, max: null } }), "contract.durationMonths.ideal", "924 hours");
  });
  test("a longer week means a shorter internship: 39 h allows 5 months", () => {
    expect(maxInternshipMonths(39)).toBe(5);
    expectError(internship({ weeklyHours: 39 }), "contract.durationMonths.ideal", "that is 5 months at most");
  });
  test("an intern follows the employees' maximums, not 35 h: 48 h is allowed, 49 h is not", () => {
    expectNoErrorAt(internship({ weeklyHours: 48, durationMonths: { ideal: 4, min: null, max: null } }), "contract.weeklyHours");
    expectError(internship({ weeklyHours: 49, durationMonths: { ideal: 4, min: null, max: null } }), "contract.weeklyHours", "48 hours a week");
  });
  test("gratification from the 309th hour: 2 months full time need none, 4 months at 17.5 h neither, 5 do", () => {
    const without = (contract: Partial<PostingInput["contract"]>) => validateValid(internship({ compensation: null, ...contract })).warnings;
    expect(without({ durationMonths: { ideal: 2, min: null, max: null } })).toEqual({});
    expect(without({ weeklyHours: 17.5, schedule: "PART_TIME", durationMonths: { ideal: 4, min: null, max: null } })).toEqual({});
    expect(without({ weeklyHours: 17.5, schedule: "PART_TIME", durationMonths: { ideal: 5, min: null, max: null } })).toEqual({
      "contract.compensation": [expect.stringContaining("309th hour")],
    });
  });
});

describe("apprenticeship: 3 years at most (Code du travail L6222-7-1)", () => {
  const apprenticeship = (endDate: string) =>
    fixedTerm("APPRENTISSAGE", { durationMonths: { ideal: 36, min: null, max: null }, endDate }, "2025-09-01");
  test("from 1 September 2025, 31 August 2028 is allowed and 1 September 2028 is one day over", () => {
    expectValid(apprenticeship("2028-08-31"));
    expectError(apprenticeship("2028-09-01"), "contract.endDate", "its last day is 31 Aug 2028 at the latest (Code du travail L6222-7-1)");
  });
});

describe("CDD: 18 months, other ceilings only in the cases of Code du travail L1242-8-1", () => {
  const cdd = (months: number, endDate: string | null, reason: DurationReason | null = null) =>
    fixedTerm("CDD", { durationMonths: { ideal: months, min: null, max: null }, endDate, durationReason: reason }, "2025-09-01");
  test("18 months end on 28 February 2027; 1 March is one day over", () => {
    expectValid(cdd(18, "2027-02-28"));
    expectError(cdd(18, "2027-03-01"), "contract.endDate", "its last day is 28 Feb 2027 at the latest (Code du travail L1242-8-1)");
  });
  test("19 months without a case is refused and points at the field as labelled", () =>
    expectError(cdd(19, null), "contract.durationMonths.ideal", "up to 24 only in the cases the law lists — choose the case in “Reason for a longer contract”"));
  test("abroad: 24 months end on 31 August 2027; 1 September is over", () => {
    expectValid(cdd(24, "2027-08-31", "CDD_WORK_ABROAD"));
    expectError(cdd(24, "2027-09-01", "CDD_WORK_ABROAD"), "contract.endDate", "at most 24 months in this case");
  });
  test("awaiting a permanent hire the ceiling is shorter: 9 months pass, 10 do not; 31 May 2026 passes, 1 June does not", () => {
    expectValid(cdd(9, "2026-05-31", "CDD_AWAITING_PERMANENT_HIRE"));
    expectError(cdd(10, null, "CDD_AWAITING_PERMANENT_HIRE"), "contract.durationMonths.ideal", "at most 9 months in this case");
    expectError(cdd(9, "2026-06-01", "CDD_AWAITING_PERMANENT_HIRE"), "contract.endDate", "its last day is 31 May 2026");
  });
  test("the reason is one of the listed cases, not any text", () => {
    const posting = cdd(24, null);
    (posting.contract as { durationReason: unknown }).durationReason = "Because we want to";
    expectError(posting, "contract.durationReason", "Choose one of the cases the law lists", "draft");
  });
  test("a case of another contract type is refused", () =>
    expectError(cdd(12, null, "PRO_BRANCH_AGREEMENT"), "contract.durationReason", "The case chosen in “Reason for a longer contract” is for a"));
});

describe("professionalisation: 12 months, 24 or 36 in the listed cases (Code du travail L6325-11, L6325-12)", () => {
  const pro = (months: number, reason: DurationReason | null) =>
    fixedTerm("PROFESSIONNALISATION", { durationMonths: { ideal: months, min: null, max: null }, durationReason: reason }, "2025-09-01");
  test.each([
    [12, null, true],
    [13, null, false],
    [24, "PRO_BRANCH_AGREEMENT", true],
    [25, "PRO_BRANCH_AGREEMENT", false],
    [36, "PRO_PRIORITY_PUBLIC", true],
    [37, "PRO_PRIORITY_PUBLIC", false],
  ] as const)("%i months with case %s: allowed %s", (months, reason, allowed) => {
    if (allowed) expectValid(pro(months, reason));
    else expectError(pro(months, reason), "contract.durationMonths.ideal", "at most");
  });
  test("a case on a contract with none (an internship) is refused", () =>
    expectError(internship({ durationReason: "CDD_WORK_ABROAD" }), "contract.durationReason", "has no legal case"));
});
