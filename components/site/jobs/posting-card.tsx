import Link from "next/link";
import { formatStartWindow } from "@/lib/postings";
import { contractLabel, remoteLabel } from "@/lib/public/display";
import { postingPath } from "@/lib/public/posting-urls";
import type { PostingCard as Card } from "@/lib/public/search-postings";

export function PostingCard({ card }: { card: Card }) {
  const facts = [
    contractLabel(card.contractType, "en"),
    card.city,
    remoteLabel(card.remotePolicy, card.remoteDaysPerWeek, "en"),
    `Starts ${formatStartWindow({ earliest: card.startEarliest, latest: card.startLatest }, "en")}`,
    card.durationMonths ? `${card.durationMonths} months` : null,
  ].filter(Boolean);
  return (
    <Link href={postingPath(card.slug)} className="group block rounded-2xl border border-line p-5 hover:border-ink sm:p-6">
      <h3 className="text-lg font-bold group-hover:underline">{card.title}</h3>
      <p className="mt-2 text-sm text-muted">{facts.join(" · ")}</p>
      {card.locales.includes("fr") ? (
        // The posting can be read in French too; it says nothing about the languages the role requires.
        <p className="mt-3 inline-block rounded-full bg-mist px-2 py-0.5 text-xs font-semibold">
          Also in French · <span lang="fr">Version française disponible</span>
        </p>
      ) : null}
    </Link>
  );
}
