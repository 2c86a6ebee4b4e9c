import Link from "next/link";
import type { ReactNode } from "react";
import { publicWords } from "@/lib/i18n/public";
import { SECTION_LABELS, type ContentLocale, type Posting } from "@/lib/postings";
import { contractLabel, remoteLabel } from "@/lib/public/display";
import { ApplyButton } from "./apply-button";
import { KeyFacts } from "./key-facts";
import { MarkdownBlock } from "./markdown-block";
import { ProcessTimeline } from "./process-timeline";
import { BulletList, PostingSection } from "./section";


type Props = {
  posting: Posting;
  locale: ContentLocale;
  teamName: string;
  /** Shown under the posting: related open roles on the public page, nothing in the CMS preview. */
  footer?: ReactNode;
  /** Link to the same posting in the other language, when it has one. */
  otherLanguageHref?: string | null;
};

/** A posting as candidates read it. The CMS preview renders this same component. */
export function PostingView({ posting, locale, teamName, footer, otherLanguageHref }: Props) {
  const content = posting.content[locale] ?? posting.content.en;
  const chrome = publicWords(locale);
  const words = chrome.posting;
  const labels = SECTION_LABELS[locale];
  const office = posting.location.office;
  return (
    <article className="mx-auto max-w-6xl px-5 pb-10 pt-10 sm:px-8">
      <p className="text-sm">
        <Link href={chrome.paths.jobs} className="font-semibold underline underline-offset-4">
          ← {words.allRoles}
        </Link>
      </p>
      <header className="mt-8 max-w-3xl">
        <p className="text-sm font-bold uppercase tracking-wider text-muted">{teamName}</p>
        <h1 className="mt-2 text-4xl font-black leading-tight tracking-tight sm:text-5xl">{content.title}</h1>
        <p className="mt-4 flex flex-wrap gap-2 text-sm font-semibold">
          <span className="rounded-full bg-mist px-3 py-1">{contractLabel(posting.contract.type, locale)}</span>
          {office ? <span className="rounded-full bg-mist px-3 py-1">{office.city}</span> : null}
          <span className="rounded-full bg-mist px-3 py-1">
            {remoteLabel(posting.location.remote.policy, posting.location.remote.policy === "HYBRID" ? posting.location.remote.daysPerWeek : null, locale)}
          </span>
        </p>
        <div className="mt-6 flex flex-wrap items-center gap-5">
          <ApplyButton posting={posting} locale={locale} title={content.title} />
          {otherLanguageHref ? (
            <a href={otherLanguageHref} hrefLang={locale === "fr" ? "en" : "fr"} lang={locale === "fr" ? "en" : "fr"} className="font-semibold underline underline-offset-4">
              {words.otherLanguage}
            </a>
          ) : null}
        </div>
      </header>

      <div className="mt-12 grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <PostingSection id="role" title={words.role}>
            <MarkdownBlock source={content.role} />
          </PostingSection>
          {content.missions.length ? (
            <PostingSection id="missions" title={labels.missions}>
              <BulletList items={content.missions} />
            </PostingSection>
          ) : null}
          {content.profile.length ? (
            <PostingSection id="profile" title={labels.profile}>
              <BulletList items={content.profile} />
            </PostingSection>
          ) : null}
          {content.benefits.length ? (
            <PostingSection id="benefits" title={labels.benefits}>
              <BulletList items={content.benefits} />
            </PostingSection>
          ) : null}
          {content.steps.length ? (
            <PostingSection id="process" title={labels.steps}>
              <ProcessTimeline steps={content.steps} locale={locale} />
            </PostingSection>
          ) : null}
          <PostingSection id="about" title={words.about}>
            <MarkdownBlock source={content.about} />
          </PostingSection>
          {content.additionalInfo.trim() ? (
            <PostingSection id="additional" title={words.more}>
              <MarkdownBlock source={content.additionalInfo} />
            </PostingSection>
          ) : null}
          <div className="mt-12">
            <ApplyButton posting={posting} locale={locale} title={content.title} />
          </div>
        </div>
        <aside className="order-first lg:order-none lg:sticky lg:top-6 lg:self-start" aria-label={labels.facts}>
          <KeyFacts posting={posting} locale={locale} />
        </aside>
      </div>
      {footer}
    </article>
  );
}
