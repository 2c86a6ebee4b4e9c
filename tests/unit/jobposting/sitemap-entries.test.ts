import { describe, expect, it } from "vitest";
import { sitemapEntries } from "@/lib/feeds/sitemap-entries";

// sitemap.xml's entries: the site's page pairs, then the open postings in every language of each, dated by
// their last public change.

const BASE = "https://careers.example";
const older = new Date("2026-10-01T08:00:00.000Z");
const newer = new Date("2026-11-20T16:30:00.000Z");

describe("sitemapEntries", () => {
  it("lists home, the listings, the accessibility statement (undated) and each posting in each of its languages with its own lastmod", () => {
    const entries = sitemapEntries(BASE, [
      { slug: "accountant-apprentice", locales: ["en", "fr"], lastModified: older },
      { slug: "tpm-intern", locales: ["en"], lastModified: newer },
    ]);
    expect(entries.map((entry) => [entry.url, entry.lastModified])).toEqual([
      [`${BASE}/`, newer],
      [`${BASE}/fr`, newer],
      [`${BASE}/jobs`, newer],
      [`${BASE}/fr/jobs`, newer],
      [`${BASE}/accessibility`, undefined],
      [`${BASE}/fr/accessibilite`, undefined],
      [`${BASE}/jobs/accountant-apprentice`, older],
      [`${BASE}/fr/jobs/accountant-apprentice`, older],
      [`${BASE}/jobs/tpm-intern`, newer],
    ]);
  });

  it("links the languages of each page pair and of a bilingual posting (x-default → English), and only those", () => {
    const entries = sitemapEntries(BASE, [
      { slug: "a", locales: ["en", "fr"], lastModified: older },
      { slug: "b", locales: ["en"], lastModified: older },
    ]);
    const alternatesOf = (url: string) => entries.find((entry) => entry.url === `${BASE}${url}`)?.alternates;
    const pair = (en: string, fr: string) => ({ languages: { en: `${BASE}${en}`, fr: `${BASE}${fr}`, "x-default": `${BASE}${en}` } });
    for (const [en, fr] of [
      ["/", "/fr"],
      ["/jobs", "/fr/jobs"],
      ["/accessibility", "/fr/accessibilite"],
      ["/jobs/a", "/fr/jobs/a"],
    ] as const) {
      expect(alternatesOf(en)).toEqual(pair(en, fr));
      expect(alternatesOf(fr)).toEqual(pair(en, fr));
    }
    expect(entries.find((entry) => entry.url === `${BASE}/jobs/b`)).not.toHaveProperty("alternates");
  });

  it("ignores unknown languages, and with no open posting dates nothing", () => {
    const pages = [`${BASE}/`, `${BASE}/fr`, `${BASE}/jobs`, `${BASE}/fr/jobs`, `${BASE}/accessibility`, `${BASE}/fr/accessibilite`];
    expect(sitemapEntries(BASE, [{ slug: "x", locales: ["en", "de"], lastModified: older }]).map((entry) => entry.url)).toEqual([...pages, `${BASE}/jobs/x`]);
    const empty = sitemapEntries(BASE, []);
    expect(empty.map((entry) => entry.url)).toEqual(pages);
    expect(empty.every((entry) => entry.lastModified === undefined)).toBe(true);
  });
});
