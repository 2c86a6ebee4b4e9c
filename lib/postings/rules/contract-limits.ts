import type { ContractType } from "../enums";

// Legal length of each fixed-term contract, in months. A longer (or shorter)
// ceiling applies only in the cases the law lists: see ../duration-reasons.ts.
// An internship is limited in hours of presence instead: see ./internship-presence.ts.
export type DurationLimit = { min?: number; max: number; source: string };

export const DURATION_LIMITS: Partial<Record<ContractType, DurationLimit>> = {
  STAGE: { max: 6, source: "Code de l'éducation L124-5 and D124-6" },
  APPRENTISSAGE: { min: 6, max: 36, source: "Code du travail L6222-7-1" },
  PROFESSIONNALISATION: { min: 6, max: 12, source: "Code du travail L6325-11" },
  CDD: { max: 18, source: "Code du travail L1242-8-1" },
  VIE: { min: 6, max: 24, source: "Business France VIE rules" },
};

// The usual full-time week: part-time stays under it. It is not an intern's cap:
// interns follow the employees' maximums (Code de l'éducation L124-14), which the
// schema enforces for everyone (48 h a week).
export const LEGAL_WEEKLY_HOURS = 35;

// Titles that announce work-study, in English and French.
export const WORK_STUDY_TITLE = /\b(?:apprenti(?:ce(?:ship)?|e)?s?|alternan(?:ce|te?)s?|work[- ]study)\b/i;
