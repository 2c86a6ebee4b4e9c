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
import { msg } from "./messages/message";
import { hasForbiddenCharacters, markdownText, optionalText, singleLineText, SLUG_PATTERN, slugText, TEXT_LIMITS, textList } from "./text-fields";

// The structure of a posting: types, formats, bounds and closed vocabularies.
// Everything here is "junk" if broken and blocks even a draft; the rules that
// relate fields to each other live in ./rules and are added in posting-schema.ts.

// Messages are keys rendered in the reader's language (./messages); each names its field as the form labels it.
const calendarDate = (path: string) => z.iso.date({ error: msg("chooseDate", path) });
// The recruiter picks a day; the editor turns it into the end of that day in Paris.
const instant = (path: string) => z.iso.datetime({ offset: true, error: msg("chooseDate", path) });

const countryCode = (path: string) =>
  z
    .string()
    .trim()
    .refine(isCountryCode, { error: msg("countryCode", path) });

const languageCode = z
  .string()
  .trim()
  .refine(isLanguageCode, { error: msg("languageCode", "languages.*.code") });

const MAX_MONTHS = 120;
const wholeMonths = (path: string) =>
  z
    .int({ error: msg("monthsWhole", path) })
    .min(1, { error: msg("monthsAtLeastOne", path) })
    .max(MAX_MONTHS, { error: msg("monthsAtMost", path, MAX_MONTHS) });

const amount = (path: string) =>
  z
    .number({ error: msg("amountNumber", path) })
    .nonnegative({ error: msg("amountNegative", path) })
    .max(9_999_999_999, { error: msg("amountTooLarge", path) })
    .multipleOf(0.01, { error: msg("amountDecimals", path) });

export const compensationSchema = z.strictObject({
  kind: z.enum(COMPENSATION_KINDS),
  minAmount: amount("contract.compensation.minAmount").nullable(),
  maxAmount: amount("contract.compensation.maxAmount").nullable(),
  currency: z.enum(CURRENCIES),
  unit: z.enum(PAY_UNITS),
  note: optionalText(TEXT_LIMITS.note),
});

export const contractSchema = z.strictObject({
  type: z.enum(CONTRACT_TYPES),
  schedule: z.enum(WORK_SCHEDULES),
  weeklyHours: z
    .number({ error: msg("hoursNumber") })
    .min(1, { error: msg("hoursAtLeastOne") })
    .max(48, { error: msg("hoursLegalMax") })
    .multipleOf(0.1, { error: msg("hoursDecimals") })
    .nullable(),
  durationMonths: z
    .strictObject({
      ideal: wholeMonths("contract.durationMonths.ideal"),
      min: wholeMonths("contract.durationMonths.min").nullable(),
      max: wholeMonths("contract.durationMonths.max").nullable(),
    })
    .nullable(),
  durationReason: z.enum(DURATION_REASON_CODES, { error: msg("reasonChoice") }).nullable(),
  endDate: calendarDate("contract.endDate").nullable(),
  compensation: compensationSchema.nullable(),
});

export const datesSchema = z.strictObject({
  datePosted: instant("dates.datePosted"),
  validThrough: instant("dates.validThrough").nullable(),
  startWindow: z.strictObject({ earliest: calendarDate("dates.startWindow.earliest"), latest: calendarDate("dates.startWindow.latest") }),
});

export const officeSchema = z.strictObject({
  slug: slugText("location.office"),
  name: singleLineText(TEXT_LIMITS.short).min(1, { error: msg("officeFromList") }),
  street: optionalText(TEXT_LIMITS.short),
  postalCode: singleLineText(20).min(1, { error: msg("officeFromList") }),
  city: singleLineText(TEXT_LIMITS.short).min(1, { error: msg("officeFromList") }),
  region: optionalText(TEXT_LIMITS.short),
  country: countryCode("location.office"),
});

export const remoteSchema = z.discriminatedUnion(
  "policy",
  [
    z.strictObject({ policy: z.literal("ON_SITE") }),
    z.strictObject({
      policy: z.literal("HYBRID"),
      // null when the posting states no number of days (say nothing rather than invent one).
      daysPerWeek: z
        .int({ error: msg("remoteDaysWhole") })
        .min(0, { error: msg("remoteDaysRange") })
        .max(5, { error: msg("remoteDaysRange") })
        .nullable(),
      note: optionalText(TEXT_LIMITS.note),
    }),
    z.strictObject({
      policy: z.literal("REMOTE"),
      eligibleCountries: z.array(countryCode("location.remote.eligibleCountries")).max(COUNTRY_CODES.length),
    }),
  ],
  { error: msg("remotePolicy") },
);

export const locationSchema = z.strictObject({
  office: officeSchema.nullable(),
  remote: remoteSchema,
  workAuthorization: z.enum(WORK_AUTHORIZATIONS),
});

export const languageSchema = z.strictObject({
  code: languageCode,
  // null when the posting names the language without a level ("fluent", "a no brainer").
  level: z.enum(LANGUAGE_LEVELS, { error: msg("languageLevel") }).nullable(),
  required: z.boolean(),
  wording: optionalText(TEXT_LIMITS.note),
});

export const educationSchema = z.strictObject({
  requirements: z.array(z.enum(EDUCATION_REQUIREMENTS)).max(EDUCATION_REQUIREMENTS.length),
  field: optionalText(TEXT_LIMITS.short),
});

export const stepSchema = z.strictObject({
  order: z.int({ error: msg("stepNumber") }).min(1).max(TEXT_LIMITS.listLength),
  kind: z.enum(STEP_KINDS),
  label: singleLineText(TEXT_LIMITS.short),
  minutes: z.int({ error: msg("stepMinutesWhole") }).min(1).max(1_440),
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
  steps: z.array(stepSchema).max(TEXT_LIMITS.listLength, { error: msg("stepsTooMany", TEXT_LIMITS.listLength) }),
});

const applyUrl = z
  .string()
  .trim()
  .max(TEXT_LIMITS.url, { error: msg("linkTooLong", TEXT_LIMITS.url) })
  // A URL parser percent-encodes a NUL or an RTL override and calls the link valid; a candidate would read it reversed.
  .refine((value) => !hasForbiddenCharacters(value), { error: msg("controlCharacters") })
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .url({ protocol: /^https$/, hostname: z.regexes.domain, error: msg("linkInvalid") })
      .nullable(),
  )
  .nullable()
  .transform((value) => value ?? null);

const applyEmail = z
  .string()
  .trim()
  .max(TEXT_LIMITS.email, { error: msg("emailTooLong") })
  .transform((value) => (value === "" ? null : value))
  .pipe(z.email({ error: msg("emailInvalid") }).nullable())
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
  slug: slugText("slug"),
  teamSlug: z.string().trim().min(1, { error: msg("chooseTeam") }).pipe(z.string().max(TEXT_LIMITS.slug, { error: msg("teamFromList") }).regex(SLUG_PATTERN, { error: msg("teamFromList") })),
  contract: contractSchema,
  dates: datesSchema,
  location: locationSchema,
  languages: z.array(languageSchema).max(20, { error: msg("languagesTooMany", 20) }),
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
