import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "./support/constants";

// Issue 14: a recruiter runs the admin alone, in English or in French. The language is the user's choice
// (the header's "English / Français", kept in a cookie); every admin page follows it, and every page passes
// axe in both languages. An empty "Create draft" names, in each message, a field the form shows.

function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.20.${bytes[0]}.${bytes[1]}`;
}

async function signedIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() }, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Postings", level: 1 })).toBeVisible();
  return page;
}

async function switchTo(page: Page, locale: "en" | "fr") {
  await page.getByRole("button", { name: locale === "fr" ? "Français" : "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** Next keeps the previous route mounted but hidden (React Activity): only look at what is shown. */
const shown = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });

async function expectNoSeriousAxeViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${name} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** `within`: where the page's own words are (its h1/h2 by default; a form's label on a page titled with a name). */
type AdminPage = { name: string; path: string; en: RegExp; fr: RegExp; within?: string };

// English chrome that must not be left on a page shown in French (none of it is posting content).
const ENGLISH_CHROME = [
  "Sign out",
  "My account",
  "Activity log",
  "Search engines",
  "Create draft",
  "Web address",
  "What happened",
  "Last change",
  "Where you are signed in",
  "Create a user",
  "Back to the editor",
  "Paris time",
  // Offices, teams, applications, emails, personal data requests.
  "Add an office",
  "Add a team",
  "Office name",
  "Postal code",
  "English name",
  "Save changes",
  "Export as CSV",
  "Filter by status",
  "No application here yet",
  "Personal data requests",
  "Download JSON",
  "Erase a person",
  "Status and note",
  "No email yet",
  "Show the message",
  "SMTP server is configured",
];

/** The edit page of the first office or team in its list (the list links to it as "Edit: <name>"). */
async function firstPlaceHref(page: Page, list: "offices" | "teams"): Promise<string> {
  await page.goto(`/admin/${list}`);
  const href = await shown(page, `main a[href^="/admin/${list}/"]`).first().getAttribute("href");
  expect(href).toMatch(new RegExp(`^/admin/${list}/[0-9a-f-]{36}$`));
  return href!;
}

for (const locale of ["en", "fr"] as const) {
  test(`[ADMIN] every admin page speaks the chosen language and passes axe — ${locale}`, async ({ browser }) => {
  // Seventeen pages, each analysed by axe, on a loaded 2-core machine.
  test.setTimeout(600_000);
  const page = await signedIn(browser);
  const editorHref = await page.getByTestId("posting-row-people-ops-payroll-apprentice").getByRole("link").first().getAttribute("href");
  expect(editorHref).toMatch(/^\/admin\/postings\/[0-9a-f-]{36}$/);
  const officeHref = await firstPlaceHref(page, "offices");
  const teamHref = await firstPlaceHref(page, "teams");
  const pages: AdminPage[] = [
    { name: "postings", path: "/admin/postings", en: /^Postings$/, fr: /^Offres$/ },
    { name: "new posting", path: "/admin/postings/new", en: /^New posting$/, fr: /^Nouvelle offre$/ },
    { name: "editor", path: editorHref!, en: /^Team and web address$/, fr: /^Équipe et adresse web$/ },
    { name: "history", path: `${editorHref}/revisions`, en: /^History$/, fr: /^Historique$/ },
    { name: "users", path: "/admin/users", en: /^Users$/, fr: /^Utilisateurs$/ },
    { name: "activity log", path: "/admin/audit", en: /^Activity log$/, fr: /^Journal d’activité$/ },
    { name: "search engines", path: "/admin/indexing", en: /^Search engine notifications$/, fr: /^Notifications aux moteurs de recherche$/ },
    { name: "account", path: "/admin/account", en: /^My account$/, fr: /^Mon compte$/ },
    { name: "offices", path: "/admin/offices", en: /^Offices$/, fr: /^Bureaux$/ },
    { name: "office", path: officeHref, en: /^Office name/, fr: /^Nom du bureau/, within: "label" },
    { name: "teams", path: "/admin/teams", en: /^Teams$/, fr: /^Équipes$/ },
    { name: "team", path: teamHref, en: /^English name/, fr: /^Nom en anglais/, within: "label" },
    { name: "applications", path: "/admin/applications", en: /^Applications$/, fr: /^Candidatures$/ },
    { name: "posting applications", path: `${editorHref}/applications`, en: /^Applications: /, fr: /^Candidatures : / },
    { name: "emails", path: "/admin/emails", en: /^Emails$/, fr: /^E-mails$/ },
    { name: "personal data requests", path: "/admin/applications/privacy", en: /^Personal data requests$/, fr: /^Demandes sur les données personnelles$/ },
  ];
  {
    await switchTo(page, locale);
    const nav = page.getByRole("navigation", { name: locale === "fr" ? "Administration" : "Admin" });
    await expect(nav.getByRole("link", { name: locale === "fr" ? "Journal d’activité" : "Activity log" })).toBeVisible();
    for (const adminPage of pages) {
      await page.goto(adminPage.path);
      await expect(shown(page, adminPage.within ?? "h1, h2").filter({ hasText: adminPage[locale] }).first()).toBeVisible();
      if (locale === "fr") {
        const text = await shown(page, "header, main").allInnerTexts();
        for (const words of ENGLISH_CHROME) expect(text.join("\n"), `${adminPage.name}: “${words}”`).not.toContain(words);
        // Every time is Paris time, with the zone named in French.
        if (["postings", "history", "users", "activity log", "account"].includes(adminPage.name)) {
          await expect(shown(page, "main").first()).toContainText(/\d{2} h \d{2}(?: \d{2} s)?, heure de Paris/);
        }
      } else if (["postings", "history", "users", "activity log", "account"].includes(adminPage.name)) {
        await expect(shown(page, "main").first()).toContainText(/\d{2}:\d{2}(?::\d{2})? Paris time/);
      }
      await expectNoSeriousAxeViolations(page, `${locale} ${adminPage.name}`);
    }
    // The preview shows the posting as candidates see it, under a banner in the admin's language.
    await page.goto(`${editorHref}/preview`);
    await expect(page.getByTestId("preview-banner")).toContainText(locale === "fr" ? "Aperçu · Publiée" : "Preview · Published");
    await expectNoSeriousAxeViolations(page, `${locale} preview`);
  }
  // An office form's answer is in the chosen language too, the postal code's expected shape included; nothing is saved.
  await page.goto("/admin/offices");
  const officeForm = shown(page, "form").filter({ has: page.locator("#office-postalCode") });
  await officeForm.getByLabel(locale === "fr" ? "Nom du bureau" : "Office name").fill(`Hambourg ${randomBytes(3).toString("hex")}`);
  await officeForm.getByLabel(locale === "fr" ? "Adresse (rue)" : "Street address").fill("Jungfernstieg 1");
  await officeForm.getByLabel(locale === "fr" ? "Code postal" : "Postal code").fill("2035");
  await officeForm.getByLabel(locale === "fr" ? "Ville" : "City").fill("Hamburg");
  await officeForm.locator("#office-country").selectOption("DE");
  await officeForm.getByRole("button", { name: locale === "fr" ? "Ajouter le bureau" : "Add the office" }).click();
  await expect(officeForm).toContainText(
    locale === "fr" ? "Code postal : pour ce pays (Allemagne), le format est 5 chiffres, par exemple 10115." : "Postal code: in Germany it is 5 digits, such as 10115.",
  );
  await expect(officeForm).toContainText(locale === "fr" ? "Vérifiez les champs signalés" : "Check the highlighted fields");
  // The activity log reads as sentences about named things, never as codes or identifiers.
  await page.goto("/admin/audit");
  const firstRow = page.getByTestId("audit-row").first();
  await expect(firstRow).not.toContainText(/auth\.|posting\.|[0-9a-f]{8}-[0-9a-f]{4}-/);
  // The choice is remembered: the next page is in the same language.
  await page.goto("/admin/postings");
  await expect(page.getByRole("heading", { name: locale === "fr" ? "Offres" : "Postings", level: 1 })).toBeVisible();
  });
}

test("[ADMIN] an empty “Create draft” names, in each message, a field the form shows — in English and in French", async ({ browser }) => {
  const page = await signedIn(browser);
  for (const locale of ["en", "fr"] as const) {
    await switchTo(page, locale);
    await page.goto("/admin/postings/new");
    await page.getByRole("button", { name: locale === "fr" ? "Créer le brouillon" : "Create draft" }).click();
    const summary = shown(page, "section[data-kind=error]").filter({ hasText: locale === "fr" ? "À corriger avant d’enregistrer" : "Fix before saving" });
    await expect(summary).toBeVisible();
    const entries = summary.getByRole("listitem");
    expect(await entries.count()).toBeGreaterThan(0);
    for (const entry of await entries.all()) {
      const link = entry.getByRole("link");
      const target = (await link.getAttribute("href"))!.slice(1);
      // The field the message is about is on screen, and the message names it by its label.
      const field = shown(page, `[id="${target}"]`);
      await expect(field).toBeVisible();
      const label = (await shown(page, `label[for="${target}"], legend[id="${target}"]`).first().innerText()).trim();
      const text = (await entry.innerText()).trim();
      const message = text.slice(text.indexOf(":") + 1).trim().toLocaleLowerCase(locale);
      expect(message, `${locale}: ${text}`).toContain(label.toLocaleLowerCase(locale));
      expect(message, `${locale}: ${text}`).not.toMatch(/\d{4}-\d{2}-\d{2}|slug|identifier|identifiant/);
    }
    await expect(page.getByTestId("form-error")).toContainText(locale === "fr" ? "Rien n’a été enregistré" : "Nothing was saved");
  }
});
