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
