import { expect } from "vitest";
import { validatePosting, type PostingInput, type PostingValidationMode } from "@/lib/postings";

// A complete, publishable CDI: each test changes only what its rule is about.
export function makePosting(mutate?: (posting: PostingInput) => void): PostingInput {
  const posting: PostingInput = {
    slug: "backend-engineer",
    teamSlug: "technology",
    contract: {
      type: "CDI",
      schedule: "FULL_TIME",
      weeklyHours: null,
      durationMonths: null,
      durationReason: null,
      endDate: null,
      compensation: null,
    },
    dates: {
      datePosted: "2025-05-12T09:00:00+02:00",
      validThrough: "2025-09-30T23:59:59+02:00",
      startWindow: { earliest: "2025-09-01", latest: "2025-09-30" },
    },
    location: {
      office: {
        slug: "paris-hq",
        name: "Paris HQ",
        street: "199 rue Championnet",
        postalCode: "75018",
        city: "Paris",
        region: null,
        country: "FR",
      },
      remote: { policy: "HYBRID", daysPerWeek: 2, note: null },
      workAuthorization: "NONE",
    },
    languages: [{ code: "en", level: "B2", required: true, wording: null }],
    education: { requirements: [], field: null },
    content: {
      en: {
        title: "Backend Engineer",
        about: "We refurbish tech.",
        role: "You build **services**.",
        missions: ["Build APIs"],
        profile: ["You know TypeScript"],
        benefits: [],
        additionalInfo: "",
        steps: [
          { order: 1, kind: "VIDEO_CALL", label: "Interview", minutes: 30, withWhom: null, options: [] },
          { order: 2, kind: "ASSESSMENT", label: "Case study", minutes: 60, withWhom: null, options: ["LIVE_CASE_STUDY"] },
        ],
      },
    },
    apply: { url: "https://jobs.example.com/apply", email: null },
  };
  mutate?.(posting);
  return posting;
}

/** A posting with the given contract fields, on a valid base. */
export function makeContract(contract: Partial<PostingInput["contract"]>, mutate?: (posting: PostingInput) => void) {
  return makePosting((posting) => {
    Object.assign(posting.contract, contract);
    mutate?.(posting);
  });
}

/** A full-time 6-month internship with its convention and an enrolled student, on a valid base. */
export function makeInternship(contract: Partial<PostingInput["contract"]> = {}, mutate?: (posting: PostingInput) => void) {
  return makeContract(
    {
      type: "STAGE",
      durationMonths: { ideal: 6, min: null, max: null },
      weeklyHours: 35,
      compensation: { kind: "GRATIFICATION", minAmount: 700, maxAmount: null, currency: "EUR", unit: "MONTH", note: null },
      ...contract,
    },
    (posting) => {
      posting.education.requirements = ["MASTERS_STUDENT", "CONVENTION_DE_STAGE"];
      mutate?.(posting);
    },
  );
}

/** Asserts the posting saves in `mode` and returns the parsed data and warnings. */
export function validateValid(input: unknown, mode: PostingValidationMode = "publish") {
  const result = validatePosting(input, { mode });
  expect(result.errors).toEqual({});
  if (!result.ok) throw new Error("expected a valid posting");
  return result;
}

export function expectValid(input: unknown, mode: PostingValidationMode = "publish"): void {
  validateValid(input, mode);
}

/** Asserts that `path` carries a message containing `text` (and that saving is blocked). */
export function expectError(input: unknown, path: string, text: string, mode: PostingValidationMode = "publish"): void {
  const result = validatePosting(input, { mode });
  expect(result.ok).toBe(false);
  expect(result.errors[path], `errors were ${JSON.stringify(result.errors)}`).toEqual(
    expect.arrayContaining([expect.stringContaining(text)]),
  );
}

export function expectNoErrorAt(input: unknown, path: string, mode: PostingValidationMode = "publish") {
  expect(validatePosting(input, { mode }).errors[path]).toBeUndefined();
}
