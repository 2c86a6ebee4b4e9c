import type { OfficeInput } from "@/lib/postings";

// Back Market's public addresses (shared/docs/domain.md).
export const PARIS_HQ = {
  slug: "paris-hq",
  name: "Paris HQ",
  street: "199 rue Championnet",
  postalCode: "75018",
  city: "Paris",
  region: "Île-de-France",
  country: "FR",
} satisfies OfficeInput;

// The Bordeaux office is on rue Lucien Faure (Bassins à flot); no public source
// gives the street number, so none is invented.
export const BORDEAUX = {
  slug: "bordeaux",
  name: "Bordeaux",
  street: "Rue Lucien Faure",
  postalCode: "33300",
  city: "Bordeaux",
  region: "Nouvelle-Aquitaine",
  country: "FR",
} satisfies OfficeInput;

export const SEED_OFFICES: readonly OfficeInput[] = [PARIS_HQ, BORDEAUX];
