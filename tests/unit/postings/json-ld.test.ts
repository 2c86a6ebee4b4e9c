import { describe, expect, test } from "vitest";
import {
  checkJobPostingJsonLd,
  deriveEmploymentType,
  extractJsonLdBlocks,
  postingSchema,
  serializeJsonLd,
  toJobPostingJsonLd,
  type ContentLocale,
  type PostingInput,
} from "@/lib/postings";
import { accountantApprentice, peopleOpsPayrollApprentice, tpmIntern } from "@/prisma/seed-data/postings";
import { makePosting } from "./fixtures";

const SITE = {
  url: "https://careers.backmarket.com",
  name: "Back Market",
  logoUrl: "/brand/logo.png",
  sameAs: ["https://www.backmarket.com", "https://www.linkedin.com/company/back-market"],
};
const toLd = (input: PostingInput, locale: ContentLocale = "en") =>
  toJobPostingJsonLd(postingSchema.parse(input), SITE, { locale, url: `${SITE.url}/${locale}/jobs/${input.slug}` });

describe("JobPosting mapping of the seeds", () => {
  test.each([
    ["People Ops", peopleOpsPayrollApprentice, "en"],
    ["Accountant", accountantApprentice, "en"],
    ["Accountant (fr)", accountantApprentice, "fr"],
    ["TPM", tpmIntern, "en"],
  ] as const)("%s passes the checker", (_name, seed, locale) => {
    const ld = toLd(seed, locale);
    expect(checkJobPostingJsonLd(ld)).toEqual([]);
    expect(ld.title).toBe(seed.content[locale]?.title);
  });
  test("the TPM intern maps to INTERN in Paris with its own fields", () => {
    const ld = toLd(tpmIntern) as unknown as Record<string, unknown>;
    // The source states no closing date: no validThrough (Google: recommended, not required).
    expect(ld).not.toHaveProperty("validThrough");
    // Nor a number of remote days: the description says "hybrid" and no count.
    expect(String(ld.description)).toContain("Paris, France — hybrid");
    expect(String(ld.description)).not.toMatch(/null|remote days/);
    expect(ld).toMatchObject({
      employmentType: ["INTERN"],
      datePosted: "2025-01-13T09:00:00+01:00",
      directApply: false,
      identifier: { "@type": "PropertyValue", name: "Back Market", value: "technical-program-management-intern" },
      hiringOrganization: { "@type": "Organization", name: "Back Market", logo: "https://careers.backmarket.com/brand/logo.png" },
      jobLocation: {
        "@type": "Place",
        address: { "@type": "PostalAddress", addressCountry: "FR", addressLocality: "Paris", postalCode: "75018", streetAddress: "199 rue Championnet" },
      },
      educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: "bachelor degree" },
    });
    expect(ld).not.toHaveProperty("jobLocationType");
    expect(ld).not.toHaveProperty("baseSalary");
  });
  test("apprentices are FULL_TIME, never INTERN", () => {
    expect(toLd(peopleOpsPayrollApprentice).employmentType).toEqual(["FULL_TIME"]);
  });
  test("the description uses only p, ul, li and escapes text", () => {
    const ld = toLd(makePosting((p) => void (p.content.en.about = "Tom & Jerry <b>bold</b> **strong**\n\n- one\n- [two](https://x.y)")));
    const description = String(ld.description);
    expect(description.startsWith("<p>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; strong</p><ul><li>one</li><li>two</li></ul>")).toBe(true);
    expect(description.match(/<\/?([a-z]+)/g)?.every((tag) => /^<\/?(p|ul|li|br)$/.test(tag))).toBe(true);
  });
  test("a fully remote job is TELECOMMUTE with eligible countries", () => {
    const ld = toLd(makePosting((p) => {
      p.location.remote = { policy: "REMOTE", eligibleCountries: ["FR", "ES"] };
      p.location.office = null;
    })) as unknown as Record<string, unknown>;
    expect(ld.jobLocationType).toBe("TELECOMMUTE");
    expect(ld.applicantLocationRequirements).toEqual([{ "@type": "Country", name: "FR" }, { "@type": "Country", name: "ES" }]);
    expect(ld).not.toHaveProperty("jobLocation");
    expect(checkJobPostingJsonLd(ld)).toEqual([]);
  });
  test("baseSalary only with figures; no validThrough when none", () => {
    const ld = toLd(makePosting((p) => {
      p.contract.compensation = { kind: "SALARY", minAmount: 45000, maxAmount: 55000, currency: "EUR", unit: "YEAR", note: null };
      p.dates.validThrough = null;
    })) as unknown as Record<string, unknown>;
    expect(ld.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 45000, maxValue: 55000, unitText: "YEAR" } });
    expect(ld).not.toHaveProperty("validThrough");
    expect(checkJobPostingJsonLd(ld)).toEqual([]);
  });
});

describe("employmentType is derived", () => {
  test.each([
    ["CDI", "FULL_TIME", ["FULL_TIME"]],
    ["CDI", "PART_TIME", ["PART_TIME"]],
    ["CDD", "FULL_TIME", ["FULL_TIME", "TEMPORARY"]],
    ["CDD", "PART_TIME", ["PART_TIME", "TEMPORARY"]],
    ["STAGE", "FULL_TIME", ["INTERN"]],
    ["APPRENTISSAGE", "FULL_TIME", ["FULL_TIME"]],
    ["PROFESSIONNALISATION", "FULL_TIME", ["FULL_TIME"]],
    ["VIE", "FULL_TIME", ["FULL_TIME", "TEMPORARY"]],
    ["FREELANCE", "FULL_TIME", ["CONTRACTOR"]],
  ] as const)("%s %s → %j", (type, schedule, expected) => expect(deriveEmploymentType({ type, schedule })).toEqual(expected));
});

describe("serializeJsonLd", () => {
  const hostile = "</script><script>alert(1)</script> </ScRiPt > <!-- & \u2028\u2029 end";
  test("no recruiter text can close the script tag, and JSON.parse returns the original", () => {
    const ld = toLd(makePosting((p) => void (p.content.en.title = hostile.replace(/\u2028|\u2029/g, ""))));
    const serialized = serializeJsonLd({ ...ld, title: hostile });
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(serialized).title).toBe(hostile);
    const [block] = extractJsonLdBlocks(`<script type="application/ld+json">${serialized}</script>`);
    expect((block?.value as { title: string }).title).toBe(hostile);
  });
});

describe("checkJobPostingJsonLd catches each pitfall", () => {
  const valid = () => toLd(tpmIntern) as unknown as Record<string, unknown>;
  const cases: [string, (ld: Record<string, unknown>) => void, string][] = [
    ["missing title", (ld) => delete ld.title, "title"],
    ["company name in title", (ld) => (ld.title = "Back Market - TPM Intern"), "title"],
    ["(H/F) in title", (ld) => (ld.title = "Stagiaire TPM (H/F)"), "title"],
    ["dates in title", (ld) => (ld.title = "TPM Intern 2025"), "title"],
    ["h1 tag in description", (ld) => (ld.description = "<h1>Hi</h1><p>x</p>"), "description"],
    ["strong tag in description", (ld) => (ld.description = "<p><strong>x</strong></p>"), "description"],
    ["description equals title", (ld) => (ld.description = `<p>${String(ld.title)}</p>`), "description"],
    ["missing datePosted", (ld) => delete ld.datePosted, "datePosted"],
    ["date with a space", (ld) => (ld.datePosted = "2025-01-13 09:00:00"), "datePosted"],
    ["validThrough without offset", (ld) => (ld.validThrough = "2025-03-31T23:59:59"), "validThrough"],
    ["lowercase employmentType", (ld) => (ld.employmentType = ["full-time"]), "employmentType"],
    ["relative logo", (ld) => ((ld.hiringOrganization as Record<string, unknown>).logo = "/logo.png"), "hiringOrganization.logo"],
    ["missing organisation", (ld) => delete ld.hiringOrganization, "hiringOrganization"],
    ["country as a name", (ld) => (((ld.jobLocation as Record<string, unknown>).address as Record<string, unknown>).addressCountry = "France"), "jobLocation.0.address.addressCountry"],
    ["address as one string", (ld) => ((ld.jobLocation as Record<string, unknown>).address = "199 rue Championnet, Paris"), "jobLocation.0.address"],
    ["no location", (ld) => delete ld.jobLocation, "jobLocation"],
    ["HYBRID jobLocationType", (ld) => (ld.jobLocationType = "HYBRID"), "jobLocationType"],
    ["TELECOMMUTE without requirements", (ld) => (ld.jobLocationType = "TELECOMMUTE"), "applicantLocationRequirements"],
    ["bad salary unit", (ld) => (ld.baseSalary = { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: 1, unitText: "MONTHLY" } }), "baseSalary.value"],
    ["wrong type", (ld) => (ld["@type"] = "Job"), "@type"],
  ];
  test.each(cases)("%s", (_name, breakIt, path) => {
    const ld = valid();
    breakIt(ld);
    expect(checkJobPostingJsonLd(ld).map((violation) => violation.path)).toContain(path);
  });
  test("a non-object is one violation", () => expect(checkJobPostingJsonLd("nope")).toHaveLength(1));
});
