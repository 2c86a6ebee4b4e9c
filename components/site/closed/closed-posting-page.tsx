import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import { getClosedPosting, getRelatedRoles } from "@/lib/public/public-posting";
import { postingPath } from "@/lib/public/posting-urls";
import { LanguageSwitch } from "../language-switch";
import { RelatedRoles } from "../posting/related-roles";

// The page of a role that was public and is closed (HTTP 410, see proxy.ts), in English and French.

export async function ClosedPostingPage({ slug, locale }: { slug: string; locale: Locale }) {
  const closed = await getClosedPosting(slug);
  if (!closed) notFound();
  const words = publicWords(locale);
  const similar = await getRelatedRoles(closed.slug, closed.teamSlug, closed.contractType);
  const frenchTitle = locale === "fr" ? closed.titleFr : null;
  return (
    <>
      <LanguageSwitch locale={locale} href={postingPath(closed.slug, otherLocale(locale))} />
      <div className="mx-auto max-w-6xl px-5 pb-16 pt-10 sm:px-8">
        <p className="text-sm font-bold uppercase tracking-wider text-muted">
          {locale === "fr" ? (closed.teamNameFr ?? closed.teamName) : closed.teamName}
        </p>
        <h1 className="mt-2 text-4xl font-black tracking-tight sm:text-5xl" lang={locale === "fr" && !frenchTitle ? "en" : undefined}>
          {frenchTitle ?? closed.title}
        </h1>
        <p className="mt-6 max-w-2xl text-xl font-semibold">{words.closed.lead}</p>
        <p className="mt-2 max-w-2xl">{words.closed.thanks}</p>
        <p className="mt-8">
          <Link href={words.paths.jobs} className="inline-flex rounded-full bg-ink px-7 py-3 font-bold text-paper">
            {words.closed.seeAll}
          </Link>
        </p>
        <RelatedRoles roles={similar} locale={locale} title={words.closed.similar} />
      </div>
    </>
  );
}
