import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { repostForNextIntake, validatePosting } from "@/lib/postings";
import { peopleOpsPayrollApprentice, tpmIntern } from "@/prisma/seed-data/postings";
import { withE2eDatabase } from "./support/e2e-database";

// The careers site in French and English (issue 13): a French candidate's journey with and without
// JavaScript, at 375 and 1280 px, the filters that never navigate by themselves, the search vocabulary in
// both listings, the French 404 and 410, and axe on every public page type in both languages.

const PEOPLE_OPS = { slug: "people-ops-payroll-apprentice", en: "People Ops and Payroll Apprentice" };
const ACCOUNTANT = { slug: "accountant-apprentice", en: "Accountant Apprentice (English and French speaker)", fr: "Apprenti·e comptable (anglais et français)" };
const TPM = { slug: "technical-program-management-intern", en: "Technical Program Management Intern" };
const CLOSED_SLUG = "closed-program-intern-fr-e2e";

// English interface words that must never show on a French page (outside an element marked lang="en").
const ENGLISH_CHROME = [
  /\bOpen roles?\b/,
  /Skip to content/,
  /\bAccessibility\b/,
  /equal opportunity/,
  /RSS feed/,
  /Apply filters/,
  /\bFilters\b/,
  /\bSearch\b/,
  /All open roles/,
  /Clear all filters/,
  /Start month/,
  /Required language/,
  /Remote policy/,
  /All (teams|cities|contracts)/,
  /Page not found/,
  /Key facts/,
  /Apply now/,
  /Related open roles/,
  /\bStarts\b/,
  /\bmonths\b/,
  /Recruitment process/,
  /Your missions/,
  /This role is closed/,
  /\bPermanent\b|\bInternship\b|\bApprenticeship\b/,
];

async function frenchChromeProblems(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('[lang="en"], script, style, template').forEach((node) => node.remove());
    const attributes = [...body.querySelectorAll("[aria-label], [placeholder], [title], [alt]")].flatMap((node) =>
      ["aria-label", "placeholder", "title", "alt"].map((name) => node.getAttribute(name) ?? ""),
    );
    return [body.textContent ?? "", ...attributes, document.title];
  });
  return ENGLISH_CHROME.flatMap((word) => texts.filter((text) => word.test(text)).map((text) => `${word}: …${text.match(word)?.[0]}…`));
}

async function expectFrenchPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(await frenchChromeProblems(page)).toEqual([]);
  // Header, footer and skip link lead to French pages.
  await expect(page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Offres" })).toHaveAttribute("href", "/fr/jobs");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Accessibilité" })).toHaveAttribute("href", "/fr/accessibilite");
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveAttribute("href", "/fr");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toHaveAttribute("href", "#main");
}

async function visibleCardTitles(page: Page): Promise<string[]> {
  return (await page.locator("main section[aria-labelledby^=team-] h3").filter({ visible: true }).allTextContents()).map((title) => title.trim()).sort();
}

/** The month People Ops's start window ends in, once the seed has reposted it to the next intake ("2027-09" in December 2026). */
function peopleOpsLastMonth(): string {
  const parsed = validatePosting(peopleOpsPayrollApprentice, { mode: "draft" });
  if (!parsed.ok) throw new Error("People Ops seed is invalid");
  const reposted = repostForNextIntake(parsed.data, new Date());
  return reposted.dates.startWindow.latest.slice(0, 7);
}

test.beforeAll(async () => {
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

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a French candidate, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    for (const width of [375, 1280]) {
      test(`${width} px: /fr → /fr/jobs → Bordeaux → the posting → English and back`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/fr");
        await expectFrenchPage(page);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await page.getByRole("link", { name: "Voir 3 offres ouvertes" }).click();
        await expect(page).toHaveURL(/\/fr\/jobs$/);
        await expect(page.getByRole("status")).toHaveText("3 offres ouvertes");
        await expectFrenchPage(page);

        // Small screens: the filters are folded behind "Filtres", the results come first.
        const toggle = page.locator("summary", { hasText: /^Filtres/ });
        if (width < 1024) {
          await expect(page.getByLabel("Ville")).toBeHidden();
          await toggle.click();
        } else {
          await expect(toggle).toBeHidden();
        }
        await page.getByLabel("Ville").selectOption("Bordeaux");
        await page.getByRole("button", { name: "Filtrer" }).click();
        // Without JavaScript the GET form sends its empty fields too: same filters, same page.
        await expect(page).toHaveURL(/\/fr\/jobs\?(.*&)?city=Bordeaux/);
        await expect(page.getByRole("status")).toHaveText("1 offre ouverte");
        // Next keeps the previous route mounted but hidden (React Activity): the visible heading has the focus.
        if (javaScriptEnabled) await expect(page.locator("#results").filter({ visible: true })).toBeFocused();
        await expectFrenchPage(page);
        if (width < 1024) await expect(page.locator("summary", { hasText: "Filtres (1)" })).toBeVisible();

        // People Ops has no French version: its English title, marked, leading to its English page.
        expect(await visibleCardTitles(page)).toEqual([`${PEOPLE_OPS.en} (en anglais)`]);
        const card = page.locator(`main a[href="/jobs/${PEOPLE_OPS.slug}"]`).filter({ visible: true });
        await expect(card).toHaveAttribute("hreflang", "en");
        await expect(card.locator('[lang="en"]')).toHaveText(PEOPLE_OPS.en);
        // The language switch keeps the filters.
        await expect(page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" })).toHaveAttribute("href", "/jobs?city=Bordeaux");

        await card.click();
        await expect(page).toHaveURL(new RegExp(`/jobs/${PEOPLE_OPS.slug}$`));
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(PEOPLE_OPS.en);
        // No French version: the switch leads to the French listing.
        await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
        await expect(page).toHaveURL(/\/fr\/jobs$/);
        await expectFrenchPage(page);

        await page.getByRole("link", { name: ACCOUNTANT.fr }).filter({ visible: true }).click();
        await expect(page).toHaveURL(new RegExp(`/fr/jobs/${ACCOUNTANT.slug}$`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACCOUNTANT.fr);
        await expectFrenchPage(page);
        await expect(page.getByRole("link", { name: "← Toutes les offres" })).toHaveAttribute("href", "/fr/jobs");
        await expect(page.getByRole("link", { name: /^Postuler/ }).first()).toBeVisible();

        await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" }).click();
        await expect(page).toHaveURL(new RegExp(`/jobs/${ACCOUNTANT.slug}$`));
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACCOUNTANT.en);
        await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
        await expect(page).toHaveURL(new RegExp(`/fr/jobs/${ACCOUNTANT.slug}$`));
        await expectFrenchPage(page);

        expect(await page.evaluate(() => document.documentElement.scrollWidth), "no horizontal scrolling").toBeLessThanOrEqual(width);
      });
    }
  });
}

test("the language switch keeps the place: home, accessibility, closed role, 404", async ({ page }) => {
  const pairs: [string, string][] = [
    ["/", "/fr"],
    ["/accessibility", "/fr/accessibilite"],
    [`/jobs/${CLOSED_SLUG}`, `/fr/jobs/${CLOSED_SLUG}`],
  ];
  for (const [english, french] of pairs) {
    await page.goto(english);
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" })).toHaveAttribute("href", french);
    await page.goto(french);
    await expect(page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" })).toHaveAttribute("href", english);
    await expectFrenchPage(page);
  }
});

test("hreflang alternates (en, fr, x-default) on each pair of pages", async ({ page }) => {
  const pairs: [string, string][] = [
    ["/", "/fr"],
    ["/jobs", "/fr/jobs"],
    ["/accessibility", "/fr/accessibilite"],
    [`/jobs/${ACCOUNTANT.slug}`, `/fr/jobs/${ACCOUNTANT.slug}`],
  ];
  for (const [english, french] of pairs) {
    for (const path of [english, french]) {
      await page.goto(path);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((link) => [link.getAttribute("hreflang"), new URL(link.getAttribute("href") ?? "").pathname]),
      );
      expect(alternates.sort(), path).toEqual(
        [
          ["en", english],
          ["fr", french],
          ["x-default", english],
        ].sort(),
      );
    }
  }
  // A posting in English only announces no French twin.
  await page.goto(`/jobs/${PEOPLE_OPS.slug}`);
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveCount(0);
});

test("a browser that prefers French gets a suggestion on English pages, never a redirect", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  const response = await page.goto("/jobs");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole("link", { name: "Cette page existe en français" })).toHaveAttribute("href", "/fr/jobs");
  await context.close();
});

test("French 404s and 410; the English 404 is styled too", async ({ page }) => {
  for (const path of ["/fr/nimporte-quoi", "/fr/jobs/no-such-role", `/fr/jobs/${PEOPLE_OPS.slug}`, "/fr/listing/all"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page introuvable");
    await expect(page).toHaveTitle(/Introuvable|introuvable/);
    await expectFrenchPage(page);
  }
  const english = await page.goto("/jobs/no-such-role");
  expect(english?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Page not found · Back Market Careers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  const closed = await page.goto(`/fr/jobs/${CLOSED_SLUG}`);
  expect(closed?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TPM.en);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByText("Cette offre est fermée : elle n'accepte plus de candidatures.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
  await expectFrenchPage(page);
  expect((await page.request.get(`/fr/closed/${CLOSED_SLUG}`)).status()).toBe(404);
});

test.describe("filters never navigate by themselves (WCAG 3.2.2)", () => {
  for (const path of ["/jobs", "/fr/jobs"]) {
    test(`${path}: ArrowDown on a select keeps focus and the URL`, async ({ page }) => {
      await page.goto(path);
      const select = page.locator("#filter-city");
      await select.focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(select).toBeFocused();
      expect(await select.inputValue()).not.toBe("");
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
      await expect(page.getByRole("status")).toHaveText(path === "/jobs" ? "3 open roles" : "3 offres ouvertes");
    });
  }
});

test("the start-month filter includes roles whose window overlaps the month (People Ops, August–September)", async ({ page }) => {
  const month = peopleOpsLastMonth();
  const label = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-15T12:00:00Z`));
  await page.goto("/fr/jobs");
  const option = page.locator("#filter-startMonth option", { hasText: label });
  await expect(option).toHaveCount(1);
  await page.locator("#filter-startMonth").selectOption(month);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`startMonth=${month}`));
  expect(await visibleCardTitles(page)).toContain(`${PEOPLE_OPS.en} (en anglais)`);
  // Dates in French through Intl fr-FR.
  await expect(page.locator(`main a[href="/jobs/${PEOPLE_OPS.slug}"]`).filter({ visible: true })).toContainText(/Début : août–septembre \d{4}/);
});

test("each search term finds its role on /jobs?q= and /fr/jobs?q=", async ({ request }) => {
  const cases: [string, string][] = [
    ["paie", PEOPLE_OPS.slug],
    ["payroll", PEOPLE_OPS.slug],
    ["alternance", PEOPLE_OPS.slug],
    ["apprentissage", PEOPLE_OPS.slug],
    ["apprenti", ACCOUNTANT.slug],
    ["apprenticeship", ACCOUNTANT.slug],
    ["stage", TPM.slug],
    ["internship", TPM.slug],
    ["intern", TPM.slug],
    ["comptable", ACCOUNTANT.slug],
    ["compta", ACCOUNTANT.slug],
    ["accountant", ACCOUNTANT.slug],
  ];
  const failures: string[] = [];
  for (const [term, slug] of cases) {
    for (const listing of ["/jobs", "/fr/jobs"]) {
      const response = await request.get(`${listing}?q=${encodeURIComponent(term)}`);
      const html = await response.text();
      const found = html.includes(`href="/jobs/${slug}"`) || html.includes(`href="/fr/jobs/${slug}"`);
      if (response.status() !== 200 || !found) failures.push(`${listing}?q=${term} → ${response.status()}, ${slug} ${found ? "found" : "missing"}`);
    }
  }
  expect(failures).toEqual([]);
});

test.describe("axe: no serious or critical violation on every public page type, in both languages", () => {
  const PAGES = [
    "/",
    "/fr",
    "/jobs",
    "/fr/jobs",
    "/jobs?city=Bordeaux",
    "/fr/jobs?city=Bordeaux&q=paie",
    `/jobs/${ACCOUNTANT.slug}`,
    `/fr/jobs/${ACCOUNTANT.slug}`,
    `/jobs/${CLOSED_SLUG}`,
    `/fr/jobs/${CLOSED_SLUG}`,
    "/accessibility",
    "/fr/accessibilite",
    "/jobs/no-such-role",
    "/fr/no-such-page",
  ];
  for (const path of PAGES) {
    test(path, async ({ page }) => {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
        expect(serious.map((violation) => `${width}px ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
      }
    });
  }
});
