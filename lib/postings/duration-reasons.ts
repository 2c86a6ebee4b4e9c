import type { ContractType } from "./enums";

// The cases in which the law sets another length for a fixed-term contract than
// its usual ceiling (lib/postings/rules/contract-limits.ts). A recruiter picks one
// of these; free text would let any sentence unlock the longest limit. Each case
// carries its own ceiling, which may be shorter than the usual one (a CDD awaiting
// a permanent hire lasts at most 9 months).
export type DurationReasonRule = {
  contract: ContractType;
  maxMonths: number;
  label: { en: string; fr: string };
  source: string;
};

export const DURATION_REASONS = {
  CDD_WORK_ABROAD: {
    contract: "CDD",
    maxMonths: 24,
    label: { en: "The work is carried out abroad", fr: "Le contrat est exécuté à l'étranger" },
    source: "Code du travail L1242-8-1, 1°",
  },
  CDD_POST_ABOLISHED: {
    contract: "CDD",
    maxMonths: 24,
    label: {
      en: "Replacing an employee who leaves for good before their post is abolished",
      fr: "Remplacement d'un salarié parti définitivement avant la suppression de son poste",
    },
    source: "Code du travail L1242-8-1, 2°",
  },
  CDD_EXPORT_ORDER: {
    contract: "CDD",
    maxMonths: 24,
    label: { en: "An exceptional export order", fr: "Une commande exceptionnelle à l'exportation" },
    source: "Code du travail L1242-8-1, 3°",
  },
  CDD_AWAITING_PERMANENT_HIRE: {
    contract: "CDD",
    maxMonths: 9,
    label: {
      en: "Waiting for an employee hired on a CDI to start",
      fr: "Dans l'attente de l'entrée en service d'un salarié recruté en CDI",
    },
    source: "Code du travail L1242-8-1",
  },
  CDD_URGENT_SAFETY_WORK: {
    contract: "CDD",
    maxMonths: 9,
    label: { en: "Urgent work required for safety", fr: "Travaux urgents nécessités par des mesures de sécurité" },
    source: "Code du travail L1242-8-1",
  },
  PRO_BRANCH_AGREEMENT: {
    contract: "PROFESSIONNALISATION",
    maxMonths: 24,
    label: {
      en: "A branch agreement allows it, or the qualification requires it",
      fr: "Un accord de branche le prévoit, ou la qualification visée l'exige",
    },
    source: "Code du travail L6325-12",
  },
  PRO_PRIORITY_PUBLIC: {
    contract: "PROFESSIONNALISATION",
    maxMonths: 36,
    label: {
      en: "The candidate is in a priority group (no qualification, long-term jobseeker, RSA, ASS or AAH)",
      fr: "Public prioritaire (sans qualification, demandeur d'emploi de longue durée, RSA, ASS ou AAH)",
    },
    source: "Code du travail L6325-11 and L6325-1-1",
  },
} as const satisfies Record<string, DurationReasonRule>;

export type DurationReason = keyof typeof DURATION_REASONS;
export const DURATION_REASON_CODES = Object.keys(DURATION_REASONS) as [DurationReason, ...DurationReason[]];

/** The legal cases a recruiter may choose from for this contract type (none for most). */
export function durationReasonsFor(type: ContractType): DurationReason[] {
  return DURATION_REASON_CODES.filter((code) => DURATION_REASONS[code].contract === type);
}

export function isDurationReason(value: unknown): value is DurationReason {
  return typeof value === "string" && Object.hasOwn(DURATION_REASONS, value);
}
