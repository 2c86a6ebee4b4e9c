import { CONTENT_LOCALES, CONTRACT_TYPES, parseListingFilters, SLUG_PATTERN, toListingSearchParams, type ContentLocale, type ContractType, type ListingFilters } from "@/lib/postings";

// Next.js registers every "use cache" function as a server reference that a
// client can POST to with arbitrary arguments (found by tests/security). So
// each cached public read re-checks its own arguments and answers "nothing"
// to anything a page of ours would never pass.

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= 200 && SLUG_PATTERN.test(value);
}

export function isLocale(value: unknown): value is ContentLocale {
  return typeof value === "string" && (CONTENT_LOCALES as readonly string[]).includes(value);
}

export function isContractType(value: unknown): value is ContractType {
  return typeof value === "string" && (CONTRACT_TYPES as readonly string[]).includes(value);
}

/** Filters as the URL parser would have produced them, whatever was passed in. */
export function safeFilters(value: unknown): ListingFilters {
  if (!value || typeof value !== "object") return parseListingFilters(new URLSearchParams());
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => typeof item === "string" || typeof item === "number");
  const params = toListingSearchParams(Object.fromEntries(entries.map(([key, item]) => [key, String(item)])) as Partial<ListingFilters>);
  return parseListingFilters(params);
}
