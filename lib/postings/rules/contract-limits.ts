import type { ContractType } from "../enums";

// Legal length of each fixed-term contract, in months. `maxWithReason` is the
// ceiling the law allows only in stated cases, hence the durationReason field.
export type DurationLimit = { min?: number; max: number; maxWithReason?: number; source: string; noun: string };

export const DURATION_LIMITS: Partial<Record<ContractType, DurationLimit>> = {
  STAGE: { max: 6, source: "Code de l'éducation L124-5", noun: "An internship" },
  APPRENTISSAGE: { min: 6, max: 36, source: "Code du travail L6222-7-1", noun: "An apprenticeship contract" },
  PROFESSIONNALISATION: {
    min: 6,
    max: 12,
    maxWithReason: 36,
    source: "Code du travail L6325-11 and L6325-12",
    noun: "A professionalisation contract",
  },
  CDD: { max: 18, maxWithReason: 24, source: "Code du travail L1243-8 and L1243-13", noun: "A CDD" },
  VIE: { min: 6, max: 24, source: "Business France VIE rules", noun: "A VIE" },
};

// Full-time legal week: the cap for interns and the line part-time stays under.
export const LEGAL_WEEKLY_HOURS = 35;
// Gratification becomes mandatory beyond 2 months (Code de l'éducation L124-6).
export const GRATIFICATION_THRESHOLD_MONTHS = 2;

// Titles that announce work-study, in English and French.
export const WORK_STUDY_TITLE = /\b(?:apprenti(?:ce(?:ship)?|e)?s?|alternan(?:ce|te?)s?|work[- ]study)\b/i;
