// The one definition of a job posting and its pure helpers. Safe for client
// and server: nothing here touches the database, the network or the clock.
export * from "./enums";
export { COUNTRY_CODES, isCountryCode } from "./country-codes";
export {
  APPRENTICE_AGE_BANDS,
  APPRENTICE_AGE_LABELS,
  APPRENTICE_PAY_PERCENT,
  APPRENTICE_PAY_SOURCE,
  SMIC,
  apprenticeMinimum,
  lowestApprenticeMinimum,
  type ApprenticeAgeBand,
} from "./apprentice-minimum-pay";
export { formatMoney, formatPayRange } from "./pay-range";
export { frenchVersionOf, hasPublicFrench, publicLocales, withoutUnfinishedFrench, type FrenchVersionState } from "./public-locales";
export {
  DURATION_REASONS,
  DURATION_REASON_CODES,
  durationReasonsFor,
  isDurationReason,
  type DurationReason,
  type DurationReasonRule,
} from "./duration-reasons";
export { LANGUAGE_CODES, isLanguageCode } from "./language-codes";
export {
  TEXT_LIMITS,
  SLUG_PATTERN,
  hasForbiddenCharacters,
  removeForbiddenCharacters,
} from "./text-fields";
export {
  PARIS_TIME_ZONE,
  addDays,
  addMonths,
  addYearsToParisDateTime,
  compareDates,
  daysInclusive,
  formatParisDateTime,
  lastDayAfterMonths,
  parisDateOf,
  parisEndOfDay,
  parisToday,
  parisWallTimeToInstant,
} from "./paris-time";
export {
  APPLICATION_QUESTION_LIMIT,
  APPLY_METHODS,
  MAX_APPLICATION_QUESTIONS,
  postingShape,
  type ApplyMethod,
  type Compensation,
  type LocaleContent,
  type LocaleContentInput,
  type Office,
  type OfficeInput,
  type Posting,
  type PostingInput,
  type PostingLanguage,
  type RecruitmentStep,
} from "./posting-shape";
export { buildPostingSchema, draftPostingSchema, postingSchema, type PostingValidationMode } from "./posting-schema";
export { collectPostingIssues } from "./rules/collect-posting-issues";
export type { IssueMap, PostingIssue } from "./issues";
export { listPostingWarnings, validatePosting, type PostingValidationResult } from "./validate-posting";
export { recruiterErrorMap } from "./recruiter-messages";
export { isExpired, isPubliclyVisible, resolvePublicStatus } from "./posting-status";
export { deriveEmploymentType } from "./employment-type";
export { COMPANY_NAMES, findTitleProblems } from "./title-policy";
export { escapeHtml, listToJobHtml, markdownToJobHtml, stripInlineMarkdown } from "./markdown-to-job-html";
export { buildJobDescriptionHtml } from "./job-description";
export {
  ASSESSMENT_OPTION_LABELS,
  CONTRACT_LABELS,
  EDUCATION_LABELS,
  SECTION_LABELS,
  STEP_KIND_LABELS,
  formatStartWindow,
} from "./posting-labels";
export { toJobPostingJsonLd, type JobPostingOptions, type JobPostingSite } from "./json-ld";
export { serializeJsonLd } from "./serialize-json-ld";
export { checkJobPostingJsonLd, type JsonLdViolation } from "./json-ld-check";
export { extractJsonLdBlocks } from "./json-ld-extract";
export {
  LISTING_FILTER_KEYS,
  MAX_LISTING_PAGE,
  MAX_QUERY_LENGTH,
  parseListingFilters,
  toListingSearchParams,
  type ListingFilters,
} from "./listing-filters";
export { repostForNextIntake } from "./repost";
