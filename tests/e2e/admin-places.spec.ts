import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { withE2eDatabase } from "./support/e2e-database";

// Issue 14, "the CMS a recruiter can run alone", through the UI only: a recruiter adds the Berlin office
// (a bad postal code first: the message is under the field), a team in both languages, then a VIE in Berlin
// with that team, and publishes it: it is on /jobs and under the Berlin filter. Then a French version: copied
// from the English text it stays off the French site, ticking "translated" is refused while it is the English
// text, and once translated it is live at /fr/jobs/<slug>. Every error message met names a field label shown
// on the page. A hiring manager not assigned to that posting gets a 403 on its editor.

const RECRUITER = { email: "recruiter.places.e2e@example.com", password: "recruiter-places-e2e-1", name: "Rosa Recruiter" };
const MANAGER = { email: "manager.places.e2e@example.com", password: "manager-places-e2e-1", name: "Milo Manager" };
const OFFICE = "Berlin";
const TEAM = { en: "Business Development", fr: "Développement commercial" };
const TITLE = "VIE Business Developer";

function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.18.${bytes[0]}.${bytes[1]}`;
}

async function signedIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  const page = await context.newPage();
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fpostings");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/postings$/);
  return page;
}

/** Only what is shown (Next keeps the previous route mounted but hidden). */
function visible(page: Page, selector: string) {
  return page.locator(selector).filter({ visible: true });
}

/** The message tied to a field through aria-describedby. */
async function describedBy(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(" ").filter(Boolean).map((id) => visible(page, `[id="${id}"]`).innerText()));
  return texts.join(" ");
}

/** Every field error on screen names a field label that is on screen too ("Postal code: …", "in “Office”, …"). */
async function expectErrorsNameTheirField(page: Page): Promise<number> {
  const errors = (await visible(page, '[id$="-error"]').allInnerTexts()).flatMap((text) => text.split("\n")).map((text) => text.replace(/^✕\s*/, "").replace(/^Error:\s*/, "").trim()).filter(Boolean);
  const labels = (await visible(page, "label").allInnerTexts()).map((text) => text.trim()).filter((text) => text.length > 2);
  for (const message of errors) {
    expect(
      labels.some((label) => message.startsWith(`${label}:`) || message.includes(`“${label}”`) || message.startsWith(`${label} and `)),
      `"${message}" names one of the visible labels`,
    ).toBe(true);
  }
  return errors.length;
}

test.beforeAll(async () => {
  await withE2eDatabase(async (prisma) => {
    for (const user of [
      { ...RECRUITER, role: "RECRUITER" as const },
      { ...MANAGER, role: "HIRING_MANAGER" as const },
    ]) {
      const passwordHash = await hashPassword(user.password);
      await prisma.user.upsert({
        where: { email: user.email },
        create: { email: user.email, name: user.name, role: user.role, passwordHash },
        update: { role: user.role, passwordHash, disabledAt: null },
      });
    }
    // A server reused from an earlier run may hold them already: out of the way under another name.
    const stamp = randomBytes(3).toString("hex");
    for (const office of await prisma.office.findMany({ where: { name: OFFICE } })) {
      await prisma.office.update({ where: { id: office.id }, data: { name: `${OFFICE} (earlier run ${stamp})`, archivedAt: new Date() } });
    }
    for (const team of await prisma.team.findMany({ where: { name: TEAM.en } })) {
      await prisma.team.update({ where: { id: team.id }, data: { name: `${TEAM.en} (earlier run ${stamp})`, archivedAt: new Date() } });
    }
    // An earlier run's VIE holds the address the new one takes from its title.
    for (const [index, posting] of (await prisma.posting.findMany({ where: { title: { startsWith: TITLE } } })).entries()) {
      await prisma.posting.update({ where: { id: posting.id }, data: { title: `${TITLE} (earlier run ${stamp})`, slug: `${posting.slug}-earlier-${stamp}-${index}` } });
      await prisma.postingSlugRedirect.deleteMany({ where: { postingId: posting.id } });
    }
  });
});

test("[RECRUITER] adds the Berlin office and a team, then writes and publishes a VIE in Berlin; a hiring manager not on it gets 403", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signedIn(browser, RECRUITER);

  // The office: a bad postal code first, the message under the field, nothing typed lost.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Offices" }).click();
  await expect(page.getByRole("heading", { name: "Offices", level: 1 })).toBeVisible();
  await page.getByLabel("Office name").fill(OFFICE);
  await page.getByLabel("Street address").fill("Alexanderplatz 1");
  await page.getByLabel("Postal code").fill("1017");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country").selectOption({ label: "Germany" });
  await page.getByRole("button", { name: "Add the office" }).click();
  await expect.poll(() => describedBy(page, "Postal code")).toContain("Postal code: in Germany it is 5 digits, such as 10115.");
  expect(await expectErrorsNameTheirField(page)).toBeGreaterThan(0);
  await expect(page.getByLabel("Office name")).toHaveValue(OFFICE);
  await expect(page.getByLabel("Country")).toHaveValue("DE");
  await page.getByLabel("Postal code").fill("10178");
  await page.getByLabel("Latitude (optional)").fill("52.5219");
  await page.getByLabel("Longitude (optional)").fill("13.4132");
  await page.getByRole("button", { name: "Add the office" }).click();
  await expect(visible(page, '[role="status"]')).toContainText(`Office “${OFFICE}” added`);
  const officeRow = visible(page, "tbody tr").filter({ has: page.getByRole("cell", { name: OFFICE, exact: true }) });
  await expect(officeRow).toContainText("Germany");
  await expect(officeRow).toContainText("In use");

  // The team, in both languages (the French name forgotten first).
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("heading", { name: "Teams", level: 1 })).toBeVisible();
  await page.getByLabel("English name").fill(TEAM.en);
  await page.getByRole("button", { name: "Add the team" }).click();
  await expect.poll(() => describedBy(page, "French name")).toContain("French name: write the team's name in French.");
  expect(await expectErrorsNameTheirField(page)).toBeGreaterThan(0);
  await expect(page.getByLabel("English name")).toHaveValue(TEAM.en);
  await page.getByLabel("French name").fill(TEAM.fr);
  await page.getByRole("button", { name: "Add the team" }).click();
  await expect(visible(page, '[role="status"]')).toContainText(`Team “${TEAM.en}” added`);
  await expect(visible(page, "tbody tr").filter({ has: page.getByRole("cell", { name: TEAM.en, exact: true }) })).toContainText(TEAM.fr);

  // The VIE: a new posting starts with no office; both are offered.
  await page.goto("/admin/postings/new");
  const office = page.getByLabel("Office", { exact: true });
  await expect(office).toHaveValue("");
  await expect(office.locator("option:checked")).toHaveText("Choose an office (none for a fully remote role)");
  await page.getByLabel("Team", { exact: true }).selectOption({ label: TEAM.en });
  await page.getByLabel("Job title (English)").fill(TITLE);
  await page.getByLabel("The role", { exact: true }).fill("You open **new markets** for refurbished tech from our Berlin office.");
  await page.getByRole("button", { name: "+ Add mission" }).click();
  await page.getByRole("textbox", { name: "Mission 1" }).fill("Find and sign new refurbisher partners in Germany");
  await page.getByRole("button", { name: "+ Add profile item" }).click();
  await page.getByRole("textbox", { name: "Profile item 1" }).fill("You are eligible for a VIE (EEA national, under 29)");
  await page.getByLabel("Contract type").selectOption("VIE");
  await page.getByText("This contract has a set length").click();
  await page.getByLabel("Length (months)").fill("12");
  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Earliest start").fill(`${nextYear}-03-01`);
  await page.getByLabel("Latest start").fill(`${nextYear}-03-31`);
  // A VIE in France is refused, in words that point at the field.
  await office.selectOption({ label: "Paris HQ — Paris, FR" });
  await expect.poll(() => describedBy(page, "Office")).toContain("choose an office outside France in “Office”");
  expect(await expectErrorsNameTheirField(page)).toBeGreaterThan(0);
  await office.selectOption({ label: `${OFFICE} — Berlin, DE` });
  await page.getByLabel("Right to work").selectOption({ label: "EEA nationality required" });
  await expect.poll(() => describedBy(page, "Office")).not.toContain("outside France");
  await page.getByRole("button", { name: "+ Add language" }).click();
  await page.getByRole("group", { name: "Language 1" }).getByLabel("Language", { exact: true }).selectOption({ label: "English" });
  await page.getByLabel("Minimum level").last().selectOption("C1");
  await page.getByLabel("Application link (https://…)").fill("https://jobs.example.com/apply/vie-berlin");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/postings\/[0-9a-f-]{36}\?created=1$/);
  const editorPath = new URL(page.url()).pathname;
  await expectErrorsNameTheirField(page);

  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(visible(page, '[data-testid="editor-notice"]')).toContainText("Published");
  await expectErrorsNameTheirField(page);
  const slug = await page.getByLabel("Web address", { exact: true }).inputValue();

  // Public: on /jobs, and under the Berlin filter, which exists because of it.
  await expect.poll(async () => (await page.request.get("/jobs")).text()).toContain(TITLE);
  await page.goto("/jobs");
  await expect(page.getByLabel("City").locator("option", { hasText: "Berlin" })).toHaveCount(1);
  await page.goto("/jobs?city=Berlin");
  await expect(page.getByRole("link", { name: new RegExp(TITLE) }).first()).toBeVisible();
  await expect(page.getByLabel("City")).toHaveValue("Berlin");
  expect((await page.request.get(`/jobs/${slug}`)).status()).toBe(200);

  // A French version: a copy of the English text, it stays off the French site until it is translated and ticked.
  await page.goto(editorPath);
  const notice = visible(page, '[data-testid="editor-notice"]');
  await page.getByRole("tab", { name: /^FR/ }).click();
  await page.getByRole("button", { name: /^Add a French version/ }).click();
  await expect(page.getByLabel("Job title (French)")).toHaveValue(TITLE);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(notice).toContainText("Saved.");
  expect((await page.request.get(`/fr/jobs/${slug}`)).status()).toBe(404);
  // Ticked while it is still the English text: refused, in words that name the field.
  await page.getByLabel("The French text is translated").check();
  await expect.poll(() => describedBy(page, "The French text is translated")).toContain("The French text is the same as the English");
  expect(await expectErrorsNameTheirField(page)).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(visible(page, '[data-testid="form-error"]')).toContainText("Nothing was changed.");
  expect((await page.request.get(`/fr/jobs/${slug}`)).status()).toBe(404);
  // Translated: saved, and the French page is live.
  await page.getByLabel("Job title (French)").fill("VIE Développeur commercial");
  await page.getByLabel("The role (French)", { exact: true }).fill("Vous ouvrez de **nouveaux marchés** à la tech reconditionnée depuis notre bureau de Berlin.");
  await page.getByRole("textbox", { name: "French mission 1" }).fill("Trouver et signer de nouveaux partenaires reconditionneurs en Allemagne");
  await page.getByRole("textbox", { name: "French profile item 1" }).fill("Vous êtes éligible au VIE (ressortissant de l'EEE, moins de 29 ans)");
  await expect.poll(() => describedBy(page, "The French text is translated")).not.toContain("same as the English");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(notice).toContainText("Saved.");
  await expect.poll(async () => (await page.request.get(`/fr/jobs/${slug}`)).status()).toBe(200);
  expect(await (await page.request.get(`/fr/jobs/${slug}`)).text()).toContain("VIE Développeur commercial");

  // A hiring manager who is not on this posting: 403 on its editor, and it is not in their table.
  const manager = await signedIn(browser, MANAGER);
  await expect(visible(manager, "main")).not.toContainText(TITLE);
  const response = await manager.goto(editorPath);
  expect(response?.status()).toBe(403);
  await expect(manager.getByRole("heading", { level: 1 })).toContainText("access");
  expect((await manager.request.get(`${editorPath}/preview`)).status()).toBe(403);
});

test("[RECRUITER] assigns a hiring manager on the editor, who can then open it; [HIRING_MANAGER] reads offices and teams only", async ({ browser }) => {
  const page = await signedIn(browser, RECRUITER);
  await page.goto("/admin/postings/new");
  await page.getByLabel("Team", { exact: true }).selectOption("technology");
  await page.getByLabel("Job title (English)").fill(`Assigned Draft ${randomBytes(2).toString("hex")}`);
  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Earliest start").fill(`${nextYear}-09-01`);
  await page.getByLabel("Latest start").fill(`${nextYear}-09-30`);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\?created=1$/);
  const editorPath = new URL(page.url()).pathname;

  const panel = page.getByRole("region", { name: "Hiring managers" });
  await panel.getByLabel("Hiring manager").selectOption({ label: `${MANAGER.name} (${MANAGER.email})` });
  await panel.getByRole("button", { name: "Add" }).click();
  await expect(panel.getByRole("status")).toContainText(`${MANAGER.name} can now work on this posting`);
  await expect(panel.getByRole("button", { name: `Remove ${MANAGER.name}` })).toBeVisible();

  const manager = await signedIn(browser, MANAGER);
  expect((await manager.goto(editorPath))?.status()).toBe(200);
  await expect(manager.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(manager.getByRole("region", { name: "Hiring managers" })).toHaveCount(0);

  // Offices and teams: a hiring manager reads them; no forms, and the edit page is refused.
  await manager.goto("/admin/offices");
  await expect(manager.getByRole("heading", { name: "Offices", level: 1 })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Add the office" })).toHaveCount(0);
  await manager.goto("/admin/teams");
  await expect(manager.getByRole("button", { name: "Add the team" })).toHaveCount(0);
  expect((await manager.goto("/admin/users"))?.status()).toBe(403);

  await page.reload();
  await page.getByRole("region", { name: "Hiring managers" }).getByRole("button", { name: `Remove ${MANAGER.name}` }).click();
  await expect(page.getByRole("region", { name: "Hiring managers" }).getByRole("status")).toContainText("no longer works on this posting");
  expect((await manager.goto(editorPath))?.status()).toBe(403);
});
