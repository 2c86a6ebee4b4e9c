import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import { LanguageSwitch } from "./language-switch";

/** The styled 404 in each language (inside the language's page chrome); the title comes from the metadata of the route that called notFound(). */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const words = publicWords(locale);
  return (
    <>
      <LanguageSwitch locale={locale} href={publicWords(otherLocale(locale)).paths.home} />
      <div className="mx-auto max-w-6xl px-5 pb-20 pt-10 sm:px-8">
        <h1 className="text-4xl font-black tracking-tight">{words.notFound.title}</h1>
        <p className="mt-4 text-lg">{words.notFound.lead}</p>
        <p className="mt-8">
          <Link href={words.paths.jobs} className="inline-flex rounded-full bg-ink px-7 py-3 font-bold text-paper">
            {words.notFound.seeAll}
          </Link>
        </p>
      </div>
    </>
  );
}
