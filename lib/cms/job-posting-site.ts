import type { JobPostingSite } from "@/lib/postings";
import { COMPANY } from "@/lib/public/company";

// The hiring organization the JSON-LD names. The public posting page must
// build its JSON-LD from the same values, so the CMS checks what crawlers read.
export function jobPostingSite(siteUrl: string): JobPostingSite {
  return { url: siteUrl, name: COMPANY.name, logoUrl: "/icon.png", sameAs: [COMPANY.url] };
}

/** The public address of a posting, as the JSON-LD "url" states it. */
export function publicPostingUrl(siteUrl: string, slug: string, locale: "en" | "fr"): string {
  return locale === "fr" ? `${siteUrl}/fr/jobs/${slug}` : `${siteUrl}/jobs/${slug}`;
}
