import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { validatePosting } from "@/lib/postings";
import { SEED_POSTINGS, tpmIntern } from "@/prisma/seed-data/postings";
import { withE2eDatabase } from "./support/e2e-database";

// The careers site as candidates use it (issue 4), with and without JavaScript.

const PEOPLE_OPS = "People Ops and Payroll Apprentice";
const ACCOUNTANT = "Accountant Apprentice (English and French speaker)";
const TPM = "Technical Program Management Intern";
const CLOSED_SLUG = "closed-program-intern-e2e";

async function cardTitles(page: Page): Promise<string[]> {
  // Next keeps the previous route mounted but hidden (React Activity): count what is visible.
  return (await page.locator("main section[aria-labelledby^=team-] h3").filter({ visible: true }).allTextContents()).map((title) => title.trim()).sort();
}

test.beforeAll(async () => {
  // A role that was public and is closed now: unpublished after being published.
  await withE2eDatabase(async (prisma) => {
    if (await prisma.posting.findUnique({ where: { slug: CLOSED_SLUG } })) return;
    const result = validatePosting({ ...tpmIntern, slug: CLOSED_SLUG }, { mode: "draft" });
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

test("browse: home → all open roles grouped by team → a posting", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await page.getByRole("link", { name: /See 3 open roles/ }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole("status")).toHaveText("3 open roles");
  await expect(page.getByRole("heading", { level: 2, name: "People" })).toBeVisible();
  expect(await cardTitles(page)).toEqual([ACCOUNTANT, PEOPLE_OPS, TPM].sort());
  await page.getByRole("link", { name: PEOPLE_OPS }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PEOPLE_OPS);
});

// A select changes nothing by itself (WCAG 3.2.2): the results change when the form is submitted.
async function selectAndApply(page: Page, label: string, value: string) {
  await page.getByLabel(label).selectOption(value);
  await page.getByRole("button", { name: "Apply filters" }).click();
}

const FILTER_CASES = [
  { name: "city Bordeaux", apply: (page: Page) => selectAndApply(page, "City", "Bordeaux"), param: /city=Bordeaux/, expected: [PEOPLE_OPS] },
  { name: "required language French", apply: (page: Page) => selectAndApply(page, "Required language", "fr"), param: /language=fr/, expected: [ACCOUNTANT] },
  {
    name: "search payroll",
    apply: async (page: Page) => {
      await page.getByRole("searchbox", { name: "Search" }).fill("payroll");
      await page.getByRole("button", { name: "Search", exact: true }).click();
    },
    param: /q=payroll/,
    expected: [PEOPLE_OPS],
  },
];

test.describe("filters with JavaScript: no full reload, state in the URL, back button", () => {
  for (const filter of FILTER_CASES) {
    test(filter.name, async ({ page }) => {
      await page.goto("/jobs");
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      await filter.apply(page);
      await expect(page).toHaveURL(filter.param);
      await expect(page.getByRole("status")).toHaveText("1 open role");
      expect(await cardTitles(page)).toEqual(filter.expected);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await page.goBack();
      await expect(page.getByRole("status")).toHaveText("3 open roles");
    });
  }
});

test.describe("filters without JavaScript (a GET form)", () => {
  test.use({ javaScriptEnabled: false });
  for (const filter of FILTER_CASES) {
    test(filter.name, async ({ page }) => {
      await page.goto("/jobs");
      await filter.apply(page);
      await expect(page).toHaveURL(filter.param);
      await expect(page.getByRole("status")).toHaveText("1 open role");
      expect(await cardTitles(page)).toEqual(filter.expected);
    });
  }
  test("a shared filtered URL renders filtered, and an empty result says so", async ({ page }) => {
    await page.goto("/jobs?city=Bordeaux&contract=STAGE");
    await expect(page.getByRole("status")).toHaveText("No open roles match");
    await expect(page.getByRole("heading", { level: 2, name: "No open role matches your search and filters" })).toBeVisible();
    await expect(page.getByText("Nothing here yet")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Clear the search and filters" })).toHaveAttribute("href", "/jobs");
  });
});

for (const seed of SEED_POSTINGS) {
  const content = seed.content.en;
  test(`posting ${seed.slug}: every section, each process step, key facts and apply`, async ({ page }) => {
    const response = await page.goto(`/jobs/${seed.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(content.title);
    for (const section of ["The role", "Your missions", "Your profile", "Benefits", "Recruitment process", "About Back Market", "Key facts"]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    for (const [section, items] of [["missions", content.missions], ["profile", content.profile], ["benefits", content.benefits]] as const) {
      await expect(page.locator(`section[aria-labelledby=${section}] li`)).toHaveText(items.map((item) => item.trim()));
    }
    const steps = page.locator("section[aria-labelledby=process] ol > li");
    await expect(steps).toHaveCount(content.steps.length);
    for (const [index, step] of [...content.steps].sort((a, b) => a.order - b.order).entries()) {
      await expect(steps.nth(index)).toContainText(step.label);
      await expect(steps.nth(index)).toContainText(step.minutes < 60 ? `${step.minutes} min` : /hour|min/);
    }
    await expect(page.locator("section[aria-labelledby=key-facts]")).toContainText("Contract");
    await expect(page.getByRole("link", { name: /Apply now/ }).first()).toBeVisible();
  });
}

test("icons by the App Router's file conventions; /favicon.ico answers", async ({ page, request }) => {
  await page.goto("/jobs");
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute("rel"), link.getAttribute("href")?.split("?")[0]]),
  );
  expect(icons).toEqual(expect.arrayContaining([["icon", "/favicon.ico"], ["icon", "/icon.svg"], ["apple-touch-icon", "/apple-icon.png"]]));
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/image\//);
  }
});

test("each posting is shared with its own first lines (description and og:description)", async ({ page }) => {
  const seen = new Set<string>();
  for (const path of SEED_POSTINGS.map((seed) => `/jobs/${seed.slug}`).concat("/fr/jobs/accountant-apprentice")) {
    await page.goto(path);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toBe(description);
    expect(description).not.toMatch(/^Hi, we’re Back Market|^Bonjour, nous sommes Back Market/);
    seen.add(String(description));
  }
  expect(seen.size).toBe(SEED_POSTINGS.length + 1);
});

test("the Accountant's French version: its own URL, html lang fr, hreflang alternates", async ({ page }) => {
  await page.goto("/jobs/accountant-apprentice");
  await page.getByRole("link", { name: "Lire l'offre en français" }).click();
  await expect(page).toHaveURL(/\/fr\/jobs\/accountant-apprentice$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 2, name: "Vos missions" })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveCount(1);
});

test("a closed posting answers 410 with its title and similar open roles; unknown slugs 404", async ({ page, request }) => {
  const response = await page.goto(`/jobs/${CLOSED_SLUG}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TPM);
  await expect(page.getByText("This role is closed")).toBeVisible();
  // One robots tag (Next's noindex on any status above 400), not two that disagree.
  await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { name: "Similar open roles" })).toBeVisible();
  expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
  expect((await request.get("/jobs/no-such-role")).status()).toBe(404);
  expect((await request.get("/closed/technical-program-management-intern")).status()).toBe(404);
});

test.describe("accessibility and looks", () => {
  const PAGES = [
    { name: "home", path: "/" },
    { name: "jobs", path: "/jobs" },
    { name: "posting", path: "/jobs/accountant-apprentice" },
    { name: "closed", path: `/jobs/${CLOSED_SLUG}` },
  ];
  for (const { name, path } of PAGES) {
    test(`${name}: no serious or critical axe violation; screenshots at 375 and 1280 px`, async ({ page }, testInfo) => {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
        expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, "no horizontal scrolling").toBeLessThanOrEqual(width);
      }
    });
  }
  test("skip link moves focus to the content", async ({ page }) => {
    await page.goto("/jobs");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});
