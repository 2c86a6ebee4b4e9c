import {
  APPRENTICE_AGE_BANDS,
  APPRENTICE_AGE_LABELS,
  APPRENTICE_PAY_PERCENT,
  SMIC,
  apprenticeMinimum,
  formatMoney,
  type ContentLocale,
} from "@/lib/postings";
import { dateTimeFormat } from "@/lib/i18n/intl-formats";

const WORDS = {
  en: {
    caption: "Legal minimum gross pay of an apprentice, a month for 35 hours a week",
    shortCaption: "Gross a month, 35 hours a week",
    source: "Code du travail D6222-26 and D6222-27",
    age: "Age",
    year: (n: number) => `Year ${n}`,
    note: (date: string) =>
      `27 % to 100 % of the SMIC (${formatMoney(SMIC.monthlyGross, "EUR", "en")} a month since ${date}); from 21, of the collective agreement's minimum when it is higher.`,
  },
  fr: {
    caption: "Rémunération minimale brute d'un apprenti, par mois pour 35 heures par semaine",
    shortCaption: "Brut par mois, 35 heures par semaine",
    source: "Code du travail, articles D6222-26 et D6222-27",
    age: "Âge",
    year: (n: number) => `${n}${n === 1 ? "re" : "e"} année`,
    note: (date: string) =>
      `De 27 % à 100 % du SMIC (${formatMoney(SMIC.monthlyGross, "EUR", "fr")} par mois depuis le ${date}) ; dès 21 ans, du minimum conventionnel s'il est plus élevé.`,
  },
} as const;

function formatDay(date: string, locale: ContentLocale): string {
  return dateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * The apprentice minimum pay by age band and contract year (lib/postings/apprentice-minimum-pay.ts).
 * Compact (the posting's key facts): amounts only; otherwise each share of the SMIC too.
 */
export function ApprenticePayTable({ locale, compact = false }: { locale: ContentLocale; compact?: boolean }) {
  const words = WORDS[locale];
  const years = [1, 2, 3] as const;
  return (
    <div className="overflow-x-auto">
      <table className={`w-full text-left ${compact ? "text-xs" : "text-sm"}`}>
        <caption className="mb-2 text-left font-bold">{compact ? words.shortCaption : words.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              {words.age}
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className={`py-1 ${compact ? "pr-2" : "pr-3"}`}>
                {words.year(year)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {APPRENTICE_AGE_BANDS.map((band) => (
            <tr key={band} className="border-t border-line">
              <th scope="row" className="py-1 pr-3 font-semibold">
                {APPRENTICE_AGE_LABELS[locale][band]}
              </th>
              {years.map((year) => (
                <td key={year} className={`py-1 tabular-nums ${compact ? "whitespace-nowrap pr-2" : "pr-3"}`}>
                  {formatMoney(apprenticeMinimum(band, year), "EUR", locale)}
                  {compact ? null : <span className="text-muted"> ({APPRENTICE_PAY_PERCENT[band][year - 1]} %)</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">
        {words.note(formatDay(SMIC.inForceFrom, locale))} {words.source}.
      </p>
    </div>
  );
}
