import Link from "next/link";

export function SiteHeader({ locale = "en" }: { locale?: "en" | "fr" }) {
  const fr = locale === "fr";
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:px-8">
        <Link href="/" className="text-base font-black tracking-tight sm:text-lg">
          Back Market <span className="font-medium">{fr ? "Carrières" : "Careers"}</span>
        </Link>
        <nav aria-label={fr ? "Principale" : "Main"}>
          <ul className="flex items-center gap-4 whitespace-nowrap text-sm font-semibold sm:gap-5">
            <li>
              <Link href="/jobs" className="hover:underline">
                {fr ? "Offres" : "Open roles"}
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
