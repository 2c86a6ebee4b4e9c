import { isCountryCode } from "./country-codes";
import { EMPLOYMENT_TYPES, PAY_UNITS } from "./enums";
import { findTitleProblems } from "./title-policy";

// Every rule of jobposting.md as a pure check on a parsed JSON-LD object, so
// unit tests and e2e tests on served HTML judge the markup the same way.

export type JsonLdViolation = { path: string; message: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ALLOWED_TAG = /^<\/?(?:p|ul|li|br)\s*\/?>$/i;
const CREDENTIAL_CATEGORIES = ["high school", "associate degree", "bachelor degree", "professional certificate", "postgraduate degree"];

function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function textOfHtml(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

function checkDates(ld: Json, add: (path: string, message: string) => void) {
  const posted = ld.datePosted;
  if (!isText(posted)) add("datePosted", "datePosted is required.");
  else if (!ISO_DATE.test(posted) && !ISO_DATE_TIME.test(posted)) add("datePosted", "datePosted must be ISO 8601 (a date, or a date-time with T and an offset).");
  if (ld.validThrough === undefined) return;
  if (typeof ld.validThrough !== "string" || !ISO_DATE_TIME.test(ld.validThrough)) {
    add("validThrough", "validThrough must be an ISO 8601 date-time with T and an offset.");
  } else if (typeof posted === "string" && Date.parse(ld.validThrough) <= Date.parse(posted)) {
    add("validThrough", "validThrough must be after datePosted.");
  }
}

function checkOrganization(ld: Json, add: (path: string, message: string) => void): string | undefined {
  const org = ld.hiringOrganization;
  if (!isObject(org)) {
    add("hiringOrganization", "hiringOrganization (an Organization) is required.");
    return undefined;
  }
  if (org["@type"] !== "Organization") add("hiringOrganization.@type", "hiringOrganization must be an Organization.");
  if (!isText(org.name)) add("hiringOrganization.name", "hiringOrganization needs the company name.");
  const logo = isObject(org.logo) ? org.logo.url : org.logo;
  if (org.logo !== undefined && !isAbsoluteUrl(logo)) add("hiringOrganization.logo", "The logo must be an absolute URL.");
  asArray(org.sameAs).forEach((url, index) => {
    if (!isAbsoluteUrl(url)) add(`hiringOrganization.sameAs.${index}`, "sameAs must be absolute URLs.");
  });
  return isText(org.name) ? org.name : undefined;
}

function checkLocation(ld: Json, add: (path: string, message: string) => void) {
  const types = asArray(ld.jobLocationType);
  types.forEach((type) => {
    if (type !== "TELECOMMUTE") add("jobLocationType", `jobLocationType may only be TELECOMMUTE, not ${JSON.stringify(type)}.`);
  });
  const telecommute = types.includes("TELECOMMUTE");
  if (telecommute && asArray(ld.applicantLocationRequirements).length === 0) {
    add("applicantLocationRequirements", "A TELECOMMUTE job must name applicantLocationRequirements.");
  }
  if (!telecommute && ld.applicantLocationRequirements !== undefined) {
    add("applicantLocationRequirements", "applicantLocationRequirements is only for 100% remote (TELECOMMUTE) jobs.");
  }
  const places = asArray(ld.jobLocation);
  if (places.length === 0 && !telecommute) add("jobLocation", "jobLocation is required unless the job is 100% remote.");
  places.forEach((place, index) => {
    const path = `jobLocation.${index}`;
    if (!isObject(place) || place["@type"] !== "Place") return add(path, "jobLocation must be a Place.");
    const address = place.address;
    if (!isObject(address) || address["@type"] !== "PostalAddress") return add(`${path}.address`, "The address must be a PostalAddress, not a string.");
    const country = isObject(address.addressCountry) ? address.addressCountry.name : address.addressCountry;
    if (typeof country !== "string" || !isCountryCode(country)) {
      add(`${path}.address.addressCountry`, "addressCountry must be an ISO 3166-1 alpha-2 code such as FR.");
    }
  });
}

function checkTitleAndDescription(ld: Json, company: string | undefined, add: (path: string, message: string) => void) {
  const title = ld.title;
  if (!isText(title)) add("title", "title is required.");
  else for (const problem of findTitleProblems(title, company ? [company] : undefined)) add("title", problem);
  const description = ld.description;
  if (!isText(description)) return add("description", "description is required.");
  for (const tag of description.match(/<[^>]*>?/g) ?? []) {
    if (!ALLOWED_TAG.test(tag)) add("description", `description may only use p, ul, li and br tags, found ${tag}.`);
  }
  if (typeof title === "string" && textOfHtml(description) === title.trim()) add("description", "description must not just repeat the title.");
}

function checkOptional(ld: Json, add: (path: string, message: string) => void) {
  const employment = asArray(ld.employmentType);
  employment.forEach((type) => {
    if (!EMPLOYMENT_TYPES.includes(type as never)) add("employmentType", `employmentType ${JSON.stringify(type)} is not one of ${EMPLOYMENT_TYPES.join(", ")}.`);
  });
  if (ld.identifier !== undefined) {
    const id = ld.identifier;
    if (!isObject(id) || id["@type"] !== "PropertyValue" || !isText(id.name) || !isText(String(id.value ?? ""))) {
      add("identifier", "identifier must be a PropertyValue with a name and a value.");
    }
  }
  if (ld.directApply !== undefined && typeof ld.directApply !== "boolean") add("directApply", "directApply must be a boolean.");
  if (ld.baseSalary !== undefined) {
    const salary = ld.baseSalary;
    const value = isObject(salary) ? salary.value : undefined;
    if (!isObject(salary) || salary["@type"] !== "MonetaryAmount" || typeof salary.currency !== "string" || !/^[A-Z]{3}$/.test(salary.currency)) {
      add("baseSalary", "baseSalary must be a MonetaryAmount with an ISO 4217 currency.");
    } else if (!isObject(value) || !PAY_UNITS.includes(value.unitText as never) || ![value.value, value.minValue, value.maxValue].some((n) => typeof n === "number")) {
      add("baseSalary.value", "baseSalary needs a QuantitativeValue with figures and a unitText of HOUR, DAY, WEEK, MONTH or YEAR.");
    }
  }
  asArray(ld.educationRequirements).forEach((credential) => {
    if (isObject(credential) && !CREDENTIAL_CATEGORIES.includes(String(credential.credentialCategory))) {
      add("educationRequirements", `credentialCategory must be one of: ${CREDENTIAL_CATEGORIES.join(", ")}.`);
    }
  });
}

export function checkJobPostingJsonLd(value: unknown): JsonLdViolation[] {
  const violations: JsonLdViolation[] = [];
  const add = (path: string, message: string) => void violations.push({ path, message });
  if (!isObject(value)) return [{ path: "", message: "A JobPosting must be a JSON object." }];
  const context = value["@context"];
  if (typeof context !== "string" || !/^https?:\/\/schema\.org\/?$/.test(context)) add("@context", "@context must be https://schema.org.");
  if (value["@type"] !== "JobPosting") add("@type", "@type must be JobPosting.");
  const company = checkOrganization(value, add);
  checkTitleAndDescription(value, company, add);
  checkDates(value, add);
  checkLocation(value, add);
  checkOptional(value, add);
  return violations;
}
