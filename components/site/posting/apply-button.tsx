import { applyFormPath } from "@/lib/applications/apply-paths";
import type { ContentLocale, Posting } from "@/lib/postings";

/** The way to apply the posting chose: the site's own form, the ATS page, or an email. */
export function ApplyButton({ posting, locale, title }: { posting: Posting; locale: ContentLocale; title: string }) {
  const { method } = posting.apply;
  // The schema only accepts https:// links; checked again here so no stored value can become a javascript: link.
  const url = posting.apply.url && /^https?:\/\//i.test(posting.apply.url) ? posting.apply.url : null;
  const mailto = posting.apply.email ? `mailto:${encodeURIComponent(posting.apply.email).replace("%40", "@")}?subject=${encodeURIComponent(title)}` : null;
  const href = method === "ON_SITE" ? applyFormPath(posting.slug, locale) : method === "EMAIL" ? (mailto ?? url) : (url ?? mailto);
  if (!href) return null;
  return (
    <a
      href={href}
      className="inline-flex items-center justify-center rounded-full bg-ink px-7 py-3 text-base font-bold text-paper hover:bg-ink/85"
      rel={url ? "noopener" : undefined}
    >
      {locale === "fr" ? "Postuler" : "Apply now"}
      <span className="sr-only">{locale === "fr" ? ` : ${title}` : `: ${title}`}</span>
    </a>
  );
}
