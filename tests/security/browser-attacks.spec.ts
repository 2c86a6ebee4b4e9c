import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { extractJsonLdBlocks, validatePosting, type Posting } from "@/lib/postings";
import { tpmIntern } from "@/prisma/seed-data/postings";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, E2E_DIST_DIR } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";

// Attacks a browser carries out (issue 7): stored XSS through every text field,
// cross-site server-action calls, and open redirects after sign-in.

const PAYLOADS = [
  "<img src=x onerror=alert('img')>",
  "</script><script>alert('script')</script>",
  '"><svg onload=alert("svg")>',
  "[click](javascript:alert('md'))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<a href=\"javascript:alert('a')\">a</a>",
];
const HOSTILE = PAYLOADS.join(" ");
const SLUG = "every-field-hostile";

function hostilePosting(): Posting {
  const result = validatePosting({ ...tpmIntern, slug: SLUG }, { mode: "draft" });
  if (!result.ok) throw new Error("fixture is invalid");
  const base = result.data;
  const en = base.content.en;
  // Written straight to the database, past the schema, as if an old or hostile value were stored.
  return {
    ...base,
    dates: { ...base.dates, datePosted: new Date().toISOString(), validThrough: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    contract: { ...base.contract, durationReason: HOSTILE },
    location: { ...base.location, remote: { policy: "HYBRID", daysPerWeek: 2, note: HOSTILE } },
    languages: base.languages.map((language) => ({ ...language, wording: HOSTILE })),
    education: { ...base.education, field: HOSTILE },
    content: {
      en: {
        ...en,
        title: `Hostile ${PAYLOADS[0]}`,
        about: HOSTILE,
        role: HOSTILE,
        missions: PAYLOADS,
        profile: PAYLOADS,
        benefits: PAYLOADS,
        additionalInfo: HOSTILE,
        steps: en.steps.map((step) => ({ ...step, label: HOSTILE, withWhom: HOSTILE })),
      },
      fr: { ...en, title: `Hostile FR ${PAYLOADS[1]}`, about: HOSTILE, role: HOSTILE, missions: PAYLOADS, profile: PAYLOADS, benefits: PAYLOADS, additionalInfo: HOSTILE },
    },
    apply: { url: "javascript:alert('apply')", email: null },
  };
}

async function signIn(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fpostings");
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Postings", level: 1 })).toBeVisible();
  return page;
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test("stored XSS through every text field: no dialog on the public pages or the CMS preview, JSON-LD intact", async ({ browser, page, request }) => {
  const posting = hostilePosting();
  const id = await withE2eDatabase(async (prisma) => {
    const existing = await prisma.posting.findUnique({ where: { slug: SLUG }, select: { id: true } });
    if (existing) return existing.id;
    const now = new Date();
    return (
      await prisma.$transaction((tx) =>
        insertPosting(tx, posting, { status: "PUBLISHED", actor: { id: null, email: "security-test" }, action: "posting.publish", firstPublishedAt: now, publishedAt: now, lastPublicChangeAt: now }),
      )
    ).id;
  });
  const dialogs = watchDialogs(page);
  for (const pathname of [`/jobs/${SLUG}`, `/fr/jobs/${SLUG}`]) {
    await expect.poll(async () => (await request.get(pathname)).status(), { timeout: 10_000 }).toBe(200);
    await page.goto(pathname);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hostile");
    expect(await page.locator("main img, main svg, main iframe").count(), pathname).toBe(0);
    expect(await page.locator("a[href^='javascript:' i], a[href^='data:' i]").count(), pathname).toBe(0);
    const blocks = extractJsonLdBlocks(await (await request.get(pathname)).text());
    expect(blocks).toHaveLength(1);
    expect((blocks[0]?.value as { title?: string }).title).toBe(pathname.startsWith("/fr") ? posting.content.fr?.title : posting.content.en.title);
  }
  const admin = await signIn(browser, "198.51.100.31");
  const adminDialogs = watchDialogs(admin);
  await admin.goto(`/admin/postings/${id}/preview`);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("Hostile");
  expect(await admin.locator("main a[href^='javascript:' i]").count()).toBe(0);
  await admin.goto(`/admin/postings/${id}`);
  await admin.waitForLoadState("networkidle");
  await admin.context().close();
  expect([...dialogs, ...adminDialogs]).toEqual([]);
});

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(E2E_DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName}`);
  return found[0];
}

for (const origin of ["https://evil.example", "null"]) {
  test(`a server action with Origin: ${origin} and a valid session is refused and changes nothing`, async ({ browser }) => {
    const admin = await signIn(browser, origin === "null" ? "198.51.100.32" : "198.51.100.33");
    const signOuts = () => withE2eDatabase((prisma) => prisma.auditEvent.count({ where: { action: "auth.sign_out" } }));
    const before = await signOuts();
    const response = await admin.context().request.post("/admin/postings", {
      headers: { "Next-Action": actionId("signOutAction"), "Content-Type": "text/plain;charset=UTF-8", Origin: origin, Accept: "text/x-component" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.ok(), `status ${response.status()}`).toBe(false);
    expect(await signOuts()).toBe(before);
    await admin.goto("/admin/postings");
    await expect(admin.getByRole("heading", { name: "Postings", level: 1 })).toBeVisible();
    await admin.context().close();
  });
}

for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "%2F%2Fevil.example", "https:evil.example"]) {
  test(`callbackUrl ${target} never leads off the site after signing in`, async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${40 + target.length}` } });
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    await page.goto(`/admin/login?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel("Email").fill(ADMIN_EMAIL);
    await page.getByLabel("Password").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForLoadState("networkidle");
    expect(new URL(page.url()).origin).toBe(BASE_URL);
    expect(dialogs).toEqual([]);
    await context.close();
  });
}
