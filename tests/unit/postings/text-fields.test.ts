import { describe, expect, test } from "vitest";
import { validatePosting } from "@/lib/postings";
import { expectError, expectValid, makePosting, validateValid } from "./fixtures";

const withEn = (patch: Record<string, unknown>) => makePosting((p) => void Object.assign(p.content.en, patch));

describe("strings are trimmed and bounded", () => {
  test("surrounding spaces are trimmed", () => {
    const result = validateValid(withEn({ title: "  Backend Engineer  ", missions: ["  Build APIs "] }));
    expect(result.data.content.en.title).toBe("Backend Engineer");
    expect(result.data.content.en.missions).toEqual(["Build APIs"]);
  });
  test("a title of 120 characters passes, 121 fails", () => {
    expectValid(withEn({ title: "a".repeat(120) }));
    expectError(withEn({ title: "a".repeat(121) }), "content.en.title", "120 characters or fewer", "draft");
  });
  test("markdown of 20,000 characters passes, 20,001 fails", () => {
    expectValid(withEn({ about: "a".repeat(20_000) }));
    expectError(withEn({ about: "a".repeat(20_001) }), "content.en.about", "20,000 characters or fewer", "draft");
  });
  test("a list item over 1,000 characters fails", () =>
    expectError(withEn({ missions: ["a".repeat(1_001)] }), "content.en.missions.0", "1,000 characters or fewer", "draft"));
  test("a list over 50 items fails", () =>
    expectError(withEn({ benefits: Array.from({ length: 51 }, (_, i) => `Benefit ${i}`) }), "content.en.benefits", "50 items or fewer", "draft"));
  test("an empty list item fails", () => expectError(withEn({ benefits: ["  "] }), "content.en.benefits.0", "empty item", "draft"));
});

describe("control and bidi characters", () => {
  test("markdown keeps line feeds and tabs, and CRLF becomes LF", () => {
    const result = validateValid(withEn({ about: "First\r\n\r\n\tSecond" }));
    expect(result.data.content.en.about).toBe("First\n\n\tSecond");
  });
  test.each([
    ["NUL", "\u0000"],
    ["bell", "\u0007"],
    ["escape", "\u001B"],
    ["DEL", "\u007F"],
    ["C1 NEL", "\u0085"],
    ["right-to-left override", "\u202E"],
    ["first-strong isolate", "\u2068"],
  ])("%s in markdown is rejected even in a draft", (_name, character) =>
    expectError(withEn({ about: `Hello${character}world` }), "content.en.about", "control or text-direction", "draft"));
  test.each(["\n", "\t", "\u202A", "\u0000"])("%j in a title is rejected", (character) =>
    expectError(withEn({ title: `Backend${character}Engineer` }), "content.en.title", "control or text-direction", "draft"));
  test.each([
    ["a lone high surrogate", "\uD800"],
    ["a lone low surrogate", "\uDC00"],
    ["a low surrogate before its high one", "\uDE00\uD83D"],
  ])("%s is rejected in a title and in markdown", (_name, halves) => {
    expectError(withEn({ title: `Backend ${halves} Engineer` }), "content.en.title", "control or text-direction", "draft");
    expectError(withEn({ about: `Hello ${halves} world` }), "content.en.about", "control or text-direction", "draft");
  });
  test("a whole surrogate pair (an emoji) is text like any other", () => {
    expect(validateValid(withEn({ title: "Backend Engineer \uD83D\uDE00" })).data.content.en.title).toBe("Backend Engineer 😀");
  });
  test("the apply link refuses control and text-direction characters that a URL parser would percent-encode", () => {
    for (const url of ["https://jobs.example.com/apply\u0000x", "https://jobs.example.com/\u202Eexe.pdf"]) {
      expectError(makePosting((p) => void (p.apply = { url, email: null })), "apply.url", "control or text-direction", "draft");
    }
  });
  test("bidi characters are rejected in list items and notes too", () => {
    expectError(withEn({ missions: ["Build \u2066APIs"] }), "content.en.missions.0", "text-direction", "draft");
    expectError(makePosting((p) => void (p.location.remote = { policy: "HYBRID", daysPerWeek: 2, note: "\u202Dflex" })), "location.remote.note", "text-direction", "draft");
  });
});

describe("unknown keys are rejected everywhere", () => {
  test.each(["status", "author", "authorId", "id", "version"])("a top-level %s cannot be set, even in a draft", (key) =>
    expectError({ ...makePosting(), [key]: "PUBLISHED" }, key, "cannot be set from this form", "draft"));
  test("nested unknown keys are named at their path", () => {
    const posting = makePosting();
    Object.assign(posting.contract, { salary: 1 });
    Object.assign(posting.content.en.steps[0] ?? {}, { secret: true });
    const result = validatePosting(posting, { mode: "draft" });
    expect(Object.keys(result.errors).sort()).toEqual(["content.en.steps.0.secret", "contract.salary"]);
  });
  test("a missing field is reported as required", () => {
    const posting: Partial<ReturnType<typeof makePosting>> = makePosting();
    delete posting.teamSlug;
    expectError(posting, "teamSlug", "required", "draft");
  });
});
