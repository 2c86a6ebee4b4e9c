import { parseListingFilters, toListingSearchParams, type ListingFilters } from "@/lib/postings";
import { jobPostingSite } from "@/lib/public/job-posting-site";
import { listingHref } from "@/lib/public/listing-view";

/** A feed request's filters (the listing's, from the query string) and its URLs. */
export function feedContext(request: Request, feedPath: string) {
  const filters: ListingFilters = { ...parseListingFilters(new URL(request.url).searchParams), page: 1 };
  const site = jobPostingSite();
  const query = toListingSearchParams(filters).toString();
  return {
    filters,
    site,
    title: query ? `Back Market open roles (${decodeURIComponent(query.replaceAll("&", ", ").replaceAll("+", " "))})` : "Back Market open roles",
    selfUrl: `${site.url}${feedPath}${query ? `?${query}` : ""}`,
    pageUrl: `${site.url}${listingHref(filters)}`,
  };
}

/**
 * Feeds are cached on the server ("use cache", expired with the listing on
 * every change), so readers may ask every time: a closed role must not linger
 * in a proxy's or reader's copy after its page answers 410.
 */
export const FEED_CACHE_CONTROL = "public, max-age=0, must-revalidate";
