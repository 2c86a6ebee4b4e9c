import { expect, test, type APIRequestContext } from "@playwright/test";
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

test("sitemap.xml lists exactly the open postings with their last public change; robots.txt names it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Disallow: /api");
  expect(robots).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
  await expect
    .poll(
      async () => {
        const xml = await (await request.get("/sitemap.xml")).text();
        const listed = Object.fromEntries([...xml.matchAll(/<loc>([^<]+)<\/loc>\s*(?:<xhtml:link[^>]*>\s*)*<lastmod>([^<]+)<\/lastmod>/g)].map((match) => [match[1], match[2]]));
        const expected = await withE2eDatabase(async (prisma) => {
          const open = await prisma.posting.findMany({ where: openPostingWhere(new Date()), select: { slug: true, locales: true, lastPublicChangeAt: true } });
          return Object.fromEntries(
            open.flatMap((posting) =>
              posting.locales.map((locale) => [`${BASE_URL}${locale === "fr" ? "/fr" : ""}/jobs/${posting.slug}`, posting.lastPublicChangeAt?.toISOString()]),
            ),
          );
        });
        delete listed[`${BASE_URL}/`];
        delete listed[`${BASE_URL}/jobs`];
        return JSON.stringify(Object.entries(listed).sort()) === JSON.stringify(Object.entries(expected).sort()) ? "same" : { listed, expected };
      },
      { timeout: 15_000 },
    )
    .toBe("same");
});

test("the feeds parse and carry the open postings; a filtered feed is a saved search", async ({ page, request }) => {
  const rss = await request.get("/feeds/jobs.rss");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const rssText = await rss.text();
  expect(rssText).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<rss version="2.0"/);
  for (const posting of SEED_POSTINGS) expect(rssText).toContain(`<link>${BASE_URL}/jobs/${posting.slug}</link>`);

  const json = await (await request.get("/feeds/jobs.json?city=Bordeaux")).json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items.map((item: { url: string }) => item.url)).toEqual([`${BASE_URL}/jobs/people-ops-payroll-apprentice`]);
  expect(checkJobPostingJsonLd(json.items[0]._job_posting)).toEqual([]);

  const indeed = await (await request.get("/feeds/indeed.xml")).text();
  expect(indeed).toMatch(/<source>.*<job>.*<\/job>.*<\/source>/s);
  for (const element of ["title", "date", "referencenumber", "url", "company", "city", "country", "description"]) expect(indeed).toContain(`<${element}>`);

  await page.goto("/jobs?city=Bordeaux");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feeds\/jobs\.rss\?city=Bordeaux$/);
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute("href", /\/feeds\/jobs\.json\?city=Bordeaux$/);
});

test("when validThrough passes, within one tick: 410, off the sitemap and feeds, URL_DELETED queued", async ({ request }) => {
  const slug = "expiring-soon-e2e";
  const closesAt = new Date(Date.now() + 6_000);
  await insertOpen(seedPosting(slug), closesAt);
  await expect.poll(async () => (await request.get(`/jobs/${slug}`)).status(), { timeout: 10_000 }).toBe(200);
  await expect.poll(async () => (await request.get("/sitemap.xml")).text(), { timeout: 10_000 }).toContain(`/jobs/${slug}<`);

  await expect.poll(async () => (await request.get(`/jobs/${slug}`)).status(), { timeout: 15_000 }).toBe(410);
  const { blocks } = { blocks: extractJsonLdBlocks(await (await request.get(`/jobs/${slug}`)).text()) };
  expect(blocks).toEqual([]);
  await expect.poll(async () => (await request.get("/sitemap.xml")).text(), { timeout: 10_000 }).not.toContain(`/jobs/${slug}<`);
  await expect.poll(async () => (await request.get("/feeds/jobs.rss")).text(), { timeout: 10_000 }).not.toContain(`/jobs/${slug}<`);
  // The page and lists drop it at its closing instant; the job records the closure at its next tick.
  await expect
    .poll(() => withE2eDatabase((prisma) => prisma.urlNotification.findMany({ where: { url: `${BASE_URL}/jobs/${slug}` }, select: { type: true } })), {
      timeout: 10_000,
    })
    .toEqual([{ type: "URL_DELETED" }]);
  expect(await withE2eDatabase((prisma) => prisma.posting.findUnique({ where: { slug }, select: { status: true } }))).toEqual({ status: "EXPIRED" });
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
  await expect(page.getByText("No search engine is configured")).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await context.close();
});
