import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { DraftState } from "@/lib/applications/application-drafts";
import { retentionMonths } from "@/lib/applications/retention";
import { applyWords } from "@/lib/i18n/apply";
import type { Locale } from "@/lib/i18n/locales";
import { getOpenPosting } from "@/lib/public/public-posting";
import { postingPath } from "@/lib/public/posting-urls";
import { ApplicationForm } from "./application-form";

// The application form's page, in English (/jobs/<slug>/apply) and French (/fr/jobs/<slug>/postuler), cached
// like the posting's own page (a real 404 for a role without one); after a refused submission, the same form
// with the errors and what was typed, rendered per request (…/apply/retry, …/postuler/reessayer). Only an
// open posting that takes applications on the site has one; proxy.ts answers a closed role's form with 410.

async function load(slug: string, locale: Locale) {
  const found = await getOpenPosting(slug);
  if (!found || found.posting.apply.method !== "ON_SITE" || !found.posting.content[locale]) return null;
  return found;
}

export async function applyMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const found = await load(slug, locale);
  const words = applyWords(locale);
  return { title: found ? words.formTitle(found.posting.content[locale]!.title) : words.applyNow, robots: { index: false } };
}

export async function ApplyPage({ slug, locale, draft = null }: { slug: string; locale: Locale; draft?: DraftState | null }) {
  const found = await load(slug, locale);
  if (!found) notFound();
  const words = applyWords(locale);
  const title = found.posting.content[locale]!.title;
  return (
    <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8">
      <p>
        <Link href={postingPath(slug, locale)} className="font-bold underline">
          {words.backToPosting}
        </Link>
      </p>
      <h1 className="mt-4 text-4xl font-black tracking-tight">{words.formTitle(title)}</h1>
      <p className="mt-3 text-muted">{words.formIntro}</p>
      <div className="mt-8">
        <ApplicationForm
          slug={slug}
          locale={locale}
          questions={found.posting.apply.questions}
          retentionMonths={retentionMonths()}
          values={draft?.values ?? null}
          errors={draft?.errors ?? {}}
        />
      </div>
    </div>
  );
}

export async function ApplyThanksPage({ slug, locale }: { slug: string; locale: Locale }) {
  const found = await load(slug, locale);
  if (!found) notFound();
  const words = applyWords(locale);
  return (
    <div className="mx-auto max-w-3xl px-5 py-16 sm:px-8">
      <h1 className="text-4xl font-black tracking-tight">{words.thanksTitle}</h1>
      <p role="status" className="mt-6 text-xl font-semibold">
        {words.thanksBody(found.posting.content[locale]!.title)}
      </p>
      <p className="mt-2">{words.thanksNext}</p>
      <p className="mt-8">
        <Link href="/jobs" className="inline-flex rounded-full bg-ink px-7 py-3 font-bold text-paper">
          {words.backToJobs}
        </Link>
      </p>
    </div>
  );
}
