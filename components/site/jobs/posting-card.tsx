import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";
import { formatStartWindow } from "@/lib/postings";
import { contractLabel, remoteLabel } from "@/lib/public/display";
import { postingPath } from "@/lib/public/posting-urls";
import type { PostingCard as Card } from "@/lib/public/search-postings";

/**
 * One open role in the listing. On /fr/jobs a role without a public French version keeps its place, under
 * its English title marked "(en anglais)", and leads to its English page.
 */
export function PostingCard({ card, locale }: { card: Card; locale: Locale }) {
  const words = publicWords(locale);
  const french = locale === "fr" && card.titleFr !== null;
  const untranslated = locale === "fr" && !french;
  const facts = [
    contractLabel(card.contractType, locale),
    card.city,
    remoteLabel(card.remotePolicy, card.remoteDaysPerWeek, locale),
    words.card.starts(formatStartWindow({ earliest: card.startEarliest, latest: card.startLatest }, locale)),
    card.durationMonths ? words.card.months(card.durationMonths) : null,
  ].filter(Boolean);
  return (
    <Link
      href={postingPath(card.slug, french ? "fr" : "en")}
      hrefLang={untranslated ? "en" : undefined}
      className="group block rounded-2xl border border-line p-5 hover:border-ink sm:p-6"
    >
      <h3 className="text-lg font-bold group-hover:underline">
        {untranslated ? (
          <>
            <span lang="en">{card.title}</span> <span className="text-sm font-semibold text-muted">{words.card.untranslated}</span>
          </>
        ) : french ? (
          card.titleFr
        ) : (
          card.title
        )}
      </h3>
      <p className="mt-2 text-sm text-muted">{facts.join(" · ")}</p>
      {locale === "en" && card.locales.includes("fr") ? (
        // The posting can be read in French too; it says nothing about the languages the role requires.
        <p className="mt-3 inline-block rounded-full bg-mist px-2 py-0.5 text-xs font-semibold">
          {words.card.alsoOther} · <span lang="fr">{words.card.alsoOtherNative}</span>
        </p>
      ) : null}
    </Link>
  );
}
