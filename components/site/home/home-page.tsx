import type { Metadata } from "next";
import Link from "next/link";
import { pairAlternates } from "@/lib/i18n/public/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import { COMPANY } from "@/lib/public/company";
import { getHomeSummary } from "@/lib/public/home-summary";
import { listingHref } from "@/lib/public/listing-view";
import { postingPath } from "@/lib/public/posting-urls";
import { LanguageSwitch } from "../language-switch";

// The landing page, / and /fr.

export function homeMetadata(locale: Locale): Metadata {
  const words = publicWords(locale);
  const path = words.paths.home;
  return {
    alternates: pairAlternates(locale, { en: publicWords("en").paths.home, fr: publicWords("fr").paths.home }),
    openGraph: { url: path, title: words.meta.defaultTitle, description: words.home.pitch },
    twitter: { card: "summary", title: words.meta.defaultTitle, description: words.home.pitch },
  };
}

export async function HomePage({ locale }: { locale: Locale }) {
  const words = publicWords(locale);
  const summary = await getHomeSummary();
  const fr = locale === "fr";
  return (
    <>
      <LanguageSwitch locale={locale} href={publicWords(otherLocale(locale)).paths.home} />
      <section className="bg-ink text-paper">
        <div className="mx-auto max-w-6xl px-5 py-20 sm:px-8 sm:py-28">
          <p className="text-sm font-bold uppercase tracking-widest">{words.home.kicker}</p>
          <h1 className="mt-4 max-w-4xl text-4xl font-black leading-tight tracking-tight sm:text-6xl">{words.home.headline}</h1>
          <p className="mt-6 max-w-2xl text-lg">{words.home.mission}</p>
          <p className="mt-10">
            <Link href={words.paths.jobs} className="inline-flex rounded-full bg-paper px-7 py-3 font-bold text-ink hover:bg-mist">
              {words.home.seeRoles(summary.openCount)}
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="figures" className="mx-auto max-w-6xl px-5 py-16 sm:px-8">
        <h2 id="figures" className="sr-only">
          {words.home.figures}
        </h2>
        <dl className="grid grid-cols-2 gap-8 lg:grid-cols-4">
          {COMPANY.figures.map((figure, index) => (
            <div key={figure.label} className="flex flex-col-reverse border-t-4 border-ink pt-4">
              <dt className="mt-1 text-sm font-semibold text-muted">{words.home.figureLabels[index]}</dt>
              <dd className="text-4xl font-black tracking-tight">{figure.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-10 max-w-3xl text-lg">{words.home.missionStatus}</p>
      </section>

      <section aria-labelledby="teams" className="mx-auto max-w-6xl px-5 py-10 sm:px-8">
        <h2 id="teams" className="text-3xl font-black tracking-tight">
          {words.home.byTeam}
        </h2>
        {summary.teams.length === 0 ? (
          <p className="mt-6 text-lg">{words.home.noRoles}</p>
        ) : (
          <ul className="mt-8 grid gap-6 md:grid-cols-3">
            {summary.teams.map((team) => (
              <li key={team.slug} className="rounded-2xl border-2 border-ink p-6">
                <h3 className="text-xl font-black">
                  <Link href={listingHref({ team: team.slug }, locale)} className="hover:underline">
                    {fr ? (team.nameFr ?? team.name) : team.name}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">{words.home.teamCount(team.count)}</p>
                <ul className="mt-4 space-y-2">
                  {team.latest.map((posting) => (
                    <li key={posting.slug}>
                      {fr && posting.titleFr ? (
                        <Link href={postingPath(posting.slug, "fr")} className="font-semibold underline underline-offset-4">
                          {posting.titleFr}
                        </Link>
                      ) : (
                        <>
                          <Link
                            href={postingPath(posting.slug)}
                            hrefLang={fr ? "en" : undefined}
                            lang={fr ? "en" : undefined}
                            className="font-semibold underline underline-offset-4"
                          >
                            {posting.title}
                          </Link>
                          {fr ? <span className="text-sm text-muted"> {words.card.untranslated}</span> : null}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="offices" className="mx-auto max-w-6xl px-5 py-10 sm:px-8">
        <h2 id="offices" className="text-3xl font-black tracking-tight">
          {words.home.offices}
        </h2>
        <ul className="mt-8 grid gap-6 md:grid-cols-2">
          {summary.offices.map((office) => (
            <li key={office.slug} className="rounded-2xl bg-mist p-6">
              <h3 className="text-xl font-black">{office.city}</h3>
              <p className="mt-2">
                {office.street ? `${office.street}, ` : ""}
                {office.postalCode} {office.city}
              </p>
              <p className="mt-3 text-sm">
                <Link href={listingHref({ city: office.city }, locale)} className="font-bold underline underline-offset-4">
                  {words.home.officeCount(office.count, office.city)}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
