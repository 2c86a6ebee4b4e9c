import type { ContentLocale } from "./enums";
import type { Posting } from "./posting-shape";

// What candidates and crawlers may see of a posting's languages: English always,
// French only once a recruiter has marked its text translated.

export function hasPublicFrench(posting: Pick<Posting, "content" | "frenchTranslated">): boolean {
  return posting.content.fr !== undefined && posting.frenchTranslated;
}

export type FrenchVersionState = "NONE" | "TO_TRANSLATE" | "TRANSLATED";

/** The French version's state as the admin table shows it. */
export function frenchVersionOf(posting: Pick<Posting, "content" | "frenchTranslated">): FrenchVersionState {
  return posting.content.fr === undefined ? "NONE" : posting.frenchTranslated ? "TRANSLATED" : "TO_TRANSLATE";
}

export function publicLocales(posting: Pick<Posting, "content" | "frenchTranslated">): ContentLocale[] {
  return hasPublicFrench(posting) ? ["en", "fr"] : ["en"];
}

/** The posting as the public site shows it: an unfinished French version is left out. */
export function withoutUnfinishedFrench(posting: Posting): Posting {
  if (posting.content.fr === undefined || posting.frenchTranslated) return posting;
  return { ...posting, content: { en: posting.content.en } };
}
