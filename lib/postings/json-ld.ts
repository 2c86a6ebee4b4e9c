import type { EducationalOccupationalCredential, JobPosting, MonetaryAmount, Place, WithContext } from "schema-dts";
import { deriveEmploymentType } from "./employment-type";
import type { ContentLocale, EducationRequirement } from "./enums";
import { buildJobDescriptionHtml } from "./job-description";
import type { Posting } from "./posting-shape";

export type JobPostingSite = { url: string; name: string; logoUrl: string; sameAs: string | readonly string[] };
export type JobPostingOptions = { locale: ContentLocale; url: string };

// Google's credentialCategory values. A master's student already holds a
// bachelor-level degree; enrolment alone (work-study) is no credential.
const CREDENTIALS: Partial<Record<EducationRequirement, string>> = {
  HIGH_SCHOOL_DIPLOMA: "high school",
  BACHELORS_DEGREE: "bachelor degree",
  MASTERS_STUDENT: "bachelor degree",
  MASTERS_DEGREE: "postgraduate degree",
};
const CREDENTIAL_RANK = ["high school", "bachelor degree", "postgraduate degree"];

function pickCredential(requirements: readonly EducationRequirement[]): EducationalOccupationalCredential | undefined {
  const categories = requirements.map((requirement) => CREDENTIALS[requirement]).filter((value) => value !== undefined);
  const highest = categories.sort((a, b) => CREDENTIAL_RANK.indexOf(b) - CREDENTIAL_RANK.indexOf(a))[0];
  return highest ? { "@type": "EducationalOccupationalCredential", credentialCategory: highest } : undefined;
}

function buildPlace(office: NonNullable<Posting["location"]["office"]>): Place {
  return {
    "@type": "Place",
    address: {
      "@type": "PostalAddress",
      addressCountry: office.country,
      addressLocality: office.city,
      postalCode: office.postalCode,
      ...(office.street ? { streetAddress: office.street } : {}),
      ...(office.region ? { addressRegion: office.region } : {}),
    },
  };
}

function buildSalary(compensation: Posting["contract"]["compensation"]): MonetaryAmount | undefined {
  if (!compensation || (compensation.minAmount === null && compensation.maxAmount === null)) return undefined;
  const { minAmount, maxAmount, currency, unit } = compensation;
  const exact = minAmount !== null && maxAmount !== null && minAmount === maxAmount ? minAmount : null;
  return {
    "@type": "MonetaryAmount",
    currency,
    value: {
      "@type": "QuantitativeValue",
      ...(exact !== null ? { value: exact } : {}),
      ...(exact === null && minAmount !== null ? { minValue: minAmount } : {}),
      ...(exact === null && maxAmount !== null ? { maxValue: maxAmount } : {}),
      unitText: unit,
    },
  };
}

/**
 * The page's JobPosting (jobposting.md). Pure: the page passes its own URL and
 * locale; a locale without content falls back to English, which the page shows then.
 */
export function toJobPostingJsonLd(posting: Posting, site: JobPostingSite, options: JobPostingOptions): WithContext<JobPosting> {
  const content = posting.content[options.locale] ?? posting.content.en;
  const locale = posting.content[options.locale] ? options.locale : "en";
  const { office, remote } = posting.location;
  const credential = pickCredential(posting.education.requirements);
  const salary = buildSalary(posting.contract.compensation);
  const sameAs = typeof site.sameAs === "string" ? site.sameAs : [...site.sameAs];
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: content.title,
    description: buildJobDescriptionHtml(posting, content, locale),
    datePosted: posting.dates.datePosted,
    ...(posting.dates.validThrough ? { validThrough: posting.dates.validThrough } : {}),
    employmentType: deriveEmploymentType(posting.contract),
    hiringOrganization: {
      "@type": "Organization",
      name: site.name,
      sameAs,
      logo: new URL(site.logoUrl, site.url).href,
    },
    ...(office ? { jobLocation: buildPlace(office) } : {}),
    ...(remote.policy === "REMOTE"
      ? {
          jobLocationType: "TELECOMMUTE",
          applicantLocationRequirements: remote.eligibleCountries.map((code) => ({ "@type": "Country" as const, name: code })),
        }
      : {}),
    identifier: { "@type": "PropertyValue", name: site.name, value: posting.slug },
    // Google's "directApply": true only when the application happens on this site, on the posting's own form.
    directApply: posting.apply.method === "ON_SITE",
    url: options.url,
    ...(salary ? { baseSalary: salary } : {}),
    ...(credential ? { educationRequirements: credential } : {}),
  };
}
