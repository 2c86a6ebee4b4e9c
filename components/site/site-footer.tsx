import type { Locale } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";

export function SiteFooter({ locale }: { locale: Locale }) {
  const words = publicWords(locale);
  return (
    <footer className="mt-24 bg-ink text-paper">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-5 py-10 text-sm sm:px-8">
        <p className="font-bold">Back Market</p>
        <p>{words.chrome.equalOpportunity}</p>
        <p>
          <a href={words.paths.accessibility} className="underline underline-offset-4">
            {words.chrome.accessibility}
          </a>
        </p>
        <p>
          <a href="/feeds/jobs.rss" className="underline underline-offset-4">
            {words.chrome.rssFeed}
          </a>
        </p>
      </div>
    </footer>
  );
}
