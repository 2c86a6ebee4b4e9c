import type { Locale } from "@/lib/i18n/locales";
import { parseListingFilters, toListingSearchParams, type ListingFilters } from "@/lib/postings";

// /jobs?… is served by the cached route /listing/<view>: the proxy rewrites the
// query string to one path segment, so every filter combination is a cacheable
// page of its own (a page reading searchParams could never be cached whole).
// The view is the canonical query string, base64url-encoded; "all" is no filter.
//
// Free-text searches are not views: each distinct `q` would be one more stored
// page, so anyone could fill the cache (and the disk) with searches. A query
// with `q` goes to the dynamic route /listing/search?<canonical query>, which is
// rendered per request and never stored (app/(site)/listing/search/page.tsx).

export const LISTING_ROUTE = "/listing";
export const SEARCH_ROUTE = `${LISTING_ROUTE}/search`;
const ALL = "all";

// The proxy computes a view on every listing request: remember recent ones.
const recentViews = new Map<string, string>();
const RECENT_VIEWS = 500;

export function listingViewOf(search: URLSearchParams): string {
  const key = search.toString();
  if (key === "") return ALL;
  const known = recentViews.get(key);
  if (known) return known;
  const canonical = toListingSearchParams(parseListingFilters(search)).toString();
  const view = canonical ? Buffer.from(canonical, "utf8").toString("base64url") : ALL;
  if (recentViews.size >= RECENT_VIEWS) recentViews.delete(recentViews.keys().next().value as string);
  recentViews.set(key, view);
  return view;
}

/**
 * Where the proxy sends /jobs?… (or /fr/jobs?…): the cached view of a filter set, or the dynamic search
 * route. The French listing has the same routes under /fr (app/(fr)/fr/listing/…).
 */
export function listingRouteOf(search: URLSearchParams, locale: Locale = "en"): string {
  const prefix = locale === "fr" ? "/fr" : "";
  if (!search.has("q")) return `${prefix}${LISTING_ROUTE}/${listingViewOf(search)}`;
  const filters = parseListingFilters(search);
  if (filters.q === undefined) return `${prefix}${LISTING_ROUTE}/${listingViewOf(search)}`;
  return `${prefix}${SEARCH_ROUTE}?${toListingSearchParams(filters).toString()}`;
}

export function filtersOfView(view: string): ListingFilters {
  if (view === ALL || !/^[A-Za-z0-9_-]{1,800}$/.test(view)) return parseListingFilters(new URLSearchParams());
  return parseListingFilters(new URLSearchParams(Buffer.from(view, "base64url").toString("utf8")));
}

/** The public URL of a filter set: /jobs (or /fr/jobs) with its canonical query. */
export function listingHref(filters: Partial<ListingFilters>, locale: Locale = "en"): string {
  const path = locale === "fr" ? "/fr/jobs" : "/jobs";
  const query = toListingSearchParams(filters).toString();
  return query ? `${path}?${query}` : path;
}
