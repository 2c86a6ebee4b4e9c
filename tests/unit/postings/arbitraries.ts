import fc from "fast-check";
import { COUNTRY_CODES, hasForbiddenCharacters, LANGUAGE_CODES, parisEndOfDay, type PostingInput } from "@/lib/postings";

// Generators of postings that satisfy every rule by construction, so property
// tests can assert both "valid" and "round-trips".

const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((parts) => parts.join(" "));
const padded = (text: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom("", " ", "  "), text, fc.constantFrom("", " ", "\t")).map(([a, b, c]) => a + b + c);
const markdown = fc.string({ unit: "grapheme", maxLength: 200 }).filter((text) => !hasForbiddenCharacters(text, true));
const item = words(8);
const list = (min: number) => fc.array(padded(item), { minLength: min, maxLength: 5 });
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/);

const steps = fc.array(
  fc.record({
    kind: fc.constantFrom("VIDEO_CALL", "PHONE", "ONSITE", "ASSESSMENT" as const),
    label: words(4),
    minutes: fc.integer({ min: 15, max: 240 }),
    withWhom: fc.option(words(3), { nil: null }),
    options: fc.subarray(["HOME_ASSIGNMENT", "LIVE_CASE_STUDY"] as const, { minLength: 1 }),
  }),
  { maxLength: 5 },
).map((list) => list.map((step, index) => ({ ...step, order: index + 1, options: step.kind === "ASSESSMENT" ? step.options : [] })));

const localeContent = fc.record({
  title: padded(words(5)),
  about: markdown,
  role: markdown,
  missions: list(1),
  profile: list(1),
  benefits: list(0),
  additionalInfo: markdown,
  steps,
});

const months = (min: number, max: number) => fc.integer({ min, max }).map((ideal) => ({ ideal, min: null, max: null }));
const gratification = fc.option(
  fc.record({
    kind: fc.constant("GRATIFICATION" as const),
    minAmount: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
    maxAmount: fc.constant(null),
    currency: fc.constant("EUR" as const),
    unit: fc.constant("MONTH" as const),
    note: fc.option(words(4), { nil: null }),
  }),
  { nil: null },
);

// Each contract type with a length and the enrolment its law asks for.
const contract = fc.oneof(
  fc.constant({ type: "CDI" as const, durationMonths: null, requirements: [] as string[] }),
  months(1, 18).map((d) => ({ type: "CDD" as const, durationMonths: d, requirements: [] as string[] })),
  fc.tuple(months(1, 6), gratification).map(([d, compensation]) => ({ type: "STAGE" as const, durationMonths: d, compensation, weeklyHours: 35, requirements: ["ENROLLED_STUDENT", "CONVENTION_DE_STAGE"] })),
  months(6, 36).map((d) => ({ type: "APPRENTISSAGE" as const, durationMonths: d, requirements: ["WORK_STUDY_PROGRAMME"] })),
  months(6, 12).map((d) => ({ type: "PROFESSIONNALISATION" as const, durationMonths: d, requirements: [] as string[] })),
  months(6, 24).map((d) => ({ type: "VIE" as const, durationMonths: d, requirements: [] as string[] })),
  fc.constant({ type: "FREELANCE" as const, durationMonths: null, requirements: [] as string[] }),
);

const PARIS = { slug: "paris-hq", name: "Paris HQ", street: "199 rue Championnet", postalCode: "75018", city: "Paris", region: null, country: "FR" };
const BERLIN = { slug: "berlin", name: "Berlin", street: null, postalCode: "10115", city: "Berlin", region: null, country: "DE" };

const dates = fc
  .record({
    earliest: fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }),
    spanDays: fc.integer({ min: 0, max: 90 }),
    leadDays: fc.integer({ min: 1, max: 200 }),
    closes: fc.boolean(),
  })
  .map(({ earliest, spanDays, leadDays, closes }) => {
    const start = earliest.toISOString().slice(0, 10);
    const latest = new Date(Date.parse(`${start}T00:00:00Z`) + spanDays * 86_400_000).toISOString().slice(0, 10);
    const posted = new Date(Date.parse(`${start}T00:00:00Z`) - leadDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    return { datePosted: posted, validThrough: closes ? parisEndOfDay(latest) : null, startWindow: { earliest: start, latest } };
  });

export const validPosting: fc.Arbitrary<PostingInput> = fc
  .record({
    slug,
    teamSlug: slug,
    contract,
    schedule: fc.constantFrom("FULL_TIME", "PART_TIME" as const),
    dates,
    remote: fc.oneof(
      fc.constant({ policy: "ON_SITE" as const }),
      fc.record({ policy: fc.constant("HYBRID" as const), daysPerWeek: fc.integer({ min: 1, max: 4 }), note: fc.option(words(6), { nil: null }) }),
      fc.record({ policy: fc.constant("REMOTE" as const), eligibleCountries: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { minLength: 1, maxLength: 4 }) }),
    ),
    languages: fc.uniqueArray(fc.constantFrom(...LANGUAGE_CODES), { minLength: 1, maxLength: 3 }),
    level: fc.constantFrom("A1", "A2", "B1", "B2", "C1", "C2", "NATIVE" as const),
    en: localeContent,
    fr: fc.option(localeContent, { nil: undefined }),
    email: fc.option(fc.constant("jobs@backmarket.com"), { nil: null }),
  })
  .map((r) => ({
    slug: r.slug,
    teamSlug: r.teamSlug,
    contract: {
      type: r.contract.type,
      schedule: r.contract.type === "STAGE" ? "FULL_TIME" : r.schedule,
      weeklyHours: "weeklyHours" in r.contract ? r.contract.weeklyHours : r.schedule === "PART_TIME" ? 24 : null,
      durationMonths: r.contract.durationMonths,
      durationReason: null,
      endDate: null,
      compensation: "compensation" in r.contract ? r.contract.compensation : null,
    },
    dates: r.dates,
    location: {
      office: r.contract.type === "VIE" ? BERLIN : PARIS,
      remote: r.remote,
      workAuthorization: r.contract.type === "VIE" ? "EEA_NATIONALITY" : "NONE",
    },
    languages: r.languages.map((code, index) => ({ code, level: r.level, required: index === 0, wording: null })),
    education: { requirements: r.contract.requirements as PostingInput["education"]["requirements"], field: null },
    content: r.fr ? { en: r.en, fr: r.fr } : { en: r.en },
    apply: { url: r.email ? null : "https://jobs.example.com/a", email: r.email },
  }));

/** Every path to a value inside a JSON-like object, for mutation tests. */
export function listPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => listPaths(child, [...prefix, key]))];
}

export function setPath(root: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cursor = copy;
  path.slice(0, -1).forEach((key) => (cursor = cursor[key] as Record<string | number, unknown>));
  cursor[path[path.length - 1] as string | number] = next;
  return copy;
}
