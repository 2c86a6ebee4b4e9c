import type { Locale } from "@/lib/i18n/locales";
import { otherLocale, publicWords } from "@/lib/i18n/public";
import { LanguageSuggestion } from "./language-suggestion";

/**
 * The link to this place in the other language, at the top of every public page. Each page knows its
 * twin (a posting's other version, the same filters, the other home), so each page passes it in.
 */
export function LanguageSwitch({ locale, href }: { locale: Locale; href: string }) {
  const other = otherLocale(locale);
  const words = publicWords(locale);
  return (
    <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-end gap-x-4 gap-y-1 px-5 pt-4 sm:px-8">
      <LanguageSuggestion other={other} href={href} text={publicWords(other).chrome.suggestion} />
      <nav aria-label={words.chrome.languageNav}>
        <a href={href} hrefLang={other} lang={other} title={words.chrome.otherLanguageHint} className="text-sm font-semibold underline underline-offset-4">
          {words.chrome.otherLanguageName}
        </a>
      </nav>
    </div>
  );
}
