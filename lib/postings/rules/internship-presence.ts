import { addDays, daysInclusive } from "../paris-time";
import { LEGAL_WEEKLY_HOURS } from "./contract-limits";

// An internship's limits are counted in hours of presence (Code de l'éducation
// D124-6): 7 hours make a day and 22 days a month, so its 6 months (L124-5) are
// 924 hours, and a gratification is due from the 309th hour, i.e. beyond 2 months
// (L124-6). A part-time internship may therefore span more calendar months.
export const HOURS_PER_PRESENCE_DAY = 7;
export const DAYS_PER_PRESENCE_MONTH = 22;
export const MAX_PRESENCE_HOURS = 6 * DAYS_PER_PRESENCE_MONTH * HOURS_PER_PRESENCE_DAY; // 924
export const GRATIFICATION_AFTER_HOURS = 2 * DAYS_PER_PRESENCE_MONTH * HOURS_PER_PRESENCE_DAY; // 308

const WEEKS_PER_MONTH = 52 / 12;

/** Weekly hours of presence: the stated hours, else the usual full-time week. */
export function weeklyPresence(weeklyHours: number | null): number {
  return weeklyHours ?? LEGAL_WEEKLY_HOURS;
}

/** Hours of presence over whole calendar months at these weekly hours. */
export function presenceHoursOverMonths(months: number, weeklyHours: number | null): number {
  return months * WEEKS_PER_MONTH * weeklyPresence(weeklyHours);
}

/** Hours of presence from the first to the last day, both included. */
export function presenceHoursBetween(first: string, last: string, weeklyHours: number | null): number {
  return (daysInclusive(first, last) / 7) * weeklyPresence(weeklyHours);
}

/** The most whole calendar months an internship may last at these weekly hours. */
export function maxInternshipMonths(weeklyHours: number | null): number {
  return Math.floor(MAX_PRESENCE_HOURS / (WEEKS_PER_MONTH * weeklyPresence(weeklyHours)));
}

/** The last day an internship starting on `first` may end at these weekly hours. */
export function lastInternshipDay(first: string, weeklyHours: number | null): string {
  const days = Math.floor((MAX_PRESENCE_HOURS * 7) / weeklyPresence(weeklyHours));
  return addDays(first, days - 1);
}
