import type { JobPostingSite } from "@/lib/postings";
import { COMPANY } from "./company";
import { siteUrl } from "./site-url";

/** The hiring organisation crawlers see in every JobPosting. The logo is 2:1 (Google accepts 0.75–2.5). */
export function jobPostingSite(): JobPostingSite {
  const url = siteUrl();
  return { url, name: COMPANY.name, logoUrl: `${url}/logo.png`, sameAs: COMPANY.url };
}
