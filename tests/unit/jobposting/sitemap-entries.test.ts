import { describe, expect, it } from "vitest";
import { sitemapEntries } from "@/lib/feeds/sitemap-entries";

// sitemap.xml's entries from the open postings: every language of each, dated by its last public change.

const BASE = "https://careers.example";
const older = new Date("2026-10-01T08:00:00.000Z");
const newer = new Date("2026-11-20T16:30:00.000Z");

describe("sitemapEntries", () => {
  it("lists home, /jobs and each posting in each of its languages with its own lastmod", () => {
    const entries = sitemapEntries(BASE, [
      { slug: "accountant-apprentice", locales: ["en", "fr"], lastModified: older },
      { slug: "tpm-intern", locales: ["en"], lastModified: newer },
    ]);
    expect(entries.map((entry) => [entry.url, entry.lastModified])).toEqual([
      [`${BASE}/`, newer],
      [`${BASE}/jobs`, newer],
      [`${BASE}/jobs/accountant-apprentice`, older],
      [`${BASE}/fr/jobs/accountant-apprentice`, older],
      [`${BASE}/jobs/tpm-intern`, newer],
    ]);
  });

  it("links the languages of a bilingual posting, and only those", () => {
    const [, , english, french, single] = sitemapEntries(BASE, [
      { slug: "a", locales: ["en", "fr"], lastModified: older },
      { slug: "b", locales: ["en"], lastModified: older },
    ]);
    const languages = { en: `${BASE}/jobs/a`, fr: `${BASE}/fr/jobs/a` };
    expect(english?.alternates).toEqual({ languages });
    expect(french?.alternates).toEqual({ languages });
    expect(single).not.toHaveProperty("alternates");
  });

  it("ignores unknown languages, and with no open posting dates nothing", () => {
    expect(sitemapEntries(BASE, [{ slug: "x", locales: ["en", "de"], lastModified: older }]).map((entry) => entry.url)).toEqual([
      `${BASE}/`,
      `${BASE}/jobs`,
      `${BASE}/jobs/x`,
    ]);
    expect(sitemapEntries(BASE, [])).toEqual([
      { url: `${BASE}/`, lastModified: undefined },
      { url: `${BASE}/jobs`, lastModified: undefined },
    ]);
  });
});
