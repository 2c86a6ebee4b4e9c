import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { insertPosting } from "@/lib/db/posting-writes";
import { repostForNextIntake, validatePosting } from "@/lib/postings";
import { accountantApprentice } from "@/prisma/seed-data/postings";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "./support/constants";
import { withE2eDatabase } from "./support/e2e-database";

// Applying on the site (issue 15): a candidate applies with a PDF in English and in French, with and without
// JavaScript; the recruiter finds it in the inbox, downloads the CV and changes its status; a hiring manager
// not assigned to the posting can neither list it nor download it, even by its address; the admin's Emails
// page shows the confirmation emails.

const CV = "tests/fixtures/applications/cv.pdf";
const SLUG = `apply-e2e-${randomBytes(3).toString("hex")}`;
const QUESTION = "Which refurbished device do you use?";
const MANAGER = { email: `apply-manager-${randomBytes(3).toString("hex")}@example.com`, name: "Una Unassigned", password: "apply-manager-password-1" };
const run = randomBytes(3).toString("hex");
const candidates = {
  enJs: { name: `Alice Applicant ${run}`, email: `alice.${run}@example.com` },
  enNoJs: { name: `Bruno Sans-Script ${run}`, email: `bruno.${run}@example.com` },
  frJs: { name: `Chloé Candidate ${run}`, email: `chloe.${run}@example.com` },
  frNoJs: { name: `Denis Sans-JS ${run}`, email: `denis.${run}@example.com` },
};

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const checked = validatePosting(
    { ...accountantApprentice, slug: SLUG, frenchTranslated: true, apply: { method: "ON_SITE", url: null, email: null, questions: [QUESTION] } },
    { mode: "draft" },
  );
  if (!checked.ok) throw new Error("fixture posting is invalid");
  const posting = repostForNextIntake(checked.data, new Date());
  await withE2eDatabase(async (prisma) => {
    const now = new Date();
    await prisma.$transaction((tx) =>
      insertPosting(tx, posting, { status: "PUBLISHED", actor: { id: null, email: "e2e" }, action: "posting.publish", firstPublishedAt: now, publishedAt: now, lastPublicChangeAt: now }),
    );
    await prisma.user.create({ data: { email: MANAGER.email, name: MANAGER.name, role: "HIRING_MANAGER", passwordHash: await hashPassword(MANAGER.password) } });
  });
});

async function newPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": `198.19.${randomBytes(1)[0]}.${randomBytes(1)[0]}` } });
  return context.newPage();
}

async function apply(page: Page, locale: "en" | "fr", candidate: { name: string; email: string }) {
  const fr = locale === "fr";
  await page.goto(fr ? `/fr/jobs/${SLUG}` : `/jobs/${SLUG}`);
  await page.getByRole("link", { name: fr ? /^Postuler/ : /^Apply now/ }).first().click();
  await expect(page).toHaveURL(fr ? `/fr/jobs/${SLUG}/postuler` : `/jobs/${SLUG}/apply`);
  await page.getByLabel(fr ? "Nom complet" : "Full name").fill(candidate.name);
  await page.getByLabel(fr ? "Adresse e-mail" : "Email address").fill(candidate.email);
  await page.getByLabel(fr ? "Lettre de motivation" : "Cover letter").fill("<b>Not bold</b> & plain text.");
  await page.getByLabel(QUESTION).fill("A refurbished phone, of course.");
  await page.getByLabel("CV", { exact: false }).first().setInputFiles(CV);
  await page.getByLabel(fr ? /J’accepte/ : /I agree/).check();
  await page.getByRole("button", { name: fr ? "Envoyer ma candidature" : "Send my application" }).click();
  await expect(page).toHaveURL(fr ? `/fr/jobs/${SLUG}/postuler/merci` : `/jobs/${SLUG}/apply/thanks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr ? "Candidature reçue" : "Application received");
}

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await newPage(browser, true);
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fapplications");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Applications", level: 1 })).toBeVisible();
  return page;
}

test("[CANDIDATE] applies with a PDF in English, with JavaScript", async ({ browser }) => {
  await apply(await newPage(browser, true), "en", candidates.enJs);
});

test("[CANDIDATE] applies with a PDF in English, without JavaScript, after correcting a refused file", async ({ browser }) => {
  const page = await newPage(browser, false);
  await page.goto(`/jobs/${SLUG}/apply`);
  await page.getByLabel("Full name").fill(candidates.enNoJs.name);
  await page.getByLabel("Email address").fill(candidates.enNoJs.email);
  await page.getByLabel("Cover letter").fill("Typed before the error.");
  await page.getByLabel(QUESTION).fill("Kept after the error.");
  // An HTML page renamed .pdf: refused by its content, the rest of the form kept.
  await page.getByLabel("CV", { exact: false }).first().setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await page.getByLabel(/I agree/).check();
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${SLUG}/apply/retry(#errors)?$`));
  await expect(page.getByRole("alert")).toContainText("must be a PDF or a Word");
  await expect(page.getByLabel("Full name")).toHaveValue(candidates.enNoJs.name);
  await expect(page.getByLabel("Cover letter")).toHaveValue("Typed before the error.");
  await expect(page.getByLabel(QUESTION)).toHaveValue("Kept after the error.");
  await expect(page.getByText("choose your CV again")).toBeVisible();
  await page.getByLabel("CV", { exact: false }).first().setInputFiles(CV);
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page).toHaveURL(`/jobs/${SLUG}/apply/thanks`);
});

test("[CANDIDATE] applies with a PDF in French, with JavaScript", async ({ browser }) => {
  await apply(await newPage(browser, true), "fr", candidates.frJs);
});

test("[CANDIDATE] applies with a PDF in French, without JavaScript", async ({ browser }) => {
  await apply(await newPage(browser, false), "fr", candidates.frNoJs);
});

test("[RECRUITER] sees the applications in the inbox, downloads the CV, changes the status", async ({ browser }) => {
  const page = await signedIn(browser, ADMIN_EMAIL, ADMIN_PASSWORD);
  for (const candidate of Object.values(candidates)) await expect(page.getByRole("link", { name: candidate.name, exact: true })).toBeVisible();
  await page.getByRole("link", { name: candidates.enJs.name, exact: true }).click();
  await expect(page.getByRole("heading", { name: candidates.enJs.name, level: 1 })).toBeVisible();
  // Candidates' text is text: the tags show as typed.
  await expect(page.getByText("<b>Not bold</b> & plain text.")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("cv.pdf");
  const response = await page.request.get(page.url() + "/cv");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByLabel("Status", { exact: true }).selectOption("REVIEWED");
  await page.getByLabel(/Note/).fill("Call next week.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status changed to reviewed." })).toBeVisible();
  await expect(page.getByText("New → Reviewed")).toBeVisible();
  await page.goto("/admin/applications?status=reviewed");
  await expect(page.getByRole("link", { name: candidates.enJs.name, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: candidates.frJs.name, exact: true })).toHaveCount(0);
});

test("[HIRING_MANAGER] not assigned to the posting: cannot list or download its applications, even by address", async ({ browser }) => {
  const id = await withE2eDatabase(async (prisma) => (await prisma.application.findFirstOrThrow({ where: { email: candidates.enJs.email } })).id);
  const postingId = await withE2eDatabase(async (prisma) => (await prisma.posting.findUniqueOrThrow({ where: { slug: SLUG } })).id);
  const page = await signedIn(browser, MANAGER.email, MANAGER.password);
  await expect(page.getByText("No application here yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: candidates.enJs.name, exact: true })).toHaveCount(0);
  expect((await page.request.get(`/admin/applications/${id}/cv`)).status()).toBe(404);
  // The application by its address: no such application for them (404, nothing about it shown).
  await page.goto(`/admin/applications/${id}`);
  await expect(page.getByRole("heading", { name: "404" })).toBeVisible();
  await expect(page.getByText(candidates.enJs.email)).toHaveCount(0);
  // The posting's applications: the posting is not theirs, 403 like its editor (lib/auth/admin-page-rules.ts).
  const postingPage = await page.goto(`/admin/postings/${postingId}/applications`);
  expect(postingPage?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("access");
  await expect(page.getByText(candidates.enJs.email)).toHaveCount(0);
  const csv = await page.request.get(`/admin/applications/export?posting=${postingId}`);
  expect(await csv.text()).not.toContain(candidates.enJs.email);
  // Signed out, the CV route refuses too.
  const anonymous = await (await newPage(browser, true)).request.get(`/admin/applications/${id}/cv`, { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
  expect((await anonymous.body()).subarray(0, 5).toString()).not.toBe("%PDF-");
});

test("[ADMIN] the Emails page shows the confirmation emails, English and French, and the notices of new applications", async ({ browser }) => {
  const page = await signedIn(browser, ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.goto("/admin/emails");
  await expect(page.getByRole("heading", { name: "Emails", level: 1 })).toBeVisible();
  await expect(page.getByText(`To: ${candidates.enJs.email}`)).toBeVisible();
  await expect(page.getByText(`To: ${candidates.frJs.email}`)).toBeVisible();
  await expect(page.getByText(/^Your application: /).first()).toBeVisible();
  await expect(page.getByText(/^Votre candidature : /).first()).toBeVisible();
  // The people who follow the posting heard of each application (here the admins: the posting has no author).
  await expect(page.getByText(/^New application: Accountant Apprentice .* \/ Nouvelle candidature : /).first()).toBeVisible();
  await expect(page.getByText(`To: ${ADMIN_EMAIL}`).first()).toBeVisible();
});
