import { CONTRACT_LABELS, type ContentLocale, type ContractType, type LanguageLevel, type RemotePolicy } from "@/lib/postings";

// Short words for cards, facets and key facts. Long descriptions come from
// lib/postings' labels, which the JSON-LD description shares.

const intlLocale = (locale: ContentLocale) => (locale === "fr" ? "fr-FR" : "en-GB");

export const SHORT_CONTRACT_LABELS: Record<ContentLocale, Record<ContractType, string>> = {
  en: { CDI: "Permanent", CDD: "Fixed-term", STAGE: "Internship", APPRENTISSAGE: "Apprenticeship", PROFESSIONNALISATION: "Work-study", VIE: "VIE", FREELANCE: "Freelance" },
  fr: { CDI: "CDI", CDD: "CDD", STAGE: "Stage", APPRENTISSAGE: "Alternance", PROFESSIONNALISATION: "Contrat pro", VIE: "VIE", FREELANCE: "Freelance" },
};

export const REMOTE_LABELS: Record<ContentLocale, Record<RemotePolicy, string>> = {
  en: { ON_SITE: "On site", HYBRID: "Hybrid", REMOTE: "Remote" },
  fr: { ON_SITE: "Sur site", HYBRID: "Hybride", REMOTE: "Télétravail" },
};

export function contractLabel(type: ContractType, locale: ContentLocale, long = false): string {
  return (long ? CONTRACT_LABELS : SHORT_CONTRACT_LABELS)[locale][type];
}

export function remoteLabel(policy: RemotePolicy, daysPerWeek: number | null, locale: ContentLocale): string {
  if (policy !== "HYBRID" || daysPerWeek === null) return REMOTE_LABELS[locale][policy];
  return locale === "fr"
    ? `Hybride · ${daysPerWeek} j de télétravail / semaine`
    : `Hybrid · ${daysPerWeek} remote day${daysPerWeek === 1 ? "" : "s"} a week`;
}

export function languageName(code: string, locale: ContentLocale): string {
  const name = new Intl.DisplayNames([intlLocale(locale)], { type: "language" }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function levelLabel(level: LanguageLevel | null, locale: ContentLocale): string | null {
  if (level === null) return null;
  if (level === "NATIVE") return locale === "fr" ? "langue maternelle" : "native";
  return level;
}

/** "2026-09" → "September 2026". */
export function monthLabel(month: string, locale: ContentLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-15T12:00:00Z`));
}

/** An instant as a Paris calendar day: "30 September 2026". */
export function dayLabel(instant: string, locale: ContentLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(new Date(instant));
}

export function minutesLabel(minutes: number, locale: ContentLocale): string {
  if (minutes < 60 || minutes % 60 !== 0) return `${minutes} min`;
  const hours = minutes / 60;
  return locale === "fr" ? `${hours} h` : `${hours} hour${hours === 1 ? "" : "s"}`;
}
