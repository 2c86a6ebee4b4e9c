import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";

export function SiteHeader({ locale }: { locale: Locale }) {
  const words = publicWords(locale);
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:px-8">
        <Link href={words.paths.home} className="text-base font-black tracking-tight sm:text-lg">
          Back Market <span className="font-medium">{words.chrome.brand}</span>
        </Link>
        <nav aria-label={words.chrome.mainNav}>
          <ul className="flex items-center gap-4 whitespace-nowrap text-sm font-semibold sm:gap-5">
            <li>
              <Link href={words.paths.jobs} className="hover:underline">
                {words.chrome.openRoles}
              </Link>
            </li>
            <li>
              <a href="https://www.backmarket.com" className="hover:underline">
                backmarket.com
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
