import {
  APPRENTICE_AGE_BANDS,
  APPRENTICE_AGE_LABELS,
  APPRENTICE_PAY_PERCENT,
  APPRENTICE_PAY_SOURCE,
  SMIC,
  apprenticeMinimum,
  formatMoney,
  type ContentLocale,
} from "@/lib/postings";

const WORDS = {
  en: {
    caption: "Legal minimum gross pay of an apprentice, a month for 35 hours a week",
    age: "Age",
    year: (n: number) => `Year ${n}`,
    note: (date: string) =>
      `Share of the SMIC (${formatMoney(SMIC.monthlyGross, "EUR", "en")} a month since ${date}); from 21, of the collective agreement's minimum when it is higher. ${APPRENTICE_PAY_SOURCE}.`,
  },
  fr: {
    caption: "Rémunération minimale brute d'un apprenti, par mois pour 35 heures par semaine",
    age: "Âge",
    year: (n: number) => `${n}${n === 1 ? "re" : "e"} année`,
    note: (date: string) =>
      `Part du SMIC (${formatMoney(SMIC.monthlyGross, "EUR", "fr")} par mois depuis le ${date}) ; dès 21 ans, du minimum conventionnel s'il est plus élevé. ${APPRENTICE_PAY_SOURCE}.`,
  },
} as const;

function formatDay(date: string, locale: ContentLocale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The apprentice minimum pay by age band and contract year (lib/postings/apprentice-minimum-pay.ts). */
export function ApprenticePayTable({ locale }: { locale: ContentLocale }) {
  const words = WORDS[locale];
  const years = [1, 2, 3] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-bold">{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              {words.age}
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className="py-1 pr-3">
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
                <td key={year} className="py-1 pr-3 tabular-nums">
                  {formatMoney(apprenticeMinimum(band, year), "EUR", locale)}{" "}
                  <span className="text-muted">({APPRENTICE_PAY_PERCENT[band][year - 1]} %)</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">{words.note(formatDay(SMIC.inForceFrom, locale))}</p>
    </div>
  );
}
