// The closed vocabularies of a posting, as const arrays so the database layer,
// the admin form and the public filters reuse the very values the schema checks.
// The first seven mirror Prisma enums of the same names in prisma/schema.prisma.

export const CONTRACT_TYPES = [
  "CDI",
  "CDD",
  "STAGE",
  "APPRENTISSAGE",
  "PROFESSIONNALISATION",
  "VIE",
  "FREELANCE",
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const WORK_SCHEDULES = ["FULL_TIME", "PART_TIME"] as const;
export type WorkSchedule = (typeof WORK_SCHEDULES)[number];

export const REMOTE_POLICIES = ["ON_SITE", "HYBRID", "REMOTE"] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];

export const WORK_AUTHORIZATIONS = ["NONE", "EU_OR_PERMIT", "EEA_NATIONALITY"] as const;
export type WorkAuthorization = (typeof WORK_AUTHORIZATIONS)[number];

export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const COMPENSATION_KINDS = ["GRATIFICATION", "SALARY"] as const;
export type CompensationKind = (typeof COMPENSATION_KINDS)[number];

export const PAY_UNITS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

// ISO 4217 codes of the countries Back Market hires in; extend when a new office opens.
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CZK", "JPY"] as const;
export type Currency = (typeof CURRENCIES)[number];

// "*_STUDENT" and WORK_STUDY_PROGRAMME describe enrolment (what an internship or
// an apprenticeship needs); "*_DEGREE" describe a diploma already held.
export const EDUCATION_REQUIREMENTS = [
  "WORK_STUDY_PROGRAMME",
  "ENROLLED_STUDENT",
  "BACHELORS_STUDENT",
  "MASTERS_STUDENT",
  "CONVENTION_DE_STAGE",
  "HIGH_SCHOOL_DIPLOMA",
  "BACHELORS_DEGREE",
  "MASTERS_DEGREE",
] as const;
export type EducationRequirement = (typeof EDUCATION_REQUIREMENTS)[number];

export const ENROLMENT_REQUIREMENTS: readonly EducationRequirement[] = [
  "WORK_STUDY_PROGRAMME",
  "ENROLLED_STUDENT",
  "BACHELORS_STUDENT",
  "MASTERS_STUDENT",
];

export const STEP_KINDS = ["VIDEO_CALL", "PHONE", "ONSITE", "ASSESSMENT"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const ASSESSMENT_OPTIONS = ["HOME_ASSIGNMENT", "LIVE_CASE_STUDY"] as const;
export type AssessmentOption = (typeof ASSESSMENT_OPTIONS)[number];

export const CONTENT_LOCALES = ["en", "fr"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

// Mirrors the PostingStatus enum of the database; the posting schema itself never
// carries a status (a form must not be able to set it).
export const POSTING_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "SCHEDULED",
  "PUBLISHED",
  "UNPUBLISHED",
  "EXPIRED",
  "ARCHIVED",
] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

// schema.org employmentType values Google accepts (case-sensitive).
export const EMPLOYMENT_TYPES = [
  "FULL_TIME",
  "PART_TIME",
  "CONTRACTOR",
  "TEMPORARY",
  "INTERN",
  "VOLUNTEER",
  "PER_DIEM",
  "OTHER",
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
