import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL, E2E_DIST_DIR } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";

// Attacks over HTTP against the production build (issue 7). Each one asserts
// the response AND that the database did not change.

async function databaseSnapshot() {
  return withE2eDatabase(async (prisma) => {
    const [postings, revisions, users, redirects, audit] = await Promise.all([
      prisma.posting.findMany({ select: { id: true, slug: true, status: true, version: true, authorId: true }, orderBy: { id: "asc" } }),
      prisma.postingRevision.count(),
      prisma.user.findMany({ select: { id: true, email: true, role: true, disabledAt: true, passwordHash: true }, orderBy: { id: "asc" } }),
      prisma.postingSlugRedirect.count(),
      prisma.auditEvent.count({ where: { NOT: { action: { startsWith: "auth." } } } }),
    ]);
    return { postings, revisions, users, redirects, audit };
  });
}

async function aPostingId(): Promise<string> {
  return withE2eDatabase(async (prisma) => (await prisma.posting.findFirstOrThrow({ select: { id: true } })).id);
}

const ADMIN_PAGES = ["/admin", "/admin/postings", "/admin/postings/new", "/admin/postings/ID", "/admin/postings/ID/preview", "/admin/postings/ID/revisions", "/admin/users", "/admin/account", "/admin/audit", "/admin/indexing"];
const ADMIN_MARKERS = [/Sign out/, /New posting/i, /Audit log<\/h1>/, /Search engine notifications<\/h1>/, /admin@example\.com/];

function expectNoAdminContent(body: string, label: string) {
  for (const marker of ADMIN_MARKERS) expect(body, `${label} leaks ${marker}`).not.toMatch(marker);
}

test.describe("admin routes without a session", () => {
  const VARIANTS: { name: string; path: (page: string) => string; headers?: Record<string, string> }[] = [
    { name: "plain", path: (page) => page },
    { name: ".rsc suffix", path: (page) => `${page}.rsc` },
    { name: "RSC: 1", path: (page) => page, headers: { RSC: "1" } },
    { name: "Next-Router-Prefetch: 1", path: (page) => page, headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
    { name: "x-middleware-subrequest: middleware", path: (page) => page, headers: { "x-middleware-subrequest": "middleware" } },
    { name: "x-middleware-subrequest: proxy", path: (page) => page, headers: { "x-middleware-subrequest": "proxy" } },
    { name: "x-middleware-subrequest: src/middleware", path: (page) => page, headers: { "x-middleware-subrequest": "src/middleware" } },
    { name: "x-middleware-subrequest repeated 5×", path: (page) => page, headers: { "x-middleware-subrequest": Array(5).fill("middleware").join(":") } },
    { name: "upper case /ADMIN", path: (page) => page.replace("/admin", "/ADMIN") },
    { name: "percent-encoded /%61dmin", path: (page) => page.replace("/admin", "/%61dmin") },
    { name: "forged x-admin-path", path: (page) => page, headers: { "x-admin-path": "https://evil.example" } },
  ];
  for (const variant of VARIANTS) {
    test(`${variant.name}: redirected to the login page or 404, never admin content, nothing written`, async ({ request }) => {
      const id = await aPostingId();
      const before = await databaseSnapshot();
      for (const page of ADMIN_PAGES) {
        const url = variant.path(page.replace("ID", id));
        const response = await request.get(url, { headers: variant.headers, maxRedirects: 0 });
        const status = response.status();
        const label = `${variant.name} ${url} → ${status}`;
        expect([307, 308, 404], label).toContain(status);
        if (status === 307 || status === 308) {
          const location = new URL(response.headers()["location"] ?? "", BASE_URL);
          expect(location.origin, label).toBe(BASE_URL);
          expect(location.pathname.toLowerCase(), label).toMatch(/^\/admin\/login$|^\/admin$/);
        }
        expectNoAdminContent(await response.text(), label);
      }
      expect(await databaseSnapshot()).toEqual(before);
    });
  }
});

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

function serverActions(): { id: string; name: string; page: string | null }[] {
  const manifest = JSON.parse(readFileSync(path.join(E2E_DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((name) => name.endsWith("/page")) ?? null;
    const page = worker ? `/${worker.replace(/^app\//, "").replace(/\/page$/, "").replace(/\([^)]*\)\/?/g, "")}` : null;
    return { id, name: `${entry.filename} ${entry.exportedName}`, page };
  });
}

async function postAction(request: APIRequestContext, url: string, actionId: string, headers: Record<string, string> = {}) {
  return request.post(url, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Accept: "text/x-component", ...headers },
    data: JSON.stringify(["$K1", { id: "00000000-0000-0000-0000-000000000000", version: 1, role: "ADMIN", status: "PUBLISHED" }]),
    maxRedirects: 0,
  });
}

test("every server action in the build's manifest, POSTed without a valid session, changes nothing", async ({ request }) => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(10);
  const id = await aPostingId();
  const before = await databaseSnapshot();
  const outcomes: string[] = [];
  for (const action of actions) {
    const url = (action.page ?? "/").replace("[id]", id).replace("[slug]", "accountant-apprentice").replace("[view]", "all") || "/";
    for (const cookie of [undefined, "authjs.session-token=forged.token.value"]) {
      const response = await postAction(request, url, action.id, cookie ? { Cookie: cookie } : {});
      const body = await response.text();
      outcomes.push(`${response.status()} ${action.name}${cookie ? " (forged cookie)" : ""}`);
      expect(response.status(), `${action.name} at ${url}`).toBeLessThan(500);
      expectNoAdminContent(body, action.name);
    }
  }
  expect(await databaseSnapshot()).toEqual(before);
  test.info().annotations.push({ type: "outcomes", description: outcomes.join("\n") });
});

test("junk Next-Action headers are answered fast with a client error", async ({ request }) => {
  for (const junk of ["x", "0".repeat(42), "../../etc/passwd", "%00", "a".repeat(4096)]) {
    const started = Date.now();
    const response = await postAction(request, "/", junk);
    expect(response.status(), junk.slice(0, 20)).toBeGreaterThanOrEqual(400);
    expect(response.status(), junk.slice(0, 20)).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(1_000);
  }
});

test("listing filters with injection, repeated keys, huge pages and bad escapes answer 200 or 400, never 500", async ({ request }) => {
  const queries = [
    "q=' OR 1=1--",
    "q=%27%3B%20DROP%20TABLE%20postings%3B--",
    "city=Paris&city=Bordeaux&city=<script>",
    "page=99999999999999999999999",
    "page=-1&page=abc",
    "q=%E0%A4%A",
    "contract=STAGE%00",
    `q=${"a".repeat(5000)}`,
    "startMonth=2026-13&language=xx&remote=MARS",
  ];
  for (const query of queries) {
    const response = await request.get(`/jobs?${query}`);
    expect([200, 400], query.slice(0, 40)).toContain(response.status());
    for (const feed of ["/feeds/jobs.rss", "/feeds/jobs.json"]) expect([200, 400], `${feed}?${query.slice(0, 40)}`).toContain((await request.get(`${feed}?${query}`)).status());
  }
});

test("a 2 MB body to a server action is refused with 413", async ({ request }) => {
  const before = await databaseSnapshot();
  const action = serverActions().find((entry) => entry.name.includes("createPostingAction"));
  expect(action).toBeTruthy();
  const response = await request.post(action?.page ?? "/admin/postings/new", {
    headers: { "Next-Action": action?.id ?? "", "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Cookie: "authjs.session-token=forged" },
    data: "x".repeat(2 * 1024 * 1024),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await databaseSnapshot()).toEqual(before);
});

test("slug traversal answers 404", async ({ request }) => {
  for (const attempt of ["/jobs/..%2f..%2fadmin", "/jobs/%2e%2e%2f%2e%2e%2fadmin", "/jobs/..%5c..%5cadmin", "/fr/jobs/..%2fadmin"]) {
    const response = await request.get(attempt, { maxRedirects: 0 });
    expect([404, 400], attempt).toContain(response.status());
    expectNoAdminContent(await response.text(), attempt);
  }
});

test("the image optimizer refuses internal addresses", async ({ request }) => {
  for (const target of ["http://127.0.0.1:3100/api/health", "http://169.254.169.254/latest/meta-data/", "http://localhost/logo.png", "file:///etc/passwd"]) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(target)}&w=64&q=75`);
    expect(response.status(), target).toBeGreaterThanOrEqual(400);
    expect(response.status(), target).toBeLessThan(500);
  }
});

test("an inbound Content-Security-Policy header is not reflected", async ({ request }) => {
  const response = await request.get("/jobs", { headers: { "Content-Security-Policy": "script-src * 'unsafe-eval'" } });
  expect(response.headers()["content-security-policy"]).not.toContain("unsafe-eval");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
});

test("security headers on every HTML response: pages, 410, 404, admin login", async ({ request }) => {
  const closed = await withE2eDatabase(async (prisma) => (await prisma.posting.findFirst({ where: { status: { in: ["UNPUBLISHED", "ARCHIVED", "EXPIRED"] }, firstPublishedAt: { not: null } }, select: { slug: true } }))?.slug);
  const paths = ["/", "/jobs", "/jobs?city=Paris", "/jobs/accountant-apprentice", "/fr/jobs/accountant-apprentice", "/no-such-page", "/jobs/no-such-role", "/admin/login", ...(closed ? [`/jobs/${closed}`] : [])];
  for (const pathname of paths) {
    const response = await request.get(pathname, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-type"], pathname).toContain("text/html");
    expect(headers["content-security-policy"], pathname).toMatch(/frame-ancestors 'none'/);
    expect(headers["strict-transport-security"], pathname).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"], pathname).toBe("nosniff");
    expect(headers["x-frame-options"], pathname).toBe("DENY");
    expect(headers["referrer-policy"], pathname).toBeTruthy();
    expect(headers["x-powered-by"], pathname).toBeUndefined();
  }
});
