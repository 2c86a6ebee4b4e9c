import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import { pairAlternates } from "@/lib/i18n/public/alternates";
import { LanguageSwitch } from "../language-switch";

// The accessibility statement: /accessibility and /fr/accessibilite.

export function accessibilityMetadata(locale: Locale): Metadata {
  return {
    title: publicWords(locale).accessibility.title,
    alternates: pairAlternates(locale, { en: publicWords("en").paths.accessibility, fr: publicWords("fr").paths.accessibility }),
  };
}

export function AccessibilityPage({ locale }: { locale: Locale }) {
  const words = publicWords(locale).accessibility;
  return (
    <>
      <LanguageSwitch locale={locale} href={publicWords(otherLocale(locale)).paths.accessibility} />
      <div className="mx-auto max-w-3xl px-5 pb-16 pt-10 sm:px-8">
        <h1 className="text-4xl font-black tracking-tight">{words.title}</h1>
        <p className="mt-6 text-lg leading-8">{words.p1}</p>
        <p className="mt-4 text-lg leading-8">{words.p2}</p>
      </div>
    </>
  );
}
