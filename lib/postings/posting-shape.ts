import { z } from "zod";
import { COUNTRY_CODES, isCountryCode } from "./country-codes";
import {
  ASSESSMENT_OPTIONS,
  COMPENSATION_KINDS,
  CONTRACT_TYPES,
  CURRENCIES,
  EDUCATION_REQUIREMENTS,
  LANGUAGE_LEVELS,
  PAY_UNITS,
  STEP_KINDS,
  WORK_AUTHORIZATIONS,
  WORK_SCHEDULES,
} from "./enums";
import { DURATION_REASON_CODES } from "./duration-reasons";
import { isLanguageCode } from "./language-codes";
import { markdownText, optionalText, singleLineText, slugText, TEXT_LIMITS, textList } from "./text-fields";

// The structure of a posting: types, formats, bounds and closed vocabularies.
// Everything here is "junk" if broken and blocks even a draft; the rules that
// relate fields to each other live in ./rules and are added in posting-schema.ts.

const calendarDate = z.iso.date({ error: "Choose a date." });
const instant = z.iso.datetime({
  offset: true,
  error: "Use a date and time with its offset, such as 2025-06-02T09:00:00+02:00.",
});

const countryCode = z
  .string()
  .trim()
  .refine(isCountryCode, { error: "Use a two-letter ISO country code in capitals, such as FR." });

const languageCode = z
  .string()
  .trim()
  .refine(isLanguageCode, { error: "Use a two-letter ISO 639-1 language code, such as en or fr." });

const wholeMonths = z
  .int({ error: "Give a whole number of months." })
  .min(1, { error: "A duration is at least 1 month." })
  .max(120, { error: "A duration cannot exceed 120 months." });

const amount = z
  .number({ error: "Give an amount as a number." })
  .nonnegative({ error: "An amount cannot be negative." })
  .max(9_999_999_999, { error: "This amount is too large." })
  .multipleOf(0.01, { error: "Use at most two decimals." });

export const compensationSchema = z.strictObject({
  kind: z.enum(COMPENSATION_KINDS),
  minAmount: amount.nullable(),
  maxAmount: amount.nullable(),
  currency: z.enum(CURRENCIES),
  unit: z.enum(PAY_UNITS),
  note: optionalText(TEXT_LIMITS.note),
});

export const contractSchema = z.strictObject({
  type: z.enum(CONTRACT_TYPES),
  schedule: z.enum(WORK_SCHEDULES),
  weeklyHours: z
    .number({ error: "Give the weekly hours as a number." })
    .min(1, { error: "Weekly hours must be at least 1." })
    .max(48, { error: "French law caps working time at 48 hours a week (Code du travail L3121-20)." })
    .multipleOf(0.1, { error: "Use at most one decimal." })
    .nullable(),
  durationMonths: z
    .strictObject({ ideal: wholeMonths, min: wholeMonths.nullable(), max: wholeMonths.nullable() })
    .nullable(),
  durationReason: z.enum(DURATION_REASON_CODES, { error: "Choose one of the cases the law lists, or none." }).nullable(),
  endDate: calendarDate.nullable(),
  compensation: compensationSchema.nullable(),
});

export const datesSchema = z.strictObject({
  datePosted: instant,
  validThrough: instant.nullable(),
  startWindow: z.strictObject({ earliest: calendarDate, latest: calendarDate }),
});

export const officeSchema = z.strictObject({
  slug: slugText("The office identifier"),
  name: singleLineText(TEXT_LIMITS.short).min(1, { error: "Name the office." }),
  street: optionalText(TEXT_LIMITS.short),
  postalCode: singleLineText(20).min(1, { error: "Give the postal code." }),
  city: singleLineText(TEXT_LIMITS.short).min(1, { error: "Give the city." }),
  region: optionalText(TEXT_LIMITS.short),
  country: countryCode,
});

export const remoteSchema = z.discriminatedUnion(
  "policy",
  [
    z.strictObject({ policy: z.literal("ON_SITE") }),
    z.strictObject({
      policy: z.literal("HYBRID"),
      // null when the posting states no number of days (say nothing rather than invent one).
      daysPerWeek: z
        .int({ error: "Give the remote days as a whole number." })
        .min(0, { error: "Remote days cannot be fewer than 0." })
        .max(5, { error: "A week has 5 working days: give 1 to 4 remote days for a hybrid role." })
        .nullable(),
      note: optionalText(TEXT_LIMITS.note),
    }),
    z.strictObject({
      policy: z.literal("REMOTE"),
      eligibleCountries: z.array(countryCode).max(COUNTRY_CODES.length),
    }),
  ],
  { error: "Choose on site, hybrid or remote." },
);

export const locationSchema = z.strictObject({
  office: officeSchema.nullable(),
  remote: remoteSchema,
  workAuthorization: z.enum(WORK_AUTHORIZATIONS),
});

export const languageSchema = z.strictObject({
  code: languageCode,
  // null when the posting names the language without a level ("fluent", "a no brainer").
  level: z.enum(LANGUAGE_LEVELS, { error: "Choose a CEFR level (A1 to C2) or native." }).nullable(),
  required: z.boolean(),
  wording: optionalText(TEXT_LIMITS.note),
});

export const educationSchema = z.strictObject({
  requirements: z.array(z.enum(EDUCATION_REQUIREMENTS)).max(EDUCATION_REQUIREMENTS.length),
  field: optionalText(TEXT_LIMITS.short),
});

export const stepSchema = z.strictObject({
  order: z.int({ error: "Number the step." }).min(1).max(TEXT_LIMITS.listLength),
  kind: z.enum(STEP_KINDS),
  label: singleLineText(TEXT_LIMITS.short),
  minutes: z.int({ error: "Give the length in whole minutes." }).min(1).max(1_440),
  withWhom: optionalText(TEXT_LIMITS.short),
  options: z.array(z.enum(ASSESSMENT_OPTIONS)).max(ASSESSMENT_OPTIONS.length),
});

export const localeContentSchema = z.strictObject({
  title: singleLineText(TEXT_LIMITS.title),
  about: markdownText(),
  role: markdownText(),
  missions: textList(),
  profile: textList(),
  benefits: textList(),
  additionalInfo: markdownText(),
  steps: z.array(stepSchema).max(TEXT_LIMITS.listLength, { error: "Keep the process to 50 steps or fewer." }),
});

const applyUrl = z
  .string()
  .trim()
  .max(TEXT_LIMITS.url, { error: `Keep the link to ${TEXT_LIMITS.url} characters or fewer.` })
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .url({ protocol: /^https$/, hostname: z.regexes.domain, error: "Use a full https:// link to the application page." })
      .nullable(),
  )
  .nullable()
  .transform((value) => value ?? null);

const applyEmail = z
  .string()
  .trim()
  .max(TEXT_LIMITS.email, { error: "This email address is too long." })
  .transform((value) => (value === "" ? null : value))
  .pipe(z.email({ error: "Use a valid email address, such as jobs@example.com." }).nullable())
  .nullable()
  .transform((value) => value ?? null);

export const APPLY_METHODS = ["ON_SITE", "EXTERNAL_URL", "EMAIL"] as const;
export type ApplyMethod = (typeof APPLY_METHODS)[number];
export const MAX_APPLICATION_QUESTIONS = 2;
export const APPLICATION_QUESTION_LIMIT = 300;

/**
 * How candidates apply: the site's own form (ON_SITE, with up to two questions of the posting's own),
 * an external link or an email address. A posting saved before the method existed has none: it keeps the
 * way it offered, its link, else its email address.
 */
const applySchema = z
  .strictObject({
    method: z.enum(APPLY_METHODS, { error: "Choose how candidates apply." }).optional(),
    url: applyUrl,
    email: applyEmail,
    questions: z
      .array(singleLineText(APPLICATION_QUESTION_LIMIT).min(1, { error: "Write the question, or remove it." }))
      .max(MAX_APPLICATION_QUESTIONS, { error: `Ask ${MAX_APPLICATION_QUESTIONS} questions or fewer.` })
      .default([]),
  })
  .transform(({ method, url, email, questions }) => ({
    method: method ?? (url === null && email !== null ? ("EMAIL" as const) : ("EXTERNAL_URL" as const)),
    url,
    email,
    questions,
  }));

export const postingShape = z.strictObject({
  slug: slugText("The posting's address"),
  teamSlug: z.string().trim().min(1, { error: "Choose a team." }).pipe(slugText("The team")),
  contract: contractSchema,
  dates: datesSchema,
  location: locationSchema,
  languages: z.array(languageSchema).max(20, { error: "List 20 languages or fewer." }),
  education: educationSchema,
  content: z.strictObject({ en: localeContentSchema, fr: localeContentSchema.optional() }),
  // A French version stays "to translate", off the public site, until a recruiter marks it translated.
  frenchTranslated: z.boolean().default(false),
  apply: applySchema,
});

export type PostingInput = z.input<typeof postingShape>;
export type Posting = z.output<typeof postingShape>;
export type LocaleContent = Posting["content"]["en"];
export type LocaleContentInput = PostingInput["content"]["en"];
export type Office = NonNullable<Posting["location"]["office"]>;
export type OfficeInput = NonNullable<PostingInput["location"]["office"]>;
export type PostingLanguage = Posting["languages"][number];
export type RecruitmentStep = LocaleContent["steps"][number];
export type Compensation = NonNullable<Posting["contract"]["compensation"]>;
