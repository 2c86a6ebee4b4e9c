import { deriveEmploymentType, type JobPostingSite } from "@/lib/postings";
import type { PublicPosting } from "@/lib/public/public-posting";
import { feedItem } from "./feed-item";
import { cdataElement as element } from "./xml";

// Indeed's XML job feed: <source> with <publisher>, <publisherurl>, then one
// <job> per open posting (title, date, referencenumber, url, company, city,
// state, country, postalcode, description, jobtype, email when applications
// go by email), every value in CDATA as in Indeed's examples.

const JOB_TYPES: Record<string, string> = { FULL_TIME: "fulltime", PART_TIME: "parttime", INTERN: "internship", TEMPORARY: "temporary", CONTRACTOR: "contract" };

export function buildIndeedXml(entries: readonly PublicPosting[], site: JobPostingSite, builtAt: Date): string {
  const jobs = entries.map((entry) => {
    const { posting } = entry;
    const item = feedItem(entry, site);
    const office = posting.location.office;
    const types = [deriveEmploymentType(posting.contract)].flat().map((type) => JOB_TYPES[String(type)] ?? String(type).toLowerCase());
    return `<job>${[
      element("title", item.title),
      element("date", new Date(item.datePosted).toUTCString()),
      element("referencenumber", posting.slug),
      element("url", item.url),
      element("company", site.name),
      element("city", office?.city),
      element("state", office?.region),
      element("country", office?.country ?? (posting.location.remote.policy === "REMOTE" ? posting.location.remote.eligibleCountries[0] : null)),
      element("postalcode", office?.postalCode),
      element("streetaddress", office?.street),
      element("email", posting.apply.email),
      element("description", item.descriptionHtml),
      element("jobtype", types.join(", ")),
      element("remotetype", posting.location.remote.policy === "REMOTE" ? "Fully remote" : posting.location.remote.policy === "HYBRID" ? "Hybrid remote" : null),
      element("expirationdate", posting.dates.validThrough ? new Date(posting.dates.validThrough).toUTCString() : null),
    ].join("")}</job>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<source>${element("publisher", site.name)}${element("publisherurl", site.url)}${element("lastBuildDate", builtAt.toUTCString())}${jobs.join("")}</source>
`;
}
