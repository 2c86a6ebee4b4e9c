import type { ContentLocale, PayUnit } from "./enums";
import type { Compensation } from "./posting-shape";
import { numberFormat } from "@/lib/i18n/intl-formats";

const PER: Record<ContentLocale, Record<PayUnit, string>> = {
  en: { HOUR: "an hour", DAY: "a day", WEEK: "a week", MONTH: "a month", YEAR: "a year" },
  fr: { HOUR: "de l'heure", DAY: "par jour", WEEK: "par semaine", MONTH: "par mois", YEAR: "par an" },
};
const WORDS = { en: { from: "From", upTo: "Up to", gross: "gross" }, fr: { from: "À partir de", upTo: "Jusqu'à", gross: "brut" } } as const;

export function formatMoney(amount: number, currency: string, locale: ContentLocale): string {
  return numberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** "€1,800–€2,000 gross a month" / "1 800 € – 2 000 € brut par mois"; null when no figure is stated. */
export function formatPayRange(pay: Compensation | null, locale: ContentLocale): string | null {
  if (!pay || (pay.minAmount === null && pay.maxAmount === null)) return null;
  const money = (amount: number) => formatMoney(amount, pay.currency, locale);
  const words = WORDS[locale];
  const { minAmount: min, maxAmount: max } = pay;
  const range =
    min !== null && max !== null && max !== min
      ? `${money(min)} – ${money(max)}`
      : min !== null && max === null
        ? `${words.from} ${money(min)}`
        : min === null && max !== null
          ? `${words.upTo} ${money(max)}`
          : money(min ?? 0);
  return `${range} ${words.gross} ${PER[locale][pay.unit]}`;
}
