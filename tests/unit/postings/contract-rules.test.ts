import { describe, expect, test } from "vitest";
import { validatePosting, type DurationReason } from "@/lib/postings";
import { expectError, expectNoErrorAt, expectValid, makeContract, makeInternship, makePosting, validateValid } from "./fixtures";

const internship = makeInternship;

describe("internship (stage)", () => {
  test("6 months, 35 h, convention and enrolled student passes", () => expectValid(internship()));
  test("ideal over 6 months fails with L124-5 and D124-6", () =>
    expectError(internship({ durationMonths: { ideal: 7, min: null, max: null } }), "contract.durationMonths.ideal", "at most 6 months of presence, 924 hours"));
  test("max over 6 months fails", () =>
    expectError(internship({ durationMonths: { ideal: 6, min: null, max: 8 } }), "contract.durationMonths.max", "L124-5"));
  test("end date within 924 hours of presence from the earliest start passes", () => expectValid(internship({ endDate: "2026-03-03" })));
  test("end date beyond 924 hours of presence fails", () =>
    expectError(internship({ endDate: "2026-03-04" }), "contract.endDate", "its last day is 3 Mar 2026 at the latest"));
  test("end date before the latest start fails", () =>
    expectError(internship({ endDate: "2025-09-15" }), "contract.endDate", "“End date” must be after “Latest start”"));
  test("36 hours a week is not refused: 35 h is the usual week, not an intern's cap (L124-14)", () =>
    expectNoErrorAt(internship({ weeklyHours: 36, durationMonths: { ideal: 5, min: null, max: null } }), "contract.weeklyHours"));
  test("missing convention de stage fails", () =>
    expectError(internship({}, (p) => void (p.education.requirements = ["MASTERS_STUDENT"])), "education.requirements", "convention de stage"));
  test("missing enrolled-student requirement fails", () =>
    expectError(internship({}, (p) => void (p.education.requirements = ["CONVENTION_DE_STAGE"])), "education.requirements", "enrolled student"));
  test("over 2 months without gratification is a warning, not an error", () => {
    const result = validateValid(internship({ compensation: null }));
    expect(result.warnings).toEqual({
      "contract.compensation": [expect.stringContaining("must pay a gratification, from the 309th hour (Code de l'éducation L124-6")],
    });
  });
  test("2 months without gratification has no warning", () => {
    const result = validateValid(internship({ compensation: null, durationMonths: { ideal: 2, min: null, max: null } }));
    expect(result.warnings).toEqual({});
  });
});

describe("apprenticeship and contract mismatch", () => {
  const apprenticeship = (ideal: number) =>
    makeContract({ type: "APPRENTISSAGE", durationMonths: { ideal, min: null, max: null } }, (p) => {
      p.education.requirements = ["WORK_STUDY_PROGRAMME"];
    });
  test.each([6, 12, 36])("%i months passes", (months) => expectValid(apprenticeship(months)));
  test("5 months fails with L6222-7-1", () =>
    expectError(apprenticeship(5), "contract.durationMonths.ideal", "at least 6 months (Code du travail L6222-7-1)"));
  test("37 months fails", () => expectError(apprenticeship(37), "contract.durationMonths.ideal", "at most 36 months"));
  test("work-study requirement typed as an internship is a contract mismatch", () => {
    const posting = apprenticeship(6);
    posting.contract.type = "STAGE";
    expectError(posting, "contract.type", "Contract mismatch");
  });
  test.each(["Payroll Apprentice", "Alternant comptable", "Apprentie RH", "Stage en alternance"])(
    "an internship titled %s is a contract mismatch",
    (title) => expectError(internship({}, (p) => void (p.content.en.title = title)), "contract.type", "L6221-1"),
  );
  test("a missing duration fails", () =>
    expectError(makeContract({ type: "APPRENTISSAGE", durationMonths: null }), "contract.durationMonths", "how many months"));
});

describe("professionalisation, CDD, CDI", () => {
  const contract = (type: "PROFESSIONNALISATION" | "CDD", ideal: number, reason: DurationReason | null = null) =>
    makeContract({ type, durationMonths: { ideal, min: null, max: null }, durationReason: reason });
  test("professionalisation 12 months passes", () => expectValid(contract("PROFESSIONNALISATION", 12)));
  test("professionalisation 24 months without a reason fails", () =>
    expectError(contract("PROFESSIONNALISATION", 24), "contract.durationMonths.ideal", "choose the case in “Reason for a longer contract”"));
  test("professionalisation 24 months under a branch agreement passes", () =>
    expectValid(contract("PROFESSIONNALISATION", 24, "PRO_BRANCH_AGREEMENT")));
  test("professionalisation 37 months fails even for a priority group", () =>
    expectError(contract("PROFESSIONNALISATION", 37, "PRO_PRIORITY_PUBLIC"), "contract.durationMonths.ideal", "at most 36 months in this case"));
  test("CDD 18 months passes", () => expectValid(contract("CDD", 18)));
  test("CDD 19 months without a reason fails with L1242-8-1", () =>
    expectError(contract("CDD", 19), "contract.durationMonths.ideal", "Code du travail L1242-8-1"));
  test("CDD 24 months abroad passes", () => expectValid(contract("CDD", 24, "CDD_WORK_ABROAD")));
  test("CDD 25 months fails", () => expectError(contract("CDD", 25, "CDD_WORK_ABROAD"), "contract.durationMonths.ideal", "at most 24 months"));
  test("CDI with a duration fails", () =>
    expectError(makeContract({ durationMonths: { ideal: 12, min: null, max: null } }), "contract.durationMonths", "open-ended"));
  test("CDI with an end date fails", () => expectError(makeContract({ endDate: "2026-09-01" }), "contract.endDate", "open-ended"));
  test("min above ideal fails", () =>
    expectError(makeContract({ type: "CDD", durationMonths: { ideal: 6, min: 8, max: null } }), "contract.durationMonths.min", "“At least (months)” cannot be more than “Length (months)”"));
});

describe("VIE, freelance, schedule, compensation", () => {
  const vie = (country: string, months = 12) =>
    makeContract({ type: "VIE", durationMonths: { ideal: months, min: null, max: null } }, (p) => {
      p.location.workAuthorization = "EEA_NATIONALITY";
      p.location.office = { slug: "berlin", name: "Berlin", street: null, postalCode: "10115", city: "Berlin", region: null, country };
    });
  test("VIE abroad for EEA nationals passes", () => expectValid(vie("DE")));
  test("VIE in France fails", () => expectError(vie("FR"), "location.office.country", "mission abroad"));
  test("VIE over 24 months fails", () => expectError(vie("DE", 25), "contract.durationMonths.ideal", "at most 24 months"));
  test("VIE without EEA nationality fails", () => {
    const posting = vie("DE");
    posting.location.workAuthorization = "NONE";
    expectError(posting, "location.workAuthorization", "EEA nationals");
  });
  test("freelance with a gratification fails", () =>
    expectError(
      makeContract({ type: "FREELANCE", compensation: { kind: "GRATIFICATION", minAmount: null, maxAmount: null, currency: "EUR", unit: "DAY", note: null } }),
      "contract.compensation.kind",
      "freelancer",
    ));
  test("freelance with fees passes", () =>
    expectValid(makeContract({ type: "FREELANCE", compensation: { kind: "SALARY", minAmount: 500, maxAmount: 600, currency: "EUR", unit: "DAY", note: null } })));
  test("convention de stage on a non-internship fails", () =>
    expectError(makePosting((p) => void (p.education.requirements = ["CONVENTION_DE_STAGE"])), "education.requirements", "only exists for internships"));
  test("part-time needs weekly hours under 35", () => {
    expectError(makeContract({ schedule: "PART_TIME" }), "contract.weeklyHours", "Give “Hours a week” for this part-time contract");
    expectError(makeContract({ schedule: "PART_TIME", weeklyHours: 35 }), "contract.weeklyHours", "fewer than 35 hours");
    expectValid(makeContract({ schedule: "PART_TIME", weeklyHours: 24 }));
  });
  test("compensation maximum below minimum fails", () =>
    expectError(
      makeContract({ compensation: { kind: "SALARY", minAmount: 50000, maxAmount: 40000, currency: "EUR", unit: "YEAR", note: null } }),
      "contract.compensation.maxAmount",
      "“Up to” cannot be below “From”",
    ));
  test("rule errors do not block a draft", () => {
    const result = validatePosting(makeContract({ type: "CDD", durationMonths: { ideal: 30, min: null, max: null } }), { mode: "draft" });
    expect(result.ok).toBe(true);
    expect(result.publishBlockers["contract.durationMonths.ideal"]).toBeDefined();
  });
  test("a valid CDI has no error at contract.type", () => expectNoErrorAt(makePosting(), "contract.type"));
});

describe("VIE location messages name the editor's fields", () => {
  const vieIn = (office: "DE" | "FR" | null) =>
    makeContract({ type: "VIE", durationMonths: { ideal: 12, min: null, max: null } }, (p) => {
      p.location.workAuthorization = "EEA_NATIONALITY";
      if (office === null) p.location.office = null;
      else if (office === "DE") p.location.office = { slug: "berlin", name: "Berlin", street: "Alexanderplatz 1", postalCode: "10178", city: "Berlin", region: null, country: "DE" };
    });
  test("a VIE in Berlin passes", () => expectValid(vieIn("DE")));
  test("a VIE in France points at “Office”", () => expectError(vieIn("FR"), "location.office.country", "choose an office outside France in “Office”"));
  test("a VIE with no office points at “Office”, once", () => {
    expectError(vieIn(null), "location.office", "choose an office outside France in “Office”");
    const result = validatePosting(vieIn(null), { mode: "publish" });
    const messages = { ...result.errors, ...result.publishBlockers }["location.office"] ?? [];
    expect(messages).toHaveLength(1);
  });
  test("a VIE without EEA nationality points at “Right to work”", () =>
    expectError(makeContract({ type: "VIE", durationMonths: { ideal: 12, min: null, max: null } }, (p) => { p.location.office = { slug: "berlin", name: "Berlin", street: null, postalCode: "10178", city: "Berlin", region: null, country: "DE" }; }), "location.workAuthorization", "choose “EEA nationality required” in “Right to work”"));
});
