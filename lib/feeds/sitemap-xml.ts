import type { MetadataRoute } from "next";
import { xmlEscape } from "./xml";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

/**
 * sitemap.xml as the sitemaps.org 0.9 schema wants it. Its <url> is a sequence:
 * loc, lastmod, changefreq, priority, then elements of other namespaces — so the
 * hreflang <xhtml:link> alternates come last. (Next's own app/sitemap.ts writes
 * them before <lastmod>, which the XSD rejects.)
 */
export function buildSitemapXml(entries: MetadataRoute.Sitemap): string {
  const urls = entries.map((entry) => {
    const parts = [`<loc>${xmlEscape(entry.url)}</loc>`];
    if (entry.lastModified !== undefined) {
      const lastModified = entry.lastModified instanceof Date ? entry.lastModified : new Date(entry.lastModified);
      parts.push(`<lastmod>${lastModified.toISOString()}</lastmod>`);
    }
    if (entry.changeFrequency) parts.push(`<changefreq>${entry.changeFrequency}</changefreq>`);
    if (entry.priority !== undefined) parts.push(`<priority>${entry.priority}</priority>`);
    for (const [language, href] of Object.entries(entry.alternates?.languages ?? {})) {
      if (typeof href === "string") parts.push(`<xhtml:link rel="alternate" hreflang="${xmlEscape(language)}" href="${xmlEscape(href)}"/>`);
    }
    return `<url>\n${parts.map((part) => `  ${part}`).join("\n")}\n</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join("\n")}\n</urlset>\n`;
}
