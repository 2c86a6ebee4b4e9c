import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { PARIS_TIME_ZONE } from "@/lib/postings/paris-time";
import { dateTimeFormat } from "@/lib/i18n/intl-formats";

// Every admin time is a Paris wall clock with the zone named, in the reader's language:
// "1 Dec 2026, 14:05 Paris time" / "1 déc. 2026, 14 h 05, heure de Paris".

function parts(instant: Date, locale: Locale, withSeconds: boolean) {
  const day = dateTimeFormat(INTL_LOCALE[locale], { timeZone: PARIS_TIME_ZONE, day: "numeric", month: "short", year: "numeric" }).format(instant);
  const clock = dateTimeFormat("en-GB", {
    timeZone: PARIS_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    ...(withSeconds ? { second: "2-digit" } : {}),
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => clock.find((part) => part.type === type)?.value ?? "00";
  return { day, hour: get("hour"), minute: get("minute"), second: withSeconds ? get("second") : null };
}

export function formatParisTime(instant: Date | string, locale: Locale, options: { seconds?: boolean } = {}): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const { day, hour, minute, second } = parts(date, locale, options.seconds ?? false);
  if (locale === "fr") return `${day}, ${hour} h ${minute}${second ? ` ${second} s` : ""}, heure de Paris`;
  return `${day}, ${hour}:${minute}${second ? `:${second}` : ""} Paris time`;
}

/** A calendar day "2025-09-30" as the reader writes it: "30/09/2025" in French, "30 Sep 2025" in English. */
export function formatDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  if (locale === "fr") return `${date}/${month}/${year}`;
  return dateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));
}
