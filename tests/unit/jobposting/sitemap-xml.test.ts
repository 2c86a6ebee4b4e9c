import { describe, expect, it } from "vitest";
import { sitemapEntries } from "@/lib/feeds/sitemap-entries";
import { buildSitemapXml } from "@/lib/feeds/sitemap-xml";

// sitemap.xml against the sitemaps.org 0.9 schema: each <url> is the sequence
// loc, lastmod?, changefreq?, priority?, then other namespaces' elements (the
// hreflang xhtml:link alternates) — never an xhtml:link before lastmod.

const BASE = "https://careers.example";
const when = new Date("2026-11-20T16:30:00.000Z");

function urlElements(xml: string): string[][] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => [...(body ?? "").matchAll(/<([\w:]+)[\s>/]/g)].map(([, name]) => name as string));
}

describe("buildSitemapXml", () => {
  const xml = buildSitemapXml(
    sitemapEntries(BASE, [
      { slug: "accountant-apprentice", locales: ["en", "fr"], lastModified: when },
      { slug: "tpm-intern", locales: ["en"], lastModified: when },
    ]),
  );

  it("declares the sitemap and xhtml namespaces on urlset", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(xml.trimEnd().endsWith("</urlset>")).toBe(true);
  });

  it("orders each url's children as the XSD's sequence: loc, lastmod, then the xhtml:link alternates", () => {
    const order = ["loc", "lastmod", "changefreq", "priority"];
    const elements = urlElements(xml);
    const pair = ["loc", "lastmod", "xhtml:link", "xhtml:link", "xhtml:link"];
    expect(elements).toEqual([
      pair, // home
      pair, // /fr
      pair, // /jobs
      pair, // /fr/jobs
      ["loc", "xhtml:link", "xhtml:link", "xhtml:link"], // /accessibility: no lastmod
      ["loc", "xhtml:link", "xhtml:link", "xhtml:link"], // /fr/accessibilite
      pair,
      pair,
      ["loc", "lastmod"],
    ]);
    for (const children of elements) {
      const sitemapChildren = children.filter((name) => !name.includes(":"));
      expect(sitemapChildren).toEqual(order.filter((name) => sitemapChildren.includes(name)));
      const firstOther = children.findIndex((name) => name.includes(":"));
      if (firstOther >= 0) expect(children.slice(firstOther).every((name) => name.includes(":"))).toBe(true);
    }
  });

  it("writes the alternates as hreflang links, escapes text and dates in W3C format", () => {
    expect(xml).toContain(
      `<url>\n  <loc>${BASE}/jobs/accountant-apprentice</loc>\n  <lastmod>2026-11-20T16:30:00.000Z</lastmod>\n  <xhtml:link rel="alternate" hreflang="en" href="${BASE}/jobs/accountant-apprentice"/>\n  <xhtml:link rel="alternate" hreflang="fr" href="${BASE}/fr/jobs/accountant-apprentice"/>\n  <xhtml:link rel="alternate" hreflang="x-default" href="${BASE}/jobs/accountant-apprentice"/>\n</url>`,
    );
    expect(buildSitemapXml([{ url: "https://x.example/?a=1&b=<2>" }])).toContain("<loc>https://x.example/?a=1&amp;b=&lt;2&gt;</loc>");
    expect(buildSitemapXml([{ url: "https://x.example/", changeFrequency: "daily", priority: 0.5, lastModified: when }])).toContain(
      "<loc>https://x.example/</loc>\n  <lastmod>2026-11-20T16:30:00.000Z</lastmod>\n  <changefreq>daily</changefreq>\n  <priority>0.5</priority>",
    );
  });
});
