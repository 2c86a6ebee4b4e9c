export function SiteFooter({ locale = "en" }: { locale?: "en" | "fr" }) {
  const fr = locale === "fr";
  return (
    <footer className="mt-24 bg-ink text-paper">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-5 py-10 text-sm sm:px-8">
        <p className="font-bold">Back Market</p>
        <p>
          {fr
            ? "Back Market est un employeur qui garantit l'égalité des chances."
            : "Back Market is an equal opportunity employer."}
        </p>
        <p>
          <a href="/accessibility" className="underline underline-offset-4">{fr ? "Accessibilité" : "Accessibility"}</a>
        </p>
        <p>
          <a href="/feeds/jobs.rss" className="underline underline-offset-4">
            {fr ? "Flux RSS des offres" : "RSS feed of open roles"}
          </a>
        </p>
      </div>
    </footer>
  );
}
