import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { extractJsonLdBlocks, validatePosting, type Posting } from "@/lib/postings";
import { tpmIntern } from "@/prisma/seed-data/postings";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { actionNamed, actionResult, actionShapes, actionUrl, ensureDraft, postShape, postingInput, signInAsAdmin, watchDialogs } from "./support";

// Attacks a browser carries out (issue 7): stored XSS through every text field
// of a posting (public pages, JSON-LD, feeds, every CMS page that shows it),
// and open redirects through callbackUrl after signing in.

const PAYLOADS = [
  "<img src=x onerror=alert('img')>",
  "</script><script>alert('script')</script>",
  '"><svg onload=alert("svg")>',
  "[click](javascript:alert('md'))",
  "[js2](JaVaScRiPt:alert('md2'))",
  "[entity](&#106;avascript:alert('md3'))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<a href=\"javascript:alert('a')\">a</a>",
  "<iframe src=javascript:alert('iframe')></iframe>",
  "{{constructor.constructor('alert(1)')()}}",
  "\u2028</script><!--",
  "]]><script>alert('cdata')</script>",
];
const HOSTILE = PAYLOADS.join(" ");
const SLUG = "every-field-hostile";

function hostilePosting(): Posting {
  const result = validatePosting({ ...tpmIntern, slug: SLUG }, { mode: "draft" });
  if (!result.ok) throw new Error("fixture is invalid");
  const base = result.data;
  const en = base.content.en;
  const steps = en.steps.map((step) => ({ ...step, label: HOSTILE, withWhom: HOSTILE }));
  const content = { about: HOSTILE, role: HOSTILE, missions: PAYLOADS, profile: PAYLOADS, benefits: PAYLOADS, additionalInfo: HOSTILE, steps };
  // Written straight to the database, past the schema, as if an old or hostile value were stored:
  // every text field of the posting carries every payload.
  return {
    ...base,
    dates: { ...base.dates, datePosted: new Date().toISOString(), validThrough: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    contract: {
      ...base.contract,
      durationReason: HOSTILE as Posting["contract"]["durationReason"],
      compensation: { kind: "GRATIFICATION", minAmount: 1000, maxAmount: 1200, currency: "EUR", unit: "MONTH", note: HOSTILE },
    },
    location: { ...base.location, remote: { policy: "HYBRID", daysPerWeek: 2, note: HOSTILE } },
    languages: base.languages.map((language) => ({ ...language, wording: HOSTILE })),
    education: { ...base.education, field: HOSTILE },
    content: {
      en: { ...en, title: `Hostile ${PAYLOADS[0]}`, ...content },
      fr: { ...en, title: `Hostile FR ${PAYLOADS[1]}`, ...content },
    },
    frenchTranslated: true,
    apply: { method: "EXTERNAL_URL", questions: [], url: "javascript:alert('apply')", email: "x@example.com\"><img src=x onerror=alert('mail')>" },
  };
}

async function insertHostile(): Promise<string> {
  const posting = hostilePosting();
  return withE2eDatabase(async (prisma) => {
    const existing = await prisma.posting.findUnique({ where: { slug: SLUG }, select: { id: true } });
    if (existing) return existing.id;
    const now = new Date();
    const created = await prisma.$transaction((tx) =>
      insertPosting(tx, posting, { status: "PUBLISHED", actor: { id: null, email: "security-test" }, action: "posting.publish", firstPublishedAt: now, publishedAt: now, lastPublicChangeAt: now }),
    );
    return created.id;
  });
}

/** No element a payload could have produced, no script: or data: link, no script outside React's own. */
async function expectInert(page: Page, label: string): Promise<void> {
  expect(await page.locator("main img, main svg, main iframe, main object, main embed").count(), label).toBe(0);
  expect(await page.locator("a[href^='javascript:' i], a[href^='data:' i], a[href*='alert(' i]:not([href^='mailto:']), [onerror], [onload]").count(), label).toBe(0);
  // A payload that closed a script element would leave a script of its own: every inline script is
  // JSON-LD, React's flight data (self.__next_f) or Next's bootstrap, and none of them starts with a payload.
  const strays = await page.locator("script:not([src])").evaluateAll((scripts) =>
    scripts
      .filter((script) => script.getAttribute("type") !== "application/ld+json")
      .map((script) => (script.textContent ?? "").trim())
      .filter((text) => !/^\(?self\.__next_f|^\(?globalThis\[|^\$RC|^\$RS|^\(self\.__next_s|^document\.|^\(function|^requestAnimationFrame/.test(text) || /^alert\(/.test(text)),
  );
  expect(strays.filter((text) => text.includes("alert(")), label).toEqual([]);
}

function expectJsonLdSafe(html: string, expectedTitle: string, label: string): void {
  const blocks = extractJsonLdBlocks(html);
  expect(blocks, label).toHaveLength(1);
  const value = blocks[0]!.value as { title?: string; description?: string; url?: string; directApply?: unknown };
  // The serializer escapes < > & U+2028 U+2029: the hostile title survives as text, and closes no script.
  expect(value.title, label).toBe(expectedTitle);
  // description: only p, ul, li and br, no attributes, no script: or data: anywhere in the object.
  const tags = [...(value.description ?? "").matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)];
  for (const [tag, name, attributes] of tags) {
    expect(["p", "ul", "li", "br"], `${label}: ${tag}`).toContain(name!.toLowerCase());
    expect(attributes!.trim(), `${label}: ${tag}`).toBe("");
  }
  // Every address in it is http(s); the payloads' "javascript:" survive only as escaped text.
  const addresses: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [key, item] of Object.entries(node)) {
      if (["url", "sameAs", "logo", "image"].includes(key) && typeof item === "string") addresses.push(item);
      else walk(item);
    }
  };
  walk(value);
  for (const address of addresses) expect(address, label).toMatch(/^https?:\/\//);
}

/** The XML's markup: CDATA sections are text (a "]]>" in the data must not end one early). */
const markupOf = (xml: string) => xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");

async function expectFeedsSafe(request: APIRequestContext): Promise<void> {
  const rss = await (await request.get("/feeds/jobs.rss")).text();
  expect(rss).toContain("Hostile");
  expect(markupOf(rss)).not.toMatch(/<(img|svg|script|iframe)\b/i); // every payload is text inside the XML
  const json = (await (await request.get("/feeds/jobs.json")).json()) as { items?: { title?: string }[] };
  expect(JSON.stringify(json)).toContain("Hostile");
  const indeed = await (await request.get("/feeds/indeed.xml")).text();
  expect(indeed).toContain("Hostile");
  expect(markupOf(indeed)).not.toMatch(/<(img|svg|script|iframe)\b/i);
}

test("stored XSS through every text field: no dialog on the public pages, the feeds escape it, JSON-LD intact", async ({ page, request }) => {
  const posting = hostilePosting();
  await insertHostile();
  const dialogs = watchDialogs(page);
  for (const pathname of [`/jobs/${SLUG}`, `/fr/jobs/${SLUG}`]) {
    await expect.poll(async () => (await request.get(pathname)).status(), { timeout: 10_000 }).toBe(200);
    await page.goto(pathname);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hostile");
    await expectInert(page, pathname);
    // Every link on the page, including the apply button, is http(s), mailto: or relative.
    for (const href of await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
      expect(href, pathname).toMatch(/^(https?:|mailto:|\/|#)/);
    }
    expectJsonLdSafe(await (await request.get(pathname)).text(), pathname.startsWith("/fr") ? posting.content.fr!.title : posting.content.en.title, pathname);
  }
  await page.goto("/jobs");
  await expect(page.getByText("Hostile", { exact: false }).first()).toBeVisible();
  await page.goto(`/jobs?q=${encodeURIComponent(PAYLOADS[1]!)}`);
  await expectInert(page, "/jobs?q=payload");
  await expectFeedsSafe(request);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test("stored XSS in the CMS: no dialog in the postings table, editor, preview, history and audit log", async ({ browser }) => {
  const id = await insertHostile();
  const admin = await signInAsAdmin(browser, "198.51.100.31");
  const dialogs = watchDialogs(admin);
  for (const path of ["/admin/postings", `/admin/postings/${id}/preview`, `/admin/postings/${id}`, `/admin/postings/${id}/revisions`, "/admin/audit"]) {
    await admin.goto(path);
    await admin.waitForLoadState("networkidle");
    await expectInert(admin, path);
  }
  await admin.goto(`/admin/postings/${id}/preview`);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("Hostile");
  await admin.waitForTimeout(300);
  await admin.context().close();
  expect(dialogs).toEqual([]);
});

test("XSS saved through the CMS's own create action (what the schema lets through) renders inert in the preview and editor", async ({ browser }) => {
  const admin = await signInAsAdmin(browser, "198.51.100.32");
  const dialogs = watchDialogs(admin);
  const create = actionNamed("createPostingAction");
  const slug = `cms-hostile-${Date.now().toString(36)}`;
  const posting = postingInput(slug, `CMS Hostile ${PAYLOADS[0]}`);
  const en = posting.content.en;
  posting.content.en = { ...en, about: HOSTILE, role: HOSTILE, additionalInfo: HOSTILE, missions: PAYLOADS, profile: PAYLOADS, benefits: PAYLOADS };
  const target = await ensureDraft(); // any target: create ignores it
  const shape = actionShapes(create, target, { argument: { posting } })[0]!;
  const result = actionResult(await (await postShape(admin.context().request, actionUrl(create, target), shape)).text()) as { ok: boolean; id?: string; fieldErrors?: unknown };
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  for (const path of [`/admin/postings/${result.id}/preview`, `/admin/postings/${result.id}`]) {
    await admin.goto(path);
    await admin.waitForLoadState("networkidle");
    await expectInert(admin, path);
  }
  // The editor's live markdown preview renders the same text as the user types it.
  await admin.getByLabel("The role", { exact: true }).fill(`${HOSTILE}\n\n${PAYLOADS.join("\n\n")}`);
  await admin.waitForTimeout(500);
  await expectInert(admin, "editor live preview");
  await admin.context().close();
  expect(dialogs).toEqual([]);
});

for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "%2F%2Fevil.example", "https:evil.example", "/admin/../\\evil.example", "\\\\evil.example"]) {
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
