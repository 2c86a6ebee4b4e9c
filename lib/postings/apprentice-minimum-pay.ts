import type { PayUnit } from "./enums";

// The legal minimum pay of an apprentice, as a share of the SMIC by age band and
// year of the contract (Code du travail D6222-26; under 16 as 16–17, D6222-27).
// From 21, the share applies to the collective agreement's minimum when that is
// higher, so these are floors, never the pay itself.
//
// To update when the SMIC is revalued (usually on 1 January): change SMIC below,
// with the date it applies from and where it was published.
export const SMIC = {
  hourlyGross: 12.02,
  monthlyGross: 1823.03, // 35 h a week: 12.02 × 35 × 52 / 12
  inForceFrom: "2026-01-01",
  source: "SMIC revalued by 1.18 % on 1 January 2026",
} as const;

export const APPRENTICE_PAY_SOURCE = "Code du travail D6222-26 and D6222-27";

export const APPRENTICE_AGE_BANDS = ["UNDER_18", "18_20", "21_25", "26_PLUS"] as const;
export type ApprenticeAgeBand = (typeof APPRENTICE_AGE_BANDS)[number];

/** Percent of the SMIC in the 1st, 2nd and 3rd year of the contract. */
export const APPRENTICE_PAY_PERCENT: Record<ApprenticeAgeBand, readonly [number, number, number]> = {
  UNDER_18: [27, 39, 55],
  "18_20": [43, 51, 67],
  "21_25": [53, 61, 78],
  "26_PLUS": [100, 100, 100],
};

export const APPRENTICE_AGE_LABELS: Record<"en" | "fr", Record<ApprenticeAgeBand, string>> = {
  en: { UNDER_18: "Under 18", "18_20": "18 to 20", "21_25": "21 to 25", "26_PLUS": "26 and over" },
  fr: { UNDER_18: "Moins de 18 ans", "18_20": "18 à 20 ans", "21_25": "21 à 25 ans", "26_PLUS": "26 ans et plus" },
};

const FULL_TIME_HOURS = 35;
const WEEKS_PER_MONTH = 52 / 12;

/** The SMIC in a pay unit, for a week of `weeklyHours` (a day is a fifth of the week). */
function smicPer(unit: PayUnit, weeklyHours: number): number {
  const hourly = SMIC.hourlyGross;
  switch (unit) {
    case "HOUR":
      return hourly;
    case "DAY":
      return (hourly * weeklyHours) / 5;
    case "WEEK":
      return hourly * weeklyHours;
    case "MONTH":
      return weeklyHours === FULL_TIME_HOURS ? SMIC.monthlyGross : hourly * weeklyHours * WEEKS_PER_MONTH;
    case "YEAR":
      return 12 * (weeklyHours === FULL_TIME_HOURS ? SMIC.monthlyGross : hourly * weeklyHours * WEEKS_PER_MONTH);
  }
}

/** The legal minimum, gross in euros, for an age band and contract year (1–3), in a pay unit. */
export function apprenticeMinimum(band: ApprenticeAgeBand, year: 1 | 2 | 3, unit: PayUnit = "MONTH", weeklyHours: number | null = null): number {
  const percent = APPRENTICE_PAY_PERCENT[band][year - 1]!;
  return Math.round(smicPer(unit, weeklyHours ?? FULL_TIME_HOURS) * percent) / 100;
}

/** The lowest legal minimum of any apprentice (under 18, first year), in a pay unit. */
export function lowestApprenticeMinimum(unit: PayUnit = "MONTH", weeklyHours: number | null = null): number {
  return apprenticeMinimum("UNDER_18", 1, unit, weeklyHours);
}
