import { z } from "zod";
import { CONTRACT_TYPES, REMOTE_POLICIES } from "./enums";
import { isLanguageCode } from "./language-codes";
import { hasForbiddenCharacters, removeForbiddenCharacters, SLUG_PATTERN } from "./text-fields";

// The public listing's state lives in the URL. Visitors and crawlers send
// anything, so every value is parsed on its own and dropped when invalid:
// a bad filter never errors, it just does not filter.

export const MAX_LISTING_PAGE = 1000;
export const MAX_QUERY_LENGTH = 100;

const FILTER_VALUES = {
  team: z.string().trim().max(80).regex(SLUG_PATTERN),
  city: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((value) => !hasForbiddenCharacters(value) && /^[\p{L}\p{M}' .-]+$/u.test(value)),
  contract: z.string().trim().toUpperCase().pipe(z.enum(CONTRACT_TYPES)),
  remote: z.string().trim().toUpperCase().pipe(z.enum(REMOTE_POLICIES)),
  language: z.string().trim().toLowerCase().refine(isLanguageCode),
  startMonth: z
    .string()
    .trim()
    .regex(/^(?:20\d{2})-(?:0[1-9]|1[0-2])$/),
  // Search text is cleaned, never rejected: it is only ever a bound query parameter.
  q: z
    .string()
    .transform((value) => Array.from(removeForbiddenCharacters(value).trim()).slice(0, MAX_QUERY_LENGTH).join("").trim())
    .pipe(z.string().min(1)),
  page: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/)
    .transform((value) => Math.min(Number(value), MAX_LISTING_PAGE))
    .pipe(z.number().int().min(1)),
} as const;

type FilterValues = { [K in keyof typeof FILTER_VALUES]: z.output<(typeof FILTER_VALUES)[K]> };
export type ListingFilters = Partial<Omit<FilterValues, "page">> & { page: number };

export const LISTING_FILTER_KEYS = ["team", "city", "contract", "remote", "language", "startMonth", "q", "page"] as const;

type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

function readAll(params: SearchParamsInput, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function firstValid<K extends keyof typeof FILTER_VALUES>(key: K, values: string[]): FilterValues[K] | undefined {
  for (const value of values) {
    const parsed = FILTER_VALUES[key].safeParse(value);
    if (parsed.success) return parsed.data as FilterValues[K];
  }
  return undefined;
}

export function parseListingFilters(searchParams: SearchParamsInput): ListingFilters {
  const filters: ListingFilters = { page: 1 };
  for (const key of LISTING_FILTER_KEYS) {
    const value = firstValid(key, readAll(searchParams, key));
    if (value !== undefined) Object.assign(filters, { [key]: value });
  }
  return filters;
}

/** Canonical query string: fixed key order, page 1 omitted, so one view has one URL. */
export function toListingSearchParams(filters: Partial<ListingFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LISTING_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  return params;
}
