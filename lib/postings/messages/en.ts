import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { fieldLabel } from "@/lib/i18n/admin/field-labels";
import { formatDay } from "@/lib/i18n/admin/format-paris-time";
import { languageName } from "@/lib/i18n/admin/language-names";
import type { ContractType } from "../enums";
import { formatMoney } from "../pay-range";
import { CONTRACT_LABELS } from "../posting-labels";

// What the posting's schema and rules say to a recruiter, in English: the reference of ./fr.ts.
// Each message names the field as the form labels it (lib/i18n/admin/field-labels.ts); legal
// references are quoted as the law writes them. Rules and schema refer to these by key (./message.ts).

const f = (path: string) => `“${fieldLabel(path, "en") ?? path}”`;
const L = adminCatalogue("en").editor;
const contract = (type: ContractType) => CONTRACT_LABELS.en[type];
const day = (date: string) => formatDay(date, "en");

const NOUNS: Record<ContractType, string> = {
  CDI: "A permanent contract (CDI)",
  CDD: "A CDD",
  STAGE: "An internship",
  APPRENTISSAGE: "An apprenticeship contract",
  PROFESSIONNALISATION: "A professionalisation contract",
  VIE: "A VIE",
  FREELANCE: "A freelance contract",
};

const internshipRule = (maxHours: number) =>
  `at most 6 months of presence, ${maxHours} hours counting 7 hours as a day and 22 days as a month (Code de l'éducation L124-5 and D124-6)`;

export const en = {
  // Structure (posting-shape.ts, text-fields.ts)
  chooseDate: (path: string) => `Choose a date for ${f(path)}.`,
  chooseTeam: "Choose a team.",
  teamFromList: "Choose a team from the list.",
  officeFromList: "Choose an office from the list.",
  teamArchived: (name: string) => `The team “${name}” is archived: choose another one in “Team”.`,
  officeArchived: (name: string) => `The office “${name}” is archived: choose another one in “Office”.`,
  countryCode: (path: string) => `${f(path)}: use two-letter country codes, such as FR, DE, ES.`,
  languageCode: (path: string) => `Choose a language in ${f(path)}.`,
  monthsWhole: (path: string) => `${f(path)} must be a whole number of months.`,
  monthsAtLeastOne: (path: string) => `${f(path)} is at least 1 month.`,
  monthsAtMost: (path: string, max: number) => `${f(path)} cannot be more than ${max} months.`,
  amountNumber: (path: string) => `Give ${f(path)} as a number.`,
  amountNegative: (path: string) => `${f(path)} cannot be negative.`,
  amountTooLarge: (path: string) => `${f(path)} is too large.`,
  amountDecimals: (path: string) => `Use at most two decimals in ${f(path)}.`,
  hoursNumber: `Give ${f("contract.weeklyHours")} as a number.`,
  hoursAtLeastOne: `${f("contract.weeklyHours")} must be at least 1.`,
  hoursLegalMax: `French law caps working time at 48 hours a week (Code du travail L3121-20): lower ${f("contract.weeklyHours")}.`,
  hoursDecimals: `Use at most one decimal in ${f("contract.weeklyHours")}.`,
  reasonChoice: `Choose one of the cases the law lists in ${f("contract.durationReason")}, or none.`,
  fillIn: (path: string) => `Fill in ${f(path)}.`,
  remoteDaysWhole: `${f("location.remote.daysPerWeek")} must be a whole number between 0 and 5.`,
  remoteDaysRange: `${f("location.remote.daysPerWeek")} must be between 0 and 5.`,
  remotePolicy: `Choose an option in ${f("location.remote")}.`,
  languageLevel: `Choose a level in ${f("languages.*.level")}, or “${L.requirements.levelNone}”.`,
  stepNumber: "Number the step.",
  stepMinutesWhole: `Give ${f("steps.*.minutes")} in whole minutes.`,
  stepsTooMany: (max: number) => `Keep the process to ${max} steps or fewer.`,
  languagesTooMany: (max: number) => `List ${max} languages or fewer.`,
  linkTooLong: (max: number) => `Keep ${f("apply.url")} to ${max} characters or fewer.`,
  linkInvalid: `${f("apply.url")} must be a full https:// link to the application page.`,
  emailTooLong: `${f("apply.email")} is too long.`,
  emailInvalid: `${f("apply.email")} must be a valid email address, such as jobs@example.com.`,
  addressInvalid: (path: string) => `Fill in ${f(path)} with lowercase letters a–z, digits and single hyphens, with no hyphen at either end.`,
  addressTooLong: (path: string, max: number) => `${f(path)} must be ${max} characters or fewer.`,
  tooLong: (max: number) => `Keep this to ${max.toLocaleString("en")} characters or fewer.`,
  controlCharacters: "Remove invisible control or text-direction characters (often pasted from another tool).",
  emptyItem: "Remove this empty item, or fill it in.",
  listTooLong: (max: number) => `Keep this list to ${max} items or fewer.`,
  unknownKey: (key: string) => `“${key}” cannot be set from this form.`,
  // Plain-language defaults for structural issues (recruiter-messages.ts)
  required: "This field is required.",
  wrongType: "This value is not of the expected kind.",
  cannotSet: "This form cannot set this field.",
  chooseOneOf: (values: string) => `Choose one of: ${values}.`,
  cannotBeEmpty: "This cannot be empty.",
  atLeastCharacters: (min: number) => `Write at least ${min} characters.`,
  atLeastItems: (min: number) => `Add at least ${min} item${min === 1 ? "" : "s"}.`,
  numberAtMost: (max: number) => `Use a number no greater than ${max}.`,
  numberAtLeast: (min: number) => `Use a number of at least ${min}.`,
  chooseAllowed: "Choose one of the allowed options.",
  badFormat: "This value is not in the expected format.",
  multipleOf: (divisor: number) => `Use a multiple of ${divisor}.`,
  // Content rules
  titleMissing: (locale: string) => `Fill in “${L.content.jobTitle(locale === "fr" ? L.content.french : L.content.english)}”.`,
  titleCompany: "Leave the company name out of the title: search engines show it from the organisation.",
  titleGender: "Leave “(H/F)” and similar markers out of the title: search engines reject them.",
  titleDates: "Leave dates out of the title: the start date has its own field and would go stale here.",
  missionsMissing: `Add at least one mission in ${f("missions")}.`,
  profileMissing: `Describe the profile with at least one item in ${f("profile")}.`,
  stepOrder: (position: number) => `Number the steps 1, 2, 3… in order: this one should be step ${position}.`,
  stepLabel: `Fill in ${f("steps.*.label")} for this step, such as “Interview with the manager”.`,
  stepMinutes: (min: number, max: number) => `${f("steps.*.minutes")} must be between ${min} and ${max}.`,
  assessmentOptions: `Tick ${f("steps.*.options")}: home assignment, live case study or both.`,
  optionsOnlyAssessment: `Only an assessment step has ${f("steps.*.options")}: untick them, or choose “assessment” in ${f("steps.*.kind")}.`,
  applyMissing: `Fill in ${f("apply.url")} or ${f("apply.email")}: a posting must offer a way to apply.`,
  applyUrlMissing: `Fill in ${f("apply.url")}, or choose “By email” in ${f("apply.method")}.`,
  applyEmailMissing: `Fill in ${f("apply.email")}: applications are sent there.`,
  // Contract rules
  reasonOtherContract: (rule: ContractType, type: ContractType) =>
    `The case chosen in ${f("contract.durationReason")} is for a ${contract(rule)}: choose one that applies to a ${contract(type)}, or none.`,
  reasonNone: (type: ContractType) => `A ${contract(type)} has no legal case for another length: choose none in ${f("contract.durationReason")}.`,
  lengthAtLeast: (type: ContractType, min: number, source: string) => `${NOUNS[type]} lasts at least ${min} months (${source}).`,
  lengthNeedsCase: (type: ContractType, max: number, longest: number, source: string) =>
    `${NOUNS[type]} lasts at most ${max} months; up to ${longest} only in the cases the law lists — choose the case in ${f("contract.durationReason")} (${source}).`,
  lengthAtMost: (type: ContractType, max: number, inCase: boolean, source: string) =>
    `${NOUNS[type]} lasts at most ${max} months${inCase ? " in this case" : ""} (${source}).`,
  internshipMonths: (maxHours: number, hours: number, most: number) =>
    `An internship lasts ${internshipRule(maxHours)}: at ${hours} hours a week, that is ${most} months at most.`,
  internshipEndDate: (maxHours: number, earliest: string, hours: number, lastDay: string) =>
    `An internship lasts ${internshipRule(maxHours)}: from ${day(earliest)} at ${hours} hours a week, its last day is ${day(lastDay)} at the latest.`,
  cdiLength: "A CDI is open-ended: remove the length.",
  cdiEndDate: "A CDI is open-ended: remove the end date.",
  minOverIdeal: `${f("contract.durationMonths.min")} cannot be more than ${f("contract.durationMonths.ideal")}.`,
  maxUnderIdeal: `${f("contract.durationMonths.max")} cannot be less than ${f("contract.durationMonths.ideal")}.`,
  endBeforeStart: `${f("contract.endDate")} must be after ${f("dates.startWindow.latest")}.`,
  lengthMissing: `State how many months this contract lasts: tick ${f("contract.durationMonths")} and fill in ${f("contract.durationMonths.ideal")}.`,
  endDateTooLate: (type: ContractType, max: number, inCase: boolean, earliest: string, lastDay: string, source: string) =>
    `${NOUNS[type]} lasts at most ${max} months${inCase ? " in this case" : ""}: from ${day(earliest)}, its last day is ${day(lastDay)} at the latest (${source}).`,
  partTimeHours: `Give ${f("contract.weeklyHours")} for this part-time contract.`,
  partTimeUnder35: `Part-time means fewer than 35 hours a week: lower ${f("contract.weeklyHours")}.`,
  internshipIsWorkStudy: `Contract mismatch: this posting describes an apprenticeship (work-study programme or apprentice title) but the contract is an internship. An apprentice is an employee under a work contract, not an intern (Code du travail L6221-1): choose “${contract("APPRENTISSAGE")}” or “${contract("PROFESSIONNALISATION")}” in ${f("contract.type")}.`,
  internshipConvention: `An internship needs a convention de stage signed with the school: tick it in ${f("education.requirements")} (Code de l'éducation L124-1).`,
  internshipEnrolment: `An intern must be an enrolled student: tick an enrolment requirement in ${f("education.requirements")} (Code de l'éducation L124-1).`,
  internshipGratification: (afterHours: number) =>
    `An internship over 2 months of presence must pay a gratification, from the ${afterHours + 1}th hour (Code de l'éducation L124-6 and D124-6): consider stating it with ${f("contract.compensation")}.`,
  conventionNotInternship: `A convention de stage only exists for internships (Code de l'éducation L124-1): untick it in ${f("education.requirements")} or choose “${contract("STAGE")}”.`,
  freelanceGratification: `A freelancer is paid fees under a commercial contract, not an internship gratification: choose “${L.contract.salary}” in ${f("contract.compensation.kind")}.`,
  gratificationNotSalary: `A gratification is what an intern receives; this contract pays a salary: choose “${L.contract.salary}” in ${f("contract.compensation.kind")}.`,
  vieAbroad: `A VIE is a mission abroad: choose an office outside France in ${f("location.office")} (Business France).`,
  vieEea: `A VIE is open to EEA nationals only: choose “${L.location.authorizations.EEA_NATIONALITY}” in ${f("location.workAuthorization")} (Business France).`,
  maxBelowMin: `${f("contract.compensation.maxAmount")} cannot be below ${f("contract.compensation.minAmount")}.`,
  // Dates
  latestBeforeEarliest: `${f("dates.startWindow.latest")} cannot be before ${f("dates.startWindow.earliest")}.`,
  startBeforePosted: `${f("dates.startWindow.earliest")} is before the posting date: check the start dates.`,
  startInPast: (date: string) => `${f("dates.startWindow.earliest")} (${day(date)}) is already past: check the start dates.`,
  closeAfterPosted: `Applications must close after the posting date: move ${f("dates.validThrough")} later.`,
  closeByLatestStart: (lastDay: string) =>
    `Applications must close by the end of ${f("dates.startWindow.latest")} (${day(lastDay)}): move ${f("dates.validThrough")} earlier.`,
  closedAlready: `Applications would already be closed: move ${f("dates.validThrough")} later, or untick “${L.dates.closes}” if there is no closing date.`,
  // Location
  hybridDays: `A hybrid role has 1 to 4 ${f("location.remote.daysPerWeek")} (0 is on site, 5 is fully remote).`,
  countriesMissing: `List at least one country in ${f("location.remote.eligibleCountries")}.`,
  countryTwice: (code: string) => `${code} is listed twice in ${f("location.remote.eligibleCountries")}.`,
  officeMissing: `Choose an office in ${f("location.office")} (only fully remote roles have none).`,
  postalCode: "A French postal code has 5 digits, such as 75018.",
  // Languages
  languageRequired: `Tick “${L.requirements.required}” for at least one language.`,
  languageTwice: (code: string) => `${languageName(code, "en")} is listed twice: keep one entry per language.`,
  // Pay
  payMissing: `Applicants are entitled to the pay range before the interview (EU pay-transparency directive 2023/970, article 5): turn on ${f("contract.compensation")} and give it.`,
  apprenticeBelowMinimum: (lowest: number, source: string) =>
    `This is below the legal minimum of any apprentice: ${formatMoney(lowest, "EUR", "en")} (under 18, first year; ${source}). The minimum grows with the apprentice's age and year: see the table below.`,
  // Translation
  frenchToTranslate: `The French version is still to translate: it stays off the French site until you tick ${f("frenchTranslated")}.`,
  frenchSameAsEnglish: `The French text is the same as the English: translate it before ticking ${f("frenchTranslated")}.`,
  // Publishing
  listingProblem: (page: "en" | "fr", area: string) =>
    `${L.jsonLd.listing} (${page === "en" ? L.jsonLd.englishPage : L.jsonLd.frenchPage}) — ${LISTING_AREAS[area] ?? LISTING_AREAS.format}: missing or not in a form Google accepts.`,
  fixFields: "Some fields need your attention. Nothing was saved.",
  fixBeforePublishing: "Fix the highlighted problems before this posting can go live. Nothing was changed.",
};

const LISTING_AREAS: Record<string, string> = {
  title: "job title",
  description: "description",
  datePosted: "dates",
  validThrough: "last day to apply",
  hiringOrganization: "employer",
  jobLocation: "location",
  jobLocationType: "location",
  applicantLocationRequirements: "countries a remote candidate may live in",
  baseSalary: "pay",
  employmentType: "contract type",
  educationRequirements: "education",
  identifier: "reference",
  directApply: "how to apply",
  format: "format",
};
