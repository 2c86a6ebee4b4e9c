import type { Locale } from "@/lib/i18n/locales";

// The candidate side's addresses. proxy.ts answers closed postings' forms with 410 (APPLY_PATH) and gives
// the submission its own body limit (APPLY_SUBMIT_PATH).

export function applyFormPath(slug: string, locale: Locale): string {
  return locale === "fr" ? `/fr/jobs/${slug}/postuler` : `/jobs/${slug}/apply`;
}

/** One route handler takes both languages' submissions; the form says which language it was in. */
export function applySubmitPath(slug: string): string {
  return `/jobs/${slug}/apply/submit`;
}

/** The form again after a refused submission, with its errors and what was typed. */
export function applyRetryPath(slug: string, locale: Locale): string {
  return locale === "fr" ? `/fr/jobs/${slug}/postuler/reessayer` : `/jobs/${slug}/apply/retry`;
}

export function applyThanksPath(slug: string, locale: Locale): string {
  return locale === "fr" ? `/fr/jobs/${slug}/postuler/merci` : `/jobs/${slug}/apply/thanks`;
}

export function deletionPath(token: string, locale: Locale): string {
  return locale === "fr" ? `/fr/candidatures/supprimer/${token}` : `/applications/delete/${token}`;
}

export function deletionConfirmPath(token: string): string {
  return `/applications/delete/${token}/confirm`;
}

/** The form, its submission and its confirmation, in both languages: [, fr/, slug]. */
export const APPLY_PATH = /^\/(fr\/)?jobs\/([^/]+)\/(?:apply|postuler)(?:\/(?:submit|thanks|merci|retry|reessayer))?\/?$/;
export const APPLY_SUBMIT_PATH = /^\/jobs\/[^/]+\/apply\/submit\/?$/;
