import type { ContentLocale } from "@/lib/postings";

/** A posting's public path in a language: English at /jobs/<slug>, French at /fr/jobs/<slug>. */
export function postingPath(slug: string, locale: ContentLocale = "en"): string {
  return locale === "fr" ? `/fr/jobs/${slug}` : `/jobs/${slug}`;
}
