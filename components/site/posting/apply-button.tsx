import type { ContentLocale, Posting } from "@/lib/postings";

/** The way to apply: the ATS page when there is one, otherwise an email. */
export function ApplyButton({ posting, locale, title }: { posting: Posting; locale: ContentLocale; title: string }) {
  const href = posting.apply.url ?? (posting.apply.email ? `mailto:${posting.apply.email}?subject=${encodeURIComponent(title)}` : null);
  if (!href) return null;
  return (
    <a
      href={href}
      className="inline-flex items-center justify-center rounded-full bg-ink px-7 py-3 text-base font-bold text-paper hover:bg-ink/85"
      rel={posting.apply.url ? "noopener" : undefined}
    >
      {locale === "fr" ? "Postuler" : "Apply now"}
      <span className="sr-only">{locale === "fr" ? ` : ${title}` : `: ${title}`}</span>
    </a>
  );
}
