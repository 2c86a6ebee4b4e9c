import { describe, expect, test } from "vitest";
import {
  addMonths,
  addYearsToParisDateTime,
  formatParisDateTime,
  isExpired,
  isPubliclyVisible,
  parisEndOfDay,
  parisToday,
  resolvePublicStatus,
} from "@/lib/postings";
import { expectError, expectValid, makePosting, validateValid } from "./fixtures";

const withDates = (dates: Partial<ReturnType<typeof makePosting>["dates"]>) =>
  makePosting((p) => void Object.assign(p.dates, dates));

describe("dates", () => {
  test("validThrough at the end of the latest start day (Paris) passes", () =>
    expectValid(withDates({ validThrough: "2025-09-30T23:59:59+02:00" })));
  test("the same instant written in UTC passes", () => expectValid(withDates({ validThrough: "2025-09-30T21:59:59Z" })));
  test("validThrough one second after the latest start day fails", () =>
    expectError(withDates({ validThrough: "2025-10-01T00:00:00+02:00" }), "dates.validThrough", "Applications must close by the end of “Latest start” (30 Sept 2025)"));
  test("validThrough before datePosted fails", () =>
    expectError(withDates({ validThrough: "2025-05-01T00:00:00+02:00" }), "dates.validThrough", "after the posting date"));
  test("no validThrough passes (no invented closing date)", () => expectValid(withDates({ validThrough: null })));
  test("earliest start after latest start fails", () =>
    expectError(withDates({ startWindow: { earliest: "2025-10-01", latest: "2025-09-30" }, validThrough: null }), "dates.startWindow.latest", "“Latest start” cannot be before “Earliest start”"));
  test("a date-time without offset fails", () =>
    expectError(withDates({ datePosted: "2025-05-12T09:00:00" }), "dates.datePosted", "Choose a date"));
  test("a date-time with a space instead of T fails", () =>
    expectError(withDates({ datePosted: "2025-05-12 09:00:00+02:00" }), "dates.datePosted", "Choose a date"));
  test("an impossible calendar date fails", () =>
    expectError(withDates({ startWindow: { earliest: "2025-02-30", latest: "2025-03-31" } }), "dates.startWindow.earliest", "Choose a date for “Earliest start”."));
});

describe("expiry", () => {
  const posting = { dates: { validThrough: "2025-09-30T23:59:59+02:00" } };
  test("not expired until validThrough has passed", () => {
    expect(isExpired(posting, new Date("2025-09-30T21:59:59Z"))).toBe(false);
    expect(isExpired(posting, new Date("2025-09-30T22:00:00Z"))).toBe(true);
  });
  test("no validThrough never expires by date", () => expect(isExpired({ dates: { validThrough: null } }, new Date("2099-01-01"))).toBe(false));
  test("a published posting past validThrough is shown as expired", () => {
    const later = new Date("2025-10-01T00:00:00Z");
    expect(resolvePublicStatus("PUBLISHED", posting, later)).toBe("EXPIRED");
    expect(resolvePublicStatus("DRAFT", posting, later)).toBe("DRAFT");
    expect(isPubliclyVisible("PUBLISHED", posting, later)).toBe(false);
    expect(isPubliclyVisible("PUBLISHED", posting, new Date("2025-09-01T00:00:00Z"))).toBe(true);
  });
});

describe("Europe/Paris helpers", () => {
  test("end of day in summer and winter time", () => {
    expect(parisEndOfDay("2025-09-30")).toBe("2025-09-30T23:59:59+02:00");
    expect(parisEndOfDay("2025-12-31")).toBe("2025-12-31T23:59:59+01:00");
    expect(parisEndOfDay("2025-03-30")).toBe("2025-03-30T23:59:59+02:00");
    expect(parisEndOfDay("2025-10-26")).toBe("2025-10-26T23:59:59+01:00");
  });
  test("today is the Paris calendar day", () => {
    expect(parisToday(new Date("2025-06-30T22:30:00Z"))).toBe("2025-07-01");
    expect(parisToday(new Date("2025-12-31T22:59:59Z"))).toBe("2025-12-31");
  });
  test("formats an instant with its Paris offset", () => {
    expect(formatParisDateTime(new Date("2026-11-22T10:00:00Z"))).toBe("2026-11-22T11:00:00+01:00");
  });
  test("adds months on date strings, clamping the day", () => {
    expect(addMonths("2025-08-31", 1)).toBe("2025-09-30");
    expect(addMonths("2025-03-01", 6)).toBe("2025-09-01");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-01-15", -2)).toBe("2024-11-15");
  });
  test("adds years keeping the Paris wall clock across DST", () => {
    expect(addYearsToParisDateTime("2025-03-31T23:59:59+02:00", 2)).toBe("2027-03-31T23:59:59+02:00");
    expect(addYearsToParisDateTime("2025-03-28T12:00:00+01:00", 1)).toBe("2026-03-28T12:00:00+01:00");
  });
});

describe("plain-language date messages", () => {
  test("a start before the posting date is a warning on the earliest start", () => {
    const result = validateValid(withDates({ datePosted: "2025-05-12T09:00:00+02:00", startWindow: { earliest: "2025-05-01", latest: "2025-05-31" }, validThrough: null }));
    expect(result.warnings["dates.startWindow.earliest"]).toEqual([expect.stringContaining("before the posting date")]);
  });
});
