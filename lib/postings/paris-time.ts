// Europe/Paris calendar arithmetic with Intl only. Dates travel as strings:
// "YYYY-MM-DD" for calendar days, ISO 8601 with an offset for instants.

export const PARIS_TIME_ZONE = "Europe/Paris";

const PARTS_FORMAT = new Intl.DateTimeFormat("en-US", {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function readParisWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of PARTS_FORMAT.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallTimeAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function parisOffsetMinutes(instant: Date): number {
  const wholeSeconds = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return Math.round((wallTimeAsUtcMs(readParisWallTime(wholeSeconds)) - wholeSeconds.getTime()) / 60_000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2025-09-30T23:59:59+02:00": the instant written as a Paris wall clock. */
export function formatParisDateTime(instant: Date): string {
  const wall = readParisWallTime(instant);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatOffset(parisOffsetMinutes(instant))}`;
}

/** The Paris calendar day of an instant, "YYYY-MM-DD". */
export function parisToday(now: Date): string {
  return formatParisDateTime(now).slice(0, 10);
}

/** The Paris calendar day of an ISO date-time string. */
export function parisDateOf(isoDateTime: string): string {
  return parisToday(new Date(isoDateTime));
}

function splitDate(date: string): [number, number, number] {
  const [year = "0", month = "1", day = "1"] = date.split("-");
  return [Number(year), Number(month), Number(day)];
}

/** The instant a Paris wall-clock time denotes ("23:59:59" never falls in a DST gap). */
export function parisWallTimeToInstant(date: string, time: string): Date {
  const [year, month, day] = splitDate(date);
  const [hour = 0, minute = 0, second = 0] = time.split(":").map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  let instant = asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000;
  instant = asUtc - parisOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** parisEndOfDay("2025-09-30") → "2025-09-30T23:59:59+02:00". */
export function parisEndOfDay(date: string): string {
  return formatParisDateTime(parisWallTimeToInstant(date, "23:59:59"));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Calendar months on a date string; the day is clamped (2025-08-31 + 1 → 2025-09-30). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = splitDate(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${pad(newYear, 4)}-${pad(newMonth)}-${pad(newDay)}`;
}

/** Calendar days on a date string (negative goes back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = splitDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Days from `first` to `last`, both counted: 2025-03-01 → 2025-03-01 is 1. */
export function daysInclusive(first: string, last: string): number {
  const [y1, m1, d1] = splitDate(first);
  const [y2, m2, d2] = splitDate(last);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000) + 1;
}

/**
 * The last day of a contract of `months` months starting on `start`: a contract's
 * end date is its last day, so 1 March + 6 months ends on 31 August.
 */
export function lastDayAfterMonths(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** Shifts an instant by whole years on the Paris wall clock, keeping the local time. */
export function addYearsToParisDateTime(isoDateTime: string, years: number): string {
  const local = formatParisDateTime(new Date(isoDateTime));
  const date = addMonths(local.slice(0, 10), years * 12);
  return formatParisDateTime(parisWallTimeToInstant(date, local.slice(11, 19)));
}

/** Lexicographic order is calendar order for "YYYY-MM-DD". */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
