import os from "node:os";
import v8 from "node:v8";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { toOneByteHtml } from "@/lib/cache/one-byte-html.mjs";
import PageCacheHandler from "@/lib/cache/page-cache-handler.mjs";

// Stored pages are kept as one-byte strings (lib/cache/one-byte-html.mjs): every character above U+00FF is
// escaped for the place it stands in, and the document means exactly what it meant.

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods.js") as { nodeFs: unknown };

/** V8's serializer tags a one-byte string '"' and a two-byte string 'c'. */
const isOneByte = (value: string) => v8.serialize(value)[2] === 0x22;

const jsonLd = { "@type": "JobPosting", title: "Alternant·e Comptable — “Paris”", description: "<p>Salaire : 1 200 € brut, missions en français 🇫🇷</p>" };
const rscRow = '1a:T52,Payroll’s “People Ops” team — Bordeaux 🍷\n';
const page = [
  "<!DOCTYPE html><html lang=\"fr\"><head><meta charSet=\"utf-8\"/>",
  "<title>Comptabilité — Back Market</title>",
  '<meta name="description" content="L’équipe finance… recrute"/>',
  '<style>.badge::before{content:"→ ";}</style>',
  "</head><body>",
  '<h1 class="t">Payroll’s “People Ops” — Bordeaux 🍷 ok</h1><p>Déjà vu, 1 200 € — <a title="Voir l’offre →" href="/jobs/x">Voir</a></p>',
  `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`,
  `<script>self.__next_f.push([1,${JSON.stringify(rscRow)}])</script>`,
  "</body></html>",
].join("");

/** What an HTML parser makes of text and attribute values: numeric character references decoded. */
const decodeReferences = (html: string) => html.replace(/&#x([0-9A-F]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)));
const scriptBodies = (html: string) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
const styleBody = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
const outsideScriptsAndStyles = (html: string) => html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, "");

describe("one-byte HTML", () => {
  const narrow = toOneByteHtml(page);

  it("holds no character above U+00FF and is stored one byte per character", () => {
    expect(isOneByte(page)).toBe(false);
    expect(narrow).not.toMatch(/[^\u0000-\u00ff]/);
    expect(isOneByte(narrow)).toBe(true);
    // Latin-1 letters stay as they are (one byte already): only wider characters are escaped.
    expect(narrow).toContain("Comptabilit\u00e9");
    expect(narrow).toContain("D\u00e9j\u00e0 vu");
  });

  it("means the same text and attribute values once the references are decoded", () => {
    expect(narrow).toContain("Payroll&#x2019;s &#x201C;People Ops&#x201D; &#x2014; Bordeaux &#x1F377; ok");
    expect(narrow).toContain('title="Voir l&#x2019;offre &#x2192;"');
    expect(decodeReferences(outsideScriptsAndStyles(narrow))).toBe(outsideScriptsAndStyles(page));
  });

  it("escapes inside scripts as JavaScript and JSON read them back: the same JSON-LD, the same RSC row", () => {
    const [ld, rsc] = scriptBodies(narrow);
    expect(ld).not.toContain("&#x");
    expect(JSON.parse(ld!)).toEqual(jsonLd);
    const pushed: unknown[] = [];
    new Function("self", rsc!)({ __next_f: { push: (row: unknown) => pushed.push(row) } });
    expect(pushed).toEqual([[1, rscRow]]);
  });

  it("escapes inside style elements as CSS does", () => {
    expect(styleBody(narrow)).toBe('.badge::before{content:"\\002192 ";}');
  });

  it("escapes attribute values of script and style tags as references, like any attribute", () => {
    const out = toOneByteHtml('<script data-title="Paie — RH">1</script><style title="→">a{}</style>');
    expect(out).toBe('<script data-title="Paie &#x2014; RH">1</script><style title="&#x2192;">a{}</style>');
    expect(isOneByte(out)).toBe(true);
  });

  it("turns a page without wide characters into a one-byte string too", () => {
    const twoByteAscii = "<p>\u2019</p>".replace("\u2019", "x");
    expect(isOneByte(twoByteAscii)).toBe(false);
    const out = toOneByteHtml(twoByteAscii);
    expect(out).toBe("<p>x</p>");
    expect(isOneByte(out)).toBe(true);
  });

  it("is what the page cache stores and serves", async () => {
    const context = { fs: nodeFs, serverDistDir: os.tmpdir(), maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: false, revalidatedTags: [] };
    const value = { kind: "APP_PAGE", html: page, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": "test:one-byte" }, status: 200, postponed: undefined, segmentData: undefined };
    const writer = new PageCacheHandler(context);
    await writer.get("/one-byte", { kind: "APP_PAGE", isFallback: false });
    await writer.set("/one-byte", value, { kind: "APP_PAGE", cacheControl: { revalidate: 900 } });
    const entry = await new PageCacheHandler(context).get("/one-byte", { kind: "APP_PAGE", isFallback: false });
    const html = (entry?.value as { html: string }).html;
    expect(html).toBe(narrow);
    expect(isOneByte(html)).toBe(true);
  });
});
