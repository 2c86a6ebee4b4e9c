import type { AssessmentOption, ContentLocale, ContractType, EducationRequirement, StepKind } from "./enums";
import { addMonths, PARIS_TIME_ZONE } from "./paris-time";
import { dateTimeFormat } from "@/lib/i18n/intl-formats";

// Words the public page and the JSON-LD description share, so both say the same.
type Labels<K extends string> = Record<ContentLocale, Record<K, string>>;

export const CONTRACT_LABELS: Labels<ContractType> = {
  en: {
    CDI: "Permanent contract (CDI)",
    CDD: "Fixed-term contract (CDD)",
    STAGE: "Internship",
    APPRENTISSAGE: "Apprenticeship (contrat d'apprentissage)",
    PROFESSIONNALISATION: "Work-study (contrat de professionnalisation)",
    VIE: "International volunteer programme (VIE)",
    FREELANCE: "Freelance",
  },
  fr: {
    CDI: "CDI",
    CDD: "CDD",
    STAGE: "Stage",
    APPRENTISSAGE: "Contrat d'apprentissage (alternance)",
    PROFESSIONNALISATION: "Contrat de professionnalisation (alternance)",
    VIE: "VIE",
    FREELANCE: "Freelance",
  },
};

export const EDUCATION_LABELS: Labels<EducationRequirement> = {
  en: {
    WORK_STUDY_PROGRAMME: "Enrolled in a French work-study programme providing an apprenticeship contract",
    ENROLLED_STUDENT: "Enrolled student",
    BACHELORS_STUDENT: "Bachelor's student",
    MASTERS_STUDENT: "Master's degree student",
    CONVENTION_DE_STAGE: "Your school provides an internship agreement (convention de stage)",
    HIGH_SCHOOL_DIPLOMA: "High-school diploma",
    BACHELORS_DEGREE: "Bachelor's degree",
    MASTERS_DEGREE: "Master's degree",
  },
  fr: {
    WORK_STUDY_PROGRAMME: "Inscription dans une formation en alternance (contrat d'apprentissage)",
    ENROLLED_STUDENT: "Étudiant·e inscrit·e",
    BACHELORS_STUDENT: "Étudiant·e en licence / bachelor",
    MASTERS_STUDENT: "Étudiant·e en master",
    CONVENTION_DE_STAGE: "Votre école fournit une convention de stage",
    HIGH_SCHOOL_DIPLOMA: "Baccalauréat",
    BACHELORS_DEGREE: "Licence / bachelor",
    MASTERS_DEGREE: "Master",
  },
};

export const STEP_KIND_LABELS: Labels<StepKind> = {
  en: { VIDEO_CALL: "video call", PHONE: "phone call", ONSITE: "on site", ASSESSMENT: "assessment" },
  fr: { VIDEO_CALL: "visioconférence", PHONE: "téléphone", ONSITE: "sur place", ASSESSMENT: "évaluation" },
};

export const ASSESSMENT_OPTION_LABELS: Labels<AssessmentOption> = {
  en: { HOME_ASSIGNMENT: "home assignment", LIVE_CASE_STUDY: "live case study" },
  fr: { HOME_ASSIGNMENT: "exercice à la maison", LIVE_CASE_STUDY: "étude de cas en direct" },
};

export const SECTION_LABELS: Labels<
  | "missions"
  | "profile"
  | "facts"
  | "benefits"
  | "steps"
  | "contract"
  | "start"
  | "duration"
  | "months"
  | "location"
  | "hybrid"
  | "hybridNoDays"
  | "remote"
  | "onSite"
  | "hours"
  | "requirements"
> = {
  en: {
    missions: "Your missions",
    profile: "Your profile",
    facts: "Key facts",
    benefits: "Benefits",
    steps: "Recruitment process",
    contract: "Contract",
    start: "Start",
    duration: "Duration",
    months: "months",
    location: "Location",
    hybrid: "hybrid, {n} remote days a week",
    hybridNoDays: "hybrid",
    remote: "fully remote from",
    onSite: "on site",
    hours: "hours a week",
    requirements: "Requirements",
  },
  fr: {
    missions: "Vos missions",
    profile: "Votre profil",
    facts: "En bref",
    benefits: "Avantages",
    steps: "Processus de recrutement",
    contract: "Contrat",
    start: "Début",
    duration: "Durée",
    months: "mois",
    location: "Lieu",
    hybrid: "hybride, {n} jours de télétravail par semaine",
    hybridNoDays: "hybride",
    remote: "100 % télétravail depuis",
    onSite: "sur site",
    hours: "heures par semaine",
    requirements: "Prérequis",
  },
};

function formatCalendar(date: string, locale: ContentLocale, options: Intl.DateTimeFormatOptions): string {
  // Noon UTC is the same calendar day in Paris all year round.
  return dateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { ...options, timeZone: PARIS_TIME_ZONE }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "August–September 2025", "March 2025", or exact days when the window is not whole months. */
export function formatStartWindow(window: { earliest: string; latest: string }, locale: ContentLocale): string {
  const { earliest, latest } = window;
  const wholeMonths = earliest.endsWith("-01") && isLastDayOfMonth(latest);
  if (!wholeMonths) {
    const long: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
    return earliest === latest ? formatCalendar(earliest, locale, long) : `${formatCalendar(earliest, locale, long)} – ${formatCalendar(latest, locale, long)}`;
  }
  if (earliest.slice(0, 7) === latest.slice(0, 7)) return formatCalendar(earliest, locale, { month: "long", year: "numeric" });
  if (earliest.slice(0, 4) === latest.slice(0, 4)) {
    return `${formatCalendar(earliest, locale, { month: "long" })}–${formatCalendar(latest, locale, { month: "long", year: "numeric" })}`;
  }
  return `${formatCalendar(earliest, locale, { month: "long", year: "numeric" })}–${formatCalendar(latest, locale, { month: "long", year: "numeric" })}`;
}

function isLastDayOfMonth(date: string): boolean {
  const firstOfMonth = `${date.slice(0, 8)}01`;
  const nextMonthFirst = addMonths(firstOfMonth, 1);
  const lastDay = new Date(Date.parse(`${nextMonthFirst}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return lastDay === date;
}
