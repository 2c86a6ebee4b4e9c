import { describe, expect, test } from "vitest";
import { validatePosting, type LocaleContentInput } from "@/lib/postings";
import { expectError, expectValid, makePosting } from "./fixtures";

const withEn = (patch: Partial<LocaleContentInput>) => makePosting((p) => void Object.assign(p.content.en, patch));
const frContent = (patch: Partial<LocaleContentInput> = {}): LocaleContentInput => ({
  title: "Ingénieur·e backend",
  about: "",
  role: "",
  missions: ["Construire des API"],
  profile: ["Vous connaissez TypeScript"],
  benefits: [],
  additionalInfo: "",
  steps: [],
  ...patch,
});

describe("locale content", () => {
  test("an English title, mission and profile item pass", () => expectValid(makePosting()));
  test("an empty title fails", () => expectError(withEn({ title: "  " }), "content.en.title", "Fill in “Job title (English)”"));
  test("no mission fails", () => expectError(withEn({ missions: [] }), "content.en.missions", "at least one mission"));
  test("no profile item fails", () => expectError(withEn({ profile: [] }), "content.en.profile", "at least one item"));
  test("a complete French locale passes", () => expectValid(makePosting((p) => void (p.content.fr = frContent()))));
  test("a French locale without missions fails at its own path", () =>
    expectError(makePosting((p) => void (p.content.fr = frContent({ missions: [] }))), "content.fr.missions", "at least one mission"));
  test("English is required", () =>
    expectError(makePosting((p) => void delete (p.content as { en?: unknown }).en), "content.en", "required"));
  test("an unknown locale is rejected", () =>
    expectError(makePosting((p) => void Object.assign(p.content, { de: frContent() })), "content.de", "cannot be set"));
  test.each(["Stagiaire (H/F)", "Backend Engineer F/H", "Backend Engineer at Back Market", "Intern March 2025"])(
    "title %j breaks the search title policy",
    (title) => expectError(withEn({ title }), "content.en.title", "out of the title"),
  );
});

describe("recruitment steps", () => {
  const step = (patch: Record<string, unknown> = {}) => ({ order: 1, kind: "VIDEO_CALL", label: "Interview", minutes: 30, withWhom: null, options: [], ...patch });
  const withSteps = (steps: unknown[]) => withEn({ steps: steps as LocaleContentInput["steps"] });
  test("steps numbered 1..n pass", () => expectValid(withSteps([step(), step({ order: 2 }), step({ order: 3 })])));
  test("a gap in the numbering fails", () =>
    expectError(withSteps([step(), step({ order: 3 })]), "content.en.steps.1.order", "should be step 2"));
  test.each([15, 240])("%i minutes passes", (minutes) => expectValid(withSteps([step({ minutes })])));
  test.each([10, 241])("%i minutes fails", (minutes) =>
    expectError(withSteps([step({ minutes })]), "content.en.steps.0.minutes", "“Length (minutes)” must be between 15 and 240"));
  test("an assessment without options fails", () =>
    expectError(withSteps([step({ kind: "ASSESSMENT" })]), "content.en.steps.0.options", "home assignment, live case study or both"));
  test("an assessment with both options passes", () =>
    expectValid(withSteps([step({ kind: "ASSESSMENT", options: ["HOME_ASSIGNMENT", "LIVE_CASE_STUDY"] })])));
  test("options on a video call fail", () =>
    expectError(withSteps([step({ options: ["HOME_ASSIGNMENT"] })]), "content.en.steps.0.options", "Only an assessment step"));
  test("an unknown step kind fails", () => expectError(withSteps([step({ kind: "LUNCH" })]), "content.en.steps.0.kind", "Choose one of"));
});

describe("apply path and slug", () => {
  const withApply = (apply: { url: string | null; email: string | null }) => makePosting((p) => void (p.apply = apply));
  test("an email alone passes", () => expectValid(withApply({ url: null, email: "jobs@backmarket.com" })));
  test("no way to apply fails on publish only", () => {
    expectError(withApply({ url: null, email: null }), "apply.url", "a way to apply");
    expectValid(withApply({ url: "", email: "" }), "draft");
  });
  test.each(["http://jobs.example.com", "javascript:alert(1)", "ftp://example.com/a", "not a url"])("apply URL %j fails", (url) =>
    expectError(withApply({ url, email: null }), "apply.url", "https://"));
  test("an invalid email fails", () => expectError(withApply({ url: null, email: "jobs@" }), "apply.email", "valid email"));
  test.each(["tpm-intern", "a", "x1-y2-z3", "a".repeat(80)])("slug %j passes", (slug) => expectValid(makePosting((p) => void (p.slug = slug))));
  test.each(["TPM", "-tpm", "tpm-", "tpm--intern", "tpm_intern", "stagiaire-é", "", "a".repeat(81)])("slug %j fails", (slug) => {
    const result = validatePosting(makePosting((p) => void (p.slug = slug)), { mode: "draft" });
    expect(result.ok).toBe(false);
    expect(result.errors.slug?.[0]).toMatch(/lowercase letters|80 characters/);
  });
});
