import { describe, expect, test } from "vitest";
import { postingSchema, repostForNextIntake, validatePosting } from "@/lib/postings";
import { accountantApprentice, peopleOpsPayrollApprentice, SEED_POSTINGS, tpmIntern } from "@/prisma/seed-data/postings";

const NOW = new Date("2026-11-22T10:00:00Z");

describe("repostForNextIntake", () => {
  test("the seeds move to the 2027 intake", () => {
    const people = repostForNextIntake(postingSchema.parse(peopleOpsPayrollApprentice), NOW);
    expect(people.dates).toEqual({
      datePosted: "2026-11-22T11:00:00+01:00",
      // The source states no closing date: none after a repost either.
      validThrough: null,
      startWindow: { earliest: "2027-08-01", latest: "2027-09-30" },
    });
    expect(repostForNextIntake(postingSchema.parse(tpmIntern), NOW).dates.startWindow).toEqual({ earliest: "2027-03-01", latest: "2027-03-31" });
    expect(repostForNextIntake(postingSchema.parse(accountantApprentice), NOW).dates.startWindow.earliest).toBe("2027-09-01");
  });
  test("a closing date moves with the intake", () => {
    const posting = postingSchema.parse({ ...peopleOpsPayrollApprentice, dates: { ...peopleOpsPayrollApprentice.dates, validThrough: "2025-09-30T23:59:59+02:00" } });
    expect(repostForNextIntake(posting, NOW).dates.validThrough).toBe("2027-09-30T23:59:59+02:00");
  });
  test.each(SEED_POSTINGS.map((p) => [p.slug, p] as const))("reposted %s starts after now and still passes publish validation", (_slug, seed) => {
    const reposted = repostForNextIntake(postingSchema.parse(seed), NOW);
    expect(Date.parse(reposted.dates.startWindow.earliest)).toBeGreaterThan(NOW.getTime());
    expect(validatePosting(reposted, { mode: "publish" }).errors).toEqual({});
    const original = postingSchema.parse(seed);
    expect({ ...reposted, dates: original.dates }).toEqual(original);
  });
  test("a window still ahead keeps its year", () => {
    const reposted = repostForNextIntake(postingSchema.parse(peopleOpsPayrollApprentice), new Date("2025-04-01T08:00:00Z"));
    expect(reposted.dates.startWindow).toEqual({ earliest: "2025-08-01", latest: "2025-09-30" });
    expect(reposted.dates.datePosted).toBe("2025-04-01T10:00:00+02:00");
  });
  test("a window starting today moves a year (it must start after today, Paris)", () => {
    const reposted = repostForNextIntake(postingSchema.parse(tpmIntern), new Date("2025-02-28T23:30:00Z"));
    expect(reposted.dates.startWindow.earliest).toBe("2026-03-01");
  });
  test("a closing date already past moves the intake even if the start is ahead", () => {
    const posting = postingSchema.parse({ ...tpmIntern, dates: { ...tpmIntern.dates, validThrough: "2025-02-01T23:59:59+01:00" } });
    expect(repostForNextIntake(posting, new Date("2025-02-10T10:00:00Z")).dates.startWindow.earliest).toBe("2026-03-01");
  });
  test("the contract end date moves with the intake", () => {
    const posting = postingSchema.parse({ ...tpmIntern, contract: { ...tpmIntern.contract, endDate: "2025-08-31" } });
    expect(repostForNextIntake(posting, NOW).contract.endDate).toBe("2027-08-31");
  });
});
