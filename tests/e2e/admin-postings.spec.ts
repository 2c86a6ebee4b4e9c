import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "./support/constants";
import { withE2eDatabase } from "./support/e2e-database";

// Issue 5's journeys of the posting CMS on the real build (Chromium, next start,
// a fresh seeded database): write with bad input and see the messages, fix and
// publish, rename (308), unpublish (410), a hiring manager who cannot publish,
// two editors on one posting, and restoring an old revision.

const MANAGER = { email: "hiring.manager.e2e@example.com", password: "manager-password-e2e-1", name: "Hana Manager" };
const DEMOTED = { email: "recruiter.demoted.e2e@example.com", password: "recruiter-password-e2e-1", name: "Remy Recruiter" };

function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.19.${bytes[0]}.${bytes[1]}`;
}

async function signedIn(browser: Browser, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<Page> {
  // Each context is its own client for the login limit (lib/auth/client-ip.ts).
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fpostings");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Postings", level: 1 })).toBeVisible();
  return page;
}

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}

/** Fills the fields a posting needs, leaving out what the test wants wrong. */
async function fillPosting(page: Page, options: { title: string; slug: string; months: number; language: boolean }) {
  await page.getByLabel("Team", { exact: true }).selectOption("technology");
  await page.getByLabel("Job title (English)").fill(options.title);
  await page.getByLabel("Web address", { exact: true }).fill(options.slug);
  await page.getByLabel("The role", { exact: true }).fill("You will analyse **data** about refurbished phones.\n\n- dashboards\n- SQL");
  await page.getByRole("button", { name: "+ Add mission" }).click();
  await page.getByRole("textbox", { name: "Mission 1" }).fill("Build dashboards for the operations team");
  await page.getByRole("button", { name: "+ Add profile item" }).click();
  await page.getByRole("textbox", { name: "Profile item 1" }).fill("You are a master's student in data science");
  await page.getByLabel("Contract type").selectOption("STAGE");
  await page.getByLabel("Hours a week").fill("35");
  await page.getByText("This contract has a set length").click();
  await page.getByLabel("Length (months)").fill(String(options.months));
  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Earliest start").fill(`${nextYear}-03-01`);
  await page.getByLabel("Latest start").fill(`${nextYear}-03-31`);
  await page.getByLabel("Office", { exact: true }).selectOption("paris-hq");
  await page.getByLabel("Master's degree student").check();
  await page.getByLabel(/convention de stage/).check();
  await page.getByLabel("Application link (https://…)").fill("https://jobs.example.com/apply");
  if (options.language) await addLanguage(page);
}

async function addLanguage(page: Page) {
  await page.getByRole("button", { name: "+ Add language" }).click();
  await page.getByRole("combobox", { name: "Language", exact: true }).last().selectOption("en");
  await page.getByLabel("Minimum level").last().selectOption("C1");
}

/** Next keeps the previous route mounted but hidden (React Activity): only look at what is shown. */
function visible(page: Page, selector: string) {
  return page.locator(selector).filter({ visible: true });
}

function testId(page: Page, id: string) {
  return page.getByTestId(id).filter({ visible: true });
}

/** The message tied to a field through aria-describedby. */
async function describedBy(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(" ").filter(Boolean).map((id) => visible(page, `[id="${id}"]`).innerText()));
  return texts.join(" ");
}

async function createDraft(page: Page, options: { title: string; slug: string; months?: number; language?: boolean }): Promise<string> {
  await page.goto("/admin/postings/new");
  await fillPosting(page, { months: 6, language: true, ...options });
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/postings\/[0-9a-f-]{36}\?created=1$/);
  return new URL(page.url()).pathname;
}

test.beforeAll(async () => {
  await withE2eDatabase(async (prisma) => {
    for (const user of [
      { ...MANAGER, role: "HIRING_MANAGER" as const },
      { ...DEMOTED, role: "RECRUITER" as const },
    ]) {
      const passwordHash = await hashPassword(user.password);
      await prisma.user.upsert({
        where: { email: user.email },
        create: { email: user.email, name: user.name, role: user.role, passwordHash },
        update: { role: user.role, passwordHash, disabledAt: null },
      });
    }
  });
});

test("[ADMIN] bad input gets messages; fixed, it publishes and is on /jobs within a second; rename → 308; unpublish → 410", async ({ browser }) => {
  const page = await signedIn(browser);
  const slug = unique("data-analyst-intern");
  await page.goto("/admin/postings/new");
  await fillPosting(page, { title: "Data Analyst Intern", slug, months: 8, language: false });
  // Validated as you type, next to the field, tied by aria-describedby.
  expect(await describedBy(page, "Length (months)")).toContain("An internship lasts at most 6 months");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\?created=1$/);

  // The server refuses to publish with the same rules, and says why on each field.
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(testId(page, "form-error")).toContainText("Fix the highlighted problems");
  expect(await describedBy(page, "Length (months)")).toContain("An internship lasts at most 6 months");
  await expect(visible(page, '[id="field-languages-error"]')).toContainText("Tick “Required” for at least one language.");
  await expect(testId(page, "posting-status")).toHaveText("Draft");

  // Fixed, it publishes; the public list shows it within a second.
  await page.getByLabel("Length (months)").fill("6");
  await addLanguage(page);
  await expect(testId(page, "json-ld-en")).toContainText("Ready for Google for Jobs");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(testId(page, "editor-notice")).toContainText("Published");
  const publishedAt = Date.now();
  await expect
    .poll(async () => (await page.request.get("/jobs")).text(), { timeout: 1_000, intervals: [50, 100, 200] })
    .toContain("Data Analyst Intern");
  expect(Date.now() - publishedAt).toBeLessThan(1_000);
  expect((await page.request.get(`/jobs/${slug}`)).status()).toBe(200);

  // A new address: the old one answers 308 to it.
  await page.getByLabel("Web address", { exact: true }).fill(`${slug}-paris`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(testId(page, "editor-notice")).toContainText("Saved.");
  // The proxy's routing table reloads on PostgreSQL's NOTIFY: give it its moment.
  const oldAddress = async () => {
    const response = await page.request.get(`/jobs/${slug}`, { maxRedirects: 0 });
    return `${response.status()} ${response.headers().location ?? ""}`;
  };
  await expect.poll(oldAddress, { timeout: 3_000, intervals: [100, 200, 300] }).toMatch(new RegExp(`^308 .*/jobs/${slug}-paris$`));
  expect((await page.request.get(`/jobs/${slug}-paris`)).status()).toBe(200);

  // Unpublished: gone (410), and off the list.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(testId(page, "editor-notice")).toContainText("Unpublished");
  await expect
    .poll(async () => (await page.request.get(`/jobs/${slug}-paris`, { maxRedirects: 0 })).status(), { timeout: 3_000, intervals: [100, 200, 300] })
    .toBe(410);
  expect(await (await page.request.get("/jobs")).text()).not.toContain(`/jobs/${slug}-paris`);
});

test("[HIRING_MANAGER] drafts and submits for review, but has no Publish button", async ({ browser }) => {
  const page = await signedIn(browser, MANAGER.email, MANAGER.password);
  await createDraft(page, { title: "Supply Chain Intern", slug: unique("supply-chain-intern") });
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Publish/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(testId(page, "posting-status")).toHaveText("In review");
  await expect(page.getByRole("button", { name: /Publish|Approve/ })).toHaveCount(0);
  // In review, the posting is no longer the manager's to edit.
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
});

test("[HIRING_MANAGER] the publish action itself refuses a user who is a hiring manager now", async ({ browser }) => {
  // A recruiter opens a draft (the Publish button is there)…
  const page = await signedIn(browser, DEMOTED.email, DEMOTED.password);
  await createDraft(page, { title: "Finance Intern", slug: unique("finance-intern") });
  await expect(page.getByRole("button", { name: "Publish now" })).toBeVisible();
  // …then becomes a hiring manager: the stale button calls the action, which checks the role itself.
  await withE2eDatabase((prisma) => prisma.user.update({ where: { email: DEMOTED.email }, data: { role: "HIRING_MANAGER" } }));
  try {
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(testId(page, "form-error")).toContainText("does not allow this");
    await expect(testId(page, "posting-status")).toHaveText("Draft");
  } finally {
    await withE2eDatabase((prisma) => prisma.user.update({ where: { email: DEMOTED.email }, data: { role: "RECRUITER" } }));
  }
});

test("[ADMIN] two editors: the second save gets the conflict message and keeps its text", async ({ browser }) => {
  const first = await signedIn(browser);
  const path = await createDraft(first, { title: "Logistics Intern", slug: unique("logistics-intern") });
  const second = await signedIn(browser);
  await second.goto(path);
  await first.reload();

  await first.getByLabel("Job title (English)").fill("Logistics Operations Intern");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(testId(first, "editor-notice")).toContainText("Saved.");

  const myText = "You will run the **returns** flow of our Bordeaux warehouse.";
  await second.getByLabel("The role", { exact: true }).fill(myText);
  await second.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = testId(second, "conflict");
  await expect(conflict).toContainText("Someone else changed this posting");
  await expect(testId(second, "their-version")).toContainText("Logistics Operations Intern");
  await expect(second.getByLabel("The role", { exact: true })).toHaveValue(myText);

  // Keeping mine saves over their version, on purpose.
  await conflict.getByRole("button", { name: "Save my version over theirs" }).click();
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(testId(second, "editor-notice")).toContainText("Saved.");
  await expect(second.getByLabel("The role", { exact: true })).toHaveValue(myText);
});

test("[ADMIN] restore an old revision from the history", async ({ browser }) => {
  const page = await signedIn(browser);
  const path = await createDraft(page, { title: "Pricing Analyst Intern", slug: unique("pricing-intern") });
  await page.getByLabel("Job title (English)").fill("Pricing Intern");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(testId(page, "editor-notice")).toContainText("Saved.");

  await page.goto(`${path}/revisions`);
  await testId(page, "revision-1").getByRole("link", { name: "Compare with current" }).click();
  await expect(testId(page, "revision-diff")).toContainText("Pricing Analyst Intern");
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page).toHaveURL(/\?restored=1$/);
  await expect(page.getByLabel("Job title (English)")).toHaveValue("Pricing Analyst Intern");
  await page.goto(`${path}/revisions`);
  await expect(testId(page, "revision-3")).toContainText("Restored an old revision");
});

test("[ADMIN] the postings table, the editor with its messages, the history and the preview pass axe (WCAG 2.2 AA)", async ({ browser }, testInfo) => {
  // Five pages, each analysed by axe and captured full-page: slow on a loaded 2-core machine.
  test.slow();
  const page = await signedIn(browser);
  const path = await createDraft(page, { title: "Accessibility Check Intern", slug: unique("axe-intern"), months: 8, language: false });
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(testId(page, "form-error")).toBeVisible();
  for (const [name, url] of [["editor", null], ["table", "/admin/postings"], ["history", `${path}/revisions`], ["preview", `${path}/preview`], ["new", "/admin/postings/new"]] as const) {
    if (url) await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${name} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  }
});
