import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { validateXML } from "xmllint-wasm";
import { insertPosting } from "@/lib/db/posting-writes";
import { validatePosting } from "@/lib/postings";
import { accountantApprentice } from "@/prisma/seed-data/postings";
import { BASE_URL } from "./support/constants";
import { withE2eDatabase } from "./support/e2e-database";
import { CLOSED_SLUG, FEEDS, PUBLIC_PAGES, type PublicPage } from "./support/public-pages";

// Outside validators on the public site (issue 13): the Nu Html Checker (vnu.jar, the W3C's
// validator, run locally on Java) on every public page type, the sitemap against the
// sitemaps.org 0.9 XSD (vendored in tests/fixtures/sitemap), and every URL the sitemap, the
// feeds and the pages link to answering 200 (or a redirect to a page that does).

const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build/dist/vnu.jar");
const SCHEMA_DIR = path.resolve("tests/fixtures/sitemap");

test.beforeAll(async () => {
  // A role that was public and is closed now: its page answers 410. Based on the posting with a
  // French version, so its French page is a closed page too.
  await withE2eDatabase(async (prisma) => {
    if (await prisma.posting.findUnique({ where: { slug: CLOSED_SLUG } })) return;
    const result = validatePosting({ ...accountantApprentice, slug: CLOSED_SLUG }, { mode: "draft" });
    if (!result.ok) throw new Error("closed fixture is invalid");
    const past = new Date(Date.now() - 86_400_000);
    await prisma.$transaction((tx) =>
      insertPosting(tx, result.data, {
        status: "UNPUBLISHED",
        actor: { id: null, email: "e2e" },
        action: "posting.unpublish",
        firstPublishedAt: past,
        publishedAt: past,
        closedAt: new Date(),
      }),
    );
  });
});

/** The page's HTML, after checking its status and type. */
async function fetchPage(request: APIRequestContext, page: PublicPage): Promise<string> {
  const response = await request.get(page.path, { maxRedirects: 0 });
  expect(response.status(), `${page.name}: ${page.path}`).toBe(page.status);
  expect(response.headers()["content-type"], page.path).toContain("text/html");
  return response.text();
}

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string };

test("every public page passes the Nu Html Checker with no error", async ({ request }, testInfo) => {
  test.setTimeout(240_000); // one JVM for all the pages, on a shared 2-core machine
  const directory = testInfo.outputPath("pages");
  mkdirSync(directory, { recursive: true });
  const files = new Map<string, string>();
  for (const page of PUBLIC_PAGES) {
    const html = await fetchPage(request, page);
    const file = path.join(directory, `${files.size}-${page.name.replace(/[^a-z0-9]+/gi, "-")}.html`);
    writeFileSync(file, html);
    files.set(path.basename(file), `${page.name} (${page.path})`);
  }
  expect(files.size).toBe(PUBLIC_PAGES.length);
  const run = spawnSync("java", ["-jar", VNU_JAR, "--format", "json", "--errors-only", ...[...files.keys()].map((name) => path.join(directory, name))], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, "java -jar vnu.jar (Java 11+ on the PATH)").toBeUndefined();
  const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  const errors = messages
    .filter((message) => message.type === "error" || message.subType === "fatal")
    .map((message) => `${files.get(path.basename(message.url ?? "")) ?? message.url}:${message.lastLine ?? "?"}: ${message.message} ${message.extract ?? ""}`.trim());
  expect(errors).toEqual([]);
});

const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") });

async function validateSitemap(xml: string) {
  return validateXML({
    xml: [{ fileName: "sitemap.xml", contents: xml }],
    schema: [schemaFile("sitemap-with-xhtml.xsd")],
    preload: [schemaFile("sitemap.xsd"), schemaFile("xhtml-link.xsd")],
  });
}

test("the sitemap is valid against the sitemaps.org 0.9 schema, language alternates included", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain("<xhtml:link"); // the seeded Accountant has a French version: the alternates are checked too
  const result = await validateSitemap(xml);
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
  // The schema is not a rubber stamp: a wrong date and a wrong alternate are refused.
  expect((await validateSitemap(xml.replace(/<lastmod>[^<]*/, "<lastmod>yesterday"))).valid).toBe(false);
  expect((await validateSitemap(xml.replace(/hreflang="fr"/, 'hreflang="French"'))).valid).toBe(false);
});

/** Follows up to five redirects on the site; the final answer must be 200. */
async function finalStatus(request: APIRequestContext, url: string): Promise<string> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await request.get(current, { maxRedirects: 0 });
    const location = response.headers()["location"];
    if (response.status() >= 300 && response.status() < 400 && location) {
      const next = new URL(location, current);
      if (next.origin !== BASE_URL) return `${response.status()} → outside the site: ${next}`;
      current = next.toString();
      continue;
    }
    return response.status() === 200 ? "200" : `${response.status()}`;
  }
  return "redirect loop";
}

const internal = (raw: string, base: string): string | null => {
  if (raw.startsWith("#") || /^(mailto|tel|javascript|data):/i.test(raw)) return null;
  const url = new URL(raw.replaceAll("&amp;", "&"), base);
  url.hash = "";
  return url.origin === BASE_URL ? url.toString() : null;
};

test("every URL in the sitemap and the feeds, and every internal link on the public pages, answers 200", async ({ request }) => {
  test.setTimeout(180_000);
  const sources = new Map<string, string>(); // url → where it was found
  const add = (url: string | null, from: string) => {
    if (url && !sources.has(url)) sources.set(url, from);
  };
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) add(internal(loc as string, BASE_URL), "sitemap <loc>");
  for (const [, href] of sitemap.matchAll(/<xhtml:link[^>]* href="([^"]+)"/g)) add(internal(href as string, BASE_URL), "sitemap xhtml:link");
  expect(sources.size).toBeGreaterThanOrEqual(4);
  for (const feed of FEEDS) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    const body = await response.text();
    // Every absolute URL the feed names on this site (item links, the feed's own URL, the home page).
    for (const [raw] of body.matchAll(new RegExp(`${BASE_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^"<\\]\\s]*`, "g"))) add(internal(raw, BASE_URL), feed);
  }
  for (const page of PUBLIC_PAGES) {
    const html = await fetchPage(request, page);
    // Links people and crawlers follow: anchors, and the head's alternates, canonical, icons and manifest.
    for (const [, tag] of html.matchAll(/<(?:a|link)\s([^>]*)>/g)) {
      const href = /\shref="([^"]*)"/.exec(` ${tag}`)?.[1];
      if (href === undefined || /\srel="(?:preload|stylesheet|modulepreload|preconnect|dns-prefetch)"/.test(` ${tag}`)) continue;
      add(internal(href, BASE_URL + page.path), `${page.name} (${page.path})`);
    }
  }
  const failures: string[] = [];
  // The one link allowed to answer 410: a closed role's page switching language leads to the same closed role.
  const closedTwin = new RegExp(`^${BASE_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/(?:fr/)?jobs/${CLOSED_SLUG}$`);
  for (const [url, from] of sources) {
    const status = await finalStatus(request, url);
    if (status === "410" && closedTwin.test(url) && from.startsWith("closed posting")) continue;
    if (status !== "200") failures.push(`${url} (from ${from}): ${status}`);
  }
  expect(failures).toEqual([]);
});
