import { describe, expect, test } from "vitest";
import { LANGUAGE_CODES } from "@/lib/postings";
import { expectError, expectValid, makePosting } from "./fixtures";

const withLanguages = (languages: unknown[]) =>
  makePosting((p) => void (p.languages = languages as typeof p.languages));

describe("languages", () => {
  test("English required and French optional passes", () =>
    expectValid(withLanguages([
      { code: "en", level: "C1", required: true, wording: "fluent" },
      { code: "fr", level: "NATIVE", required: false, wording: null },
    ])));
  test("no required language fails", () =>
    expectError(withLanguages([{ code: "en", level: "B2", required: false, wording: null }]), "languages", "Tick “Required” for at least one language"));
  test("no language at all fails on publish but not in a draft", () => {
    expectError(withLanguages([]), "languages", "Tick “Required” for at least one language");
    expectValid(withLanguages([]), "draft");
  });
  test.each(["xx", "EN", "eng", ""])("code %j fails", (code) =>
    expectError(withLanguages([{ code, level: "B2", required: true, wording: null }]), "languages.0.code", "Choose a language in “Language”"));
  test("level B3 fails", () =>
    expectError(withLanguages([{ code: "en", level: "B3", required: true, wording: null }]), "languages.0.level", "Choose a level in “Minimum level”"));
  test("a language listed twice fails, even in a draft", () => {
    const twice = withLanguages([
      { code: "en", level: "B2", required: true, wording: null },
      { code: "en", level: "C1", required: false, wording: null },
    ]);
    expectError(twice, "languages.1.code", "listed twice");
    expectError(twice, "languages.1.code", "listed twice", "draft");
  });
  test("the static list holds all 184 ISO 639-1 codes", () => {
    expect(LANGUAGE_CODES).toHaveLength(184);
    expect(new Set(LANGUAGE_CODES).size).toBe(184);
  });
});
