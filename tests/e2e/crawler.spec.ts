import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { openPostingWhere } from "@/lib/public/open-condition";
import { checkJobPostingJsonLd, extractJsonLdBlocks, validatePosting, type Posting } from "@/lib/postings";
import { SEED_POSTINGS, tpmIntern } from "@/prisma/seed-data/postings";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from "./support/constants";
import { withE2eDatabase } from "./support/e2e-database";

// What crawlers read (issue 6): JobPosting JSON-LD on every open posting,
// injection-proof; the sitemap and the feeds; and expiry within one tick.

const HOSTILE_SLUG = "hostile-text-e2e";
const HOSTILE_TITLE = "Intern </script><script>alert(1)</script> </ScRiPt > <!-- \u2028 end";
const HOSTILE_ROLE = "Role </script><script>alert(1)</script> `</ScRiPt >` <!-- [x](javascript:alert(1)) \u2028 done";

function seedPosting(slug: string): Posting {
  const result = validatePosting({ ...tpmIntern, slug }, { mode: "draft" });
  if (!result.ok) throw new Error("fixture is invalid");
  return result.data;
}

async function insertOpen(posting: Posting, validThrough: Date | null) {
  await withE2eDatabase(async (prisma) => {
    if (await prisma.posting.findUnique({ where: { slug: posting.slug } })) return;
    const now = new Date();
    const dated = { ...posting, dates: { ...posting.dates, datePosted: now.toISOString(), validThrough: validThrough?.toISOString() ?? null } };
    await prisma.$transaction((tx) =>
      insertPosting(tx, dated, { status: "PUBLISHED", actor: { id: null, email: "e2e" }, action: "posting.publish", firstPublishedAt: now, publishedAt: now, lastPublicChangeAt: now }),
    );
  });
}

async function jsonLdOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const blocks = extractJsonLdBlocks(html);
  expect(blocks.filter((block) => block.error), `${path}: JSON-LD that does not parse`).toEqual([]);
  return { html, blocks: blocks.map((block) => block.value as Record<string, unknown>) };
}

/** Width and height from a PNG's IHDR chunk (throws when the bytes are not a PNG). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type ParsedFeed = { error: string | null; items: Record<string, string>[]; channel: Record<string, string> };

/** Parses XML with the browser's own strict parser and reads the child elements of each `item` element. */
async function parseXml(page: Page, xml: string, item: string): Promise<ParsedFeed> {
  if (page.url() === "about:blank" || !page.url().startsWith(BASE_URL)) await page.goto("/robots.txt");
  return page.evaluate(
    ([text, itemName]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror");
      const fields = (element: Element) => Object.fromEntries([...element.children].map((child) => [child.tagName, child.textContent ?? ""]));
      const root = doc.documentElement;
      const channel = root.tagName === "rss" ? root.querySelector("channel") : root;
      return {
        error: error ? (error.textContent ?? "parser error") : null,
        items: [...doc.getElementsByTagName(itemName)].map(fields),
        channel: channel ? Object.fromEntries([...channel.children].filter((child) => child.children.length === 0).map((child) => [child.tagName, child.textContent ?? ""])) : {},
      };
    },
    [xml, item] as const,
  );
}

async function openPostings() {
  return withE2eDatabase((prisma) =>
    prisma.posting.findMany({ where: openPostingWhere(new Date()), select: { slug: true, locales: true, lastPublicChangeAt: true, content: true } }),
  );
}

const PAGES = [
  ...SEED_POSTINGS.map((posting) => ({ path: `/jobs/${posting.slug}`, title: posting.content.en.title })),
  ...SEED_POSTINGS.filter((posting) => posting.content.fr).map((posting) => ({ path: `/fr/jobs/${posting.slug}`, title: posting.content.fr?.title ?? "" })),
];

for (const { path, title } of PAGES) {
  test(`${path}: exactly one JobPosting, valid, named like the h1`, async ({ page, request }) => {
    const { blocks } = await jsonLdOf(request, path);
    const jobPostings = blocks.filter((block) => block["@type"] === "JobPosting");
    expect(jobPostings).toHaveLength(1);
    expect(checkJobPostingJsonLd(jobPostings[0])).toEqual([]);
    expect(jobPostings[0]?.title).toBe(title);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(jobPostings[0]?.url).toBe(`${BASE_URL}${path}`);
  });
}

test("listing pages carry no JobPosting", async ({ request }) => {
  for (const path of ["/", "/jobs", "/jobs?city=Paris"]) {
    const { blocks } = await jsonLdOf(request, path);
    expect(blocks.filter((block) => block["@type"] === "JobPosting"), path).toEqual([]);
  }
});

test("hostile text in the title and markdown cannot break out of the JSON-LD or the page", async ({ page, request }) => {
  const clean = seedPosting(HOSTILE_SLUG);
  await insertOpen({ ...clean, content: { en: { ...clean.content.en, title: HOSTILE_TITLE, role: HOSTILE_ROLE } } }, new Date(Date.now() + 30 * 86_400_000));
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expect.poll(async () => (await request.get(`/jobs/${HOSTILE_SLUG}`)).status(), { timeout: 10_000 }).toBe(200);
  const { html, blocks } = await jsonLdOf(request, `/jobs/${HOSTILE_SLUG}`);
  const { html: cleanHtml } = await jsonLdOf(request, `/jobs/${tpmIntern.slug}`);
  const scripts = (text: string) => (text.match(/<script\b/gi) ?? []).length;
  expect(scripts(html)).toBe(scripts(cleanHtml));
  const jobPosting = blocks.find((block) => block["@type"] === "JobPosting");
  expect(jobPosting?.title).toBe(HOSTILE_TITLE);
  expect(String(jobPosting?.description)).not.toContain("<script");
  await page.goto(`/jobs/${HOSTILE_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE.replace("\u2028", " ").replace(/\s+/g, " "));
  expect(await page.locator("main a[href^='javascript:']").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("sitemap.xml lists the site's page pairs and exactly the open postings with their last public change; robots.txt names it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Disallow: /api");
  expect(robots).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
  await expect
    .poll(
      async () => {
        const xml = await (await request.get("/sitemap.xml")).text();
        const listed = Object.fromEntries([...xml.matchAll(/<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)].map((match) => [match[1], match[2]]));
        const expected = await withE2eDatabase(async (prisma) => {
          const open = await prisma.posting.findMany({ where: openPostingWhere(new Date()), select: { slug: true, locales: true, lastPublicChangeAt: true } });
          return Object.fromEntries(
            open.flatMap((posting) =>
              posting.locales.map((locale) => [`${BASE_URL}${locale === "fr" ? "/fr" : ""}/jobs/${posting.slug}`, posting.lastPublicChangeAt?.toISOString()]),
            ),
          );
        });
        // Home and the listings, in both languages, carry the newest public change; the accessibility
        // statements are listed without a lastmod (so the pattern above skips them).
        const newest = Object.values(expected).filter(Boolean).sort().at(-1);
        for (const page of ["/", "/fr", "/jobs", "/fr/jobs"]) expected[`${BASE_URL}${page}`] = newest;
        const undated = ["/accessibility", "/fr/accessibilite"].every((page) => xml.includes(`<loc>${BASE_URL}${page}</loc>\n  <xhtml:link`));
        return undated && JSON.stringify(Object.entries(listed).sort()) === JSON.stringify(Object.entries(expected).sort()) ? "same" : { listed, expected, undated };
      },
      { timeout: 15_000 },
    )
    .toBe("same");
});

test("the feeds parse and carry the open postings; a filtered feed is a saved search", async ({ page, request }) => {
  const open = await openPostings();
  const openUrls = open.map((posting) => `${BASE_URL}/jobs/${posting.slug}`).sort();
  // The tick expires the cached lists once it sees the postings the spec inserted.
  await expect.poll(async () => (await request.get("/feeds/jobs.rss")).text(), { timeout: 10_000 }).toContain(`/jobs/${HOSTILE_SLUG}<`);

  const rss = await request.get("/feeds/jobs.rss");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  // Cached on the server, never in a reader's or proxy's copy: a closed role must not linger there.
  expect(rss.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const rssText = await rss.text();
  expect(rssText).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<rss version="2.0"/);
  const parsedRss = await parseXml(page, rssText, "item");
  expect(parsedRss.error).toBeNull();
  expect(parsedRss.channel).toMatchObject({ title: "Back Market open roles", link: `${BASE_URL}/jobs`, language: "en" });
  expect(parsedRss.items.map((item) => item.link).sort()).toEqual(openUrls);
  for (const item of parsedRss.items) {
    expect(item).toMatchObject({ guid: item.link });
    expect(Number.isNaN(Date.parse(item.pubDate ?? ""))).toBe(false);
    expect(item.description).toMatch(/^<p>/);
  }
  // Hostile text survives the round trip as text.
  expect(parsedRss.items.find((item) => item.link?.endsWith(`/${HOSTILE_SLUG}`))?.title).toBe(HOSTILE_TITLE);

  const jsonResponse = await request.get("/feeds/jobs.json");
  expect(jsonResponse.headers()["content-type"]).toContain("application/feed+json");
  const json = await jsonResponse.json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items.map((item: { url: string }) => item.url).sort()).toEqual(openUrls);
  for (const item of json.items) {
    expect(checkJobPostingJsonLd(item._job_posting), item.url).toEqual([]);
    expect(item._job_posting.title).toBe(item.title);
  }

  const bordeaux = await (await request.get("/feeds/jobs.json?city=Bordeaux")).json();
  expect(bordeaux.items.map((item: { url: string }) => item.url)).toEqual([`${BASE_URL}/jobs/people-ops-payroll-apprentice`]);
  expect(bordeaux.feed_url).toBe(`${BASE_URL}/feeds/jobs.json?city=Bordeaux`);
  const bordeauxRss = await parseXml(page, await (await request.get("/feeds/jobs.rss?city=Bordeaux")).text(), "item");
  expect(bordeauxRss.items.map((item) => item.link)).toEqual([`${BASE_URL}/jobs/people-ops-payroll-apprentice`]);

  const indeedResponse = await request.get("/feeds/indeed.xml");
  expect(indeedResponse.headers()["content-type"]).toContain("application/xml");
  const indeed = await parseXml(page, await indeedResponse.text(), "job");
  expect(indeed.error).toBeNull();
  expect(indeed.channel).toMatchObject({ publisher: "Back Market", publisherurl: BASE_URL });
  expect(indeed.items.map((job) => job.url).sort()).toEqual(openUrls);
  for (const job of indeed.items) {
    for (const element of ["title", "date", "referencenumber", "url", "company", "city", "country", "postalcode", "description", "jobtype"]) {
      expect(job[element], `${job.url}: <${element}>`).toBeTruthy();
    }
    expect(job.country).toMatch(/^[A-Z]{2}$/);
  }
  expect(new Set(indeed.items.map((job) => job.referencenumber)).size).toBe(indeed.items.length);
  expect(indeed.items.find((job) => job.referencenumber === HOSTILE_SLUG)?.title).toBe(HOSTILE_TITLE);

  await page.goto("/jobs?city=Bordeaux");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feeds\/jobs\.rss\?city=Bordeaux$/);
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute("href", /\/feeds\/jobs\.json\?city=Bordeaux$/);
});

test("the JobPosting logo is served: a PNG whose width/height ratio Google accepts", async ({ request }) => {
  const { blocks } = await jsonLdOf(request, `/jobs/${tpmIntern.slug}`);
  const logo = (blocks.find((block) => block["@type"] === "JobPosting")?.hiringOrganization as { logo?: string } | undefined)?.logo;
  expect(logo).toBe(`${BASE_URL}/logo.png`);
  const response = await request.get(logo ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const { width, height } = pngSize(await response.body());
  expect(width / height).toBeGreaterThanOrEqual(0.75);
  expect(width / height).toBeLessThanOrEqual(2.5);
  expect(width).toBeGreaterThanOrEqual(112);
});

test("each posting has its Open Graph image, 1200×630; none for unknown or closed slugs", async ({ page, request }) => {
  await page.goto(`/jobs/${tpmIntern.slug}`);
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(ogImage).toMatch(new RegExp(`/og/jobs/${tpmIntern.slug}$`));
  const response = await request.get(`/og/jobs/${tpmIntern.slug}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  const french = await request.get("/og/jobs/accountant-apprentice?lang=fr");
  expect(french.status()).toBe(200);
  expect(pngSize(await french.body())).toEqual({ width: 1200, height: 630 });
  expect((await request.get("/og/jobs/no-such-role")).status()).toBe(404);
});

test("when validThrough passes, within one tick: 410, off the sitemap and feeds, URL_DELETED queued", async ({ request }) => {
  const slug = "expiring-soon-e2e";
  const closesAt = new Date(Date.now() + 6_000);
  await insertOpen(seedPosting(slug), closesAt);
  await expect.poll(async () => (await request.get(`/jobs/${slug}`)).status(), { timeout: 10_000 }).toBe(200);
  await expect.poll(async () => (await request.get("/sitemap.xml")).text(), { timeout: 10_000 }).toContain(`/jobs/${slug}<`);
  await expect.poll(async () => (await request.get("/feeds/indeed.xml")).text(), { timeout: 10_000 }).toContain(`/jobs/${slug}`);

  await expect.poll(async () => (await request.get(`/jobs/${slug}`)).status(), { timeout: 15_000 }).toBe(410);
  const { blocks } = { blocks: extractJsonLdBlocks(await (await request.get(`/jobs/${slug}`)).text()) };
  expect(blocks).toEqual([]);
  await expect.poll(async () => (await request.get("/sitemap.xml")).text(), { timeout: 10_000 }).not.toContain(`/jobs/${slug}<`);
  for (const feed of ["/feeds/jobs.rss", "/feeds/jobs.json", "/feeds/indeed.xml"]) {
    await expect.poll(async () => (await request.get(feed)).text(), { timeout: 10_000, message: feed }).not.toContain(`/jobs/${slug}`);
  }
  // The page and lists drop it at its closing instant; the job records the closure at its next tick.
  await expect
    .poll(() => withE2eDatabase((prisma) => prisma.urlNotification.findMany({ where: { url: `${BASE_URL}/jobs/${slug}` }, select: { type: true } })), {
      timeout: 10_000,
    })
    .toEqual([{ type: "URL_DELETED" }]);
  expect(await withE2eDatabase((prisma) => prisma.posting.findUnique({ where: { slug }, select: { status: true } }))).toEqual({ status: "EXPIRED" });
  await expect.poll(async () => (await request.get(`/og/jobs/${slug}`)).status(), { timeout: 5_000 }).toBe(404);
  expect(Date.now() - closesAt.getTime()).toBeLessThan(15_000);
});

test("admins see the notifications outbox, with what would have been sent", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const page = await context.newPage();
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Findexing");
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search engine notifications" })).toBeVisible();
  await expect(page.getByText("No search engine is connected yet")).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  // The expiry above queued its URL_DELETED; with no engine configured it is recorded.
  const expired = page.getByRole("row").filter({ hasText: `${BASE_URL}/jobs/expiring-soon-e2e` });
  await expect(expired).toContainText("Page removed");
  await expect(expired).toContainText("recorded (no search engine connected)");
  await context.close();
});
