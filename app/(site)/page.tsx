import type { Metadata } from "next";
import Link from "next/link";
import { COMPANY } from "@/lib/public/company";
import { getHomeSummary } from "@/lib/public/home-summary";
import { postingPath } from "@/lib/public/posting-urls";

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  openGraph: { url: "/", title: "Careers at Back Market", description: COMPANY.pitch },
  twitter: { card: "summary", title: "Careers at Back Market", description: COMPANY.pitch },
};

export default async function HomePage() {
  const summary = await getHomeSummary();
  return (
    <>
      <section className="bg-ink text-paper">
        <div className="mx-auto max-w-6xl px-5 py-20 sm:px-8 sm:py-28">
          <p className="text-sm font-bold uppercase tracking-widest">Careers at Back Market</p>
          <h1 className="mt-4 max-w-4xl text-4xl font-black leading-tight tracking-tight sm:text-6xl">
            Make tech last. Build the refurbished future with us.
          </h1>
          <p className="mt-6 max-w-2xl text-lg">
            {COMPANY.pitch} Our mission: {COMPANY.mission.toLowerCase()}
          </p>
          <p className="mt-10">
            <Link href="/jobs" className="inline-flex rounded-full bg-paper px-7 py-3 font-bold text-ink hover:bg-mist">
              See {summary.openCount} open role{summary.openCount === 1 ? "" : "s"}
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="figures" className="mx-auto max-w-6xl px-5 py-16 sm:px-8">
        <h2 id="figures" className="sr-only">
          Back Market in figures
        </h2>
        <dl className="grid grid-cols-2 gap-8 lg:grid-cols-4">
          {COMPANY.figures.map((figure) => (
            <div key={figure.label} className="flex flex-col-reverse border-t-4 border-ink pt-4">
              <dt className="mt-1 text-sm font-semibold text-muted">{figure.label}</dt>
              <dd className="text-4xl font-black tracking-tight">{figure.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-10 max-w-3xl text-lg">{COMPANY.missionStatus}</p>
      </section>

      <section aria-labelledby="teams" className="mx-auto max-w-6xl px-5 py-10 sm:px-8">
        <h2 id="teams" className="text-3xl font-black tracking-tight">
          Open roles by team
        </h2>
        {summary.teams.length === 0 ? (
          <p className="mt-6 text-lg">No open roles right now. Come back soon, or follow our RSS feed.</p>
        ) : (
          <ul className="mt-8 grid gap-6 md:grid-cols-3">
            {summary.teams.map((team) => (
              <li key={team.slug} className="rounded-2xl border-2 border-ink p-6">
                <h3 className="text-xl font-black">
                  <Link href={`/jobs?team=${team.slug}`} className="hover:underline">
                    {team.name}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">
                  {team.count} open role{team.count === 1 ? "" : "s"}
                </p>
                <ul className="mt-4 space-y-2">
                  {team.latest.map((posting) => (
                    <li key={posting.slug}>
                      <Link href={postingPath(posting.slug)} className="font-semibold underline underline-offset-4">
                        {posting.title}
                      </Link>
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
          Our offices
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
                <Link href={`/jobs?city=${encodeURIComponent(office.city)}`} className="font-bold underline underline-offset-4">
                  {office.count} open role{office.count === 1 ? "" : "s"} in {office.city}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
