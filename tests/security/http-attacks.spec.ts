import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL, E2E_PORT } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { actionNamed, actionShapes, actionUrl, databaseSnapshot, ensureDraft, expectNoLeak, leakMarkers, postShape, serverActions, type Target } from "./support";

// Attacks over HTTP without a valid session, against the production build
// (issue 7). Each one asserts the response AND that the database did not change.

let target: Target;
let markers: (string | RegExp)[];

test.beforeAll(async () => {
  target = await ensureDraft();
  markers = await leakMarkers();
});

const ADMIN_PAGES = ["/admin", "/admin/postings", "/admin/postings/new", "/admin/postings/ID", "/admin/postings/ID/preview", "/admin/postings/ID/revisions", "/admin/users", "/admin/account", "/admin/audit", "/admin/indexing"];

type Variant = { name: string; path: (page: string) => string; headers?: Record<string, string> };
const VARIANTS: Variant[] = [
  { name: "plain", path: (page) => page },
  { name: "trailing slash", path: (page) => `${page}/` },
  { name: "doubled slash //admin", path: (page) => `/${page}` },
  { name: ".rsc suffix", path: (page) => `${page}.rsc` },
  { name: ".prefetch.rsc suffix", path: (page) => `${page}.prefetch.rsc` },
  { name: "RSC: 1", path: (page) => page, headers: { RSC: "1" } },
  { name: "RSC: 1 with ?_rsc", path: (page) => `${page}?_rsc`, headers: { RSC: "1" } },
  { name: "Next-Router-Prefetch: 1", path: (page) => page, headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
  { name: "Next-Router-Segment-Prefetch", path: (page) => page, headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" } },
  { name: "x-middleware-subrequest: middleware", path: (page) => page, headers: { "x-middleware-subrequest": "middleware" } },
  { name: "x-middleware-subrequest: proxy", path: (page) => page, headers: { "x-middleware-subrequest": "proxy" } },
  { name: "x-middleware-subrequest: src/middleware", path: (page) => page, headers: { "x-middleware-subrequest": "src/middleware" } },
  { name: "x-middleware-subrequest: src/proxy", path: (page) => page, headers: { "x-middleware-subrequest": "src/proxy" } },
  { name: "x-middleware-subrequest repeated 5×", path: (page) => page, headers: { "x-middleware-subrequest": Array(5).fill("middleware").join(":") } },
  { name: "x-middleware-subrequest proxy repeated 5×", path: (page) => page, headers: { "x-middleware-subrequest": Array(5).fill("proxy").join(":") } },
  { name: "upper case /ADMIN", path: (page) => page.replace("/admin", "/ADMIN") },
  { name: "mixed case /Admin/…", path: (page) => page.replace(/\/([a-z])/g, (_, letter: string) => `/${letter.toUpperCase()}`) },
  { name: "percent-encoded /%61dmin", path: (page) => page.replace("/admin", "/%61dmin") },
  { name: "double-encoded /%2561dmin", path: (page) => page.replace("/admin", "/%2561dmin") },
  { name: "encoded slash /admin%2f…", path: (page) => page.replace("/admin/", "/admin%2f") },
  { name: "dot segment /admin/./…", path: (page) => page.replace("/admin", "/admin/.") },
  { name: "forged x-admin-path", path: (page) => page, headers: { "x-admin-path": "https://evil.example" } },
  { name: "x-forwarded-host and x-forwarded-proto", path: (page) => page, headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } },
];

const SESSIONS: { name: string; cookie?: string }[] = [
  { name: "no cookie" },
  // Gets past the proxy (it only looks for the cookie): the page's own guard must refuse.
  { name: "forged session cookie", cookie: "authjs.session-token=forged.token.value" },
  { name: "forged secure session cookie", cookie: "__Secure-authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z" },
];

/**
 * Requests path, following redirects that stay under /admin on this site (an
 * HTTP redirect, or the redirect a page streams from its shell), and returns
 * how it ended: at the login page or 404. Admin content on the way fails.
 */
async function adminOutcome(request: APIRequestContext, path: string, headers: Record<string, string>, label: string): Promise<string> {
  let url = path;
  for (let hop = 0; hop < 5; hop++) {
    // Absolute, so that a path starting with // is not read as another host.
    const response = await request.get(`${BASE_URL}${url}`, { headers, maxRedirects: 0 });
    const status = response.status();
    const body = await response.text();
    const where = `${label}: ${url} → ${status}`;
    expectNoLeak(body, markers, where);
    if (status === 404) return "404";
    let next: URL;
    if (status === 307 || status === 308) {
      next = new URL(response.headers()["location"] ?? "", BASE_URL);
    } else {
      expect(status, where).toBe(200);
      // A prefetch gets the route's static shell and tree (the guarded parts are postponed): no data, checked above.
      if (headers["Next-Router-Prefetch"] && !body.includes("NEXT_REDIRECT")) return "static prefetch shell";
      // A page past the proxy answers with its static shell and streams a redirect (the guard's or its own).
      const streamed = /NEXT_REDIRECT;(?:replace|push);([^;]+);30[78]/.exec(body);
      expect(streamed, `${where} without a redirect`).not.toBeNull();
      next = new URL(streamed![1]!, BASE_URL);
    }
    expect(next.origin, where).toBe(BASE_URL);
    if (next.pathname === "/admin/login") return status === 200 ? "streamed redirect to login" : "login";
    expect(next.pathname.toLowerCase().replace(/%61/g, "a"), where).toMatch(/^\/+admin(\/|$|\.)/);
    url = next.pathname + next.search;
  }
  throw new Error(`${label}: ${path} redirects in a loop`);
}

test.describe("admin routes without a valid session", () => {
  for (const variant of VARIANTS) {
    test(`${variant.name}: redirected to the login page or 404, never admin content, nothing written`, async ({ request }) => {
      const before = await databaseSnapshot();
      const outcomes = new Set<string>();
      for (const session of SESSIONS) {
        for (const page of ADMIN_PAGES) {
          const headers = { ...variant.headers, ...(session.cookie ? { Cookie: session.cookie } : {}) };
          outcomes.add(await adminOutcome(request, variant.path(page.replace("ID", target.id)), headers, `${variant.name}, ${session.name}`));
        }
      }
      expect(await databaseSnapshot()).toEqual(before);
      test.info().annotations.push({ type: "outcomes", description: [...outcomes].join(", ") });
    });
  }

  test("route handlers with a forged session: the auth session endpoint says nobody, the internal tick and warm-up are not found", async ({ request }) => {
    const before = await databaseSnapshot();
    const session = await request.get("/api/auth/session", { headers: { Cookie: "authjs.session-token=forged.token.value" } });
    expect(session.status()).toBe(200);
    expect(await session.json()).toBeNull();
    for (const path of ["/api/internal/tick", "/api/internal/warm-up"]) {
      for (const token of [undefined, "x", "Bearer x"]) {
        const response = await request.post(path, { headers: token ? { Authorization: token, "x-internal-token": token } : {} });
        expect(response.status(), `${path} ${token}`).toBe(404);
        // No draft-mode cookie for outsiders: it would let them bypass every cache.
        expect(response.headers()["set-cookie"] ?? "", path).not.toContain("__prerender_bypass");
      }
    }
    expect(await databaseSnapshot()).toEqual(before);
  });
});

test("every server action in the build's manifest, called every way a browser can without a valid session, changes nothing and leaks nothing", async ({ request }) => {
  test.setTimeout(120_000);
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(20);
  for (const name of ["createPostingAction", "publishPostingAction", "createUserAction", "changeRoleAction", "restoreRevisionAction", "signInAction"]) {
    expect(actions.map((action) => action.exportedName)).toContain(name);
  }
  const before = await databaseSnapshot();
  const outcomes: string[] = [];
  for (const action of actions) {
    for (const shape of actionShapes(action, target)) {
      for (const session of SESSIONS) {
        const response = await postShape(request, actionUrl(action, target), shape, session.cookie ? { Cookie: session.cookie } : {});
        const label = `${action.filename} ${action.exportedName} (${shape.name}, ${session.name}) → ${response.status()}`;
        outcomes.push(label);
        expect(response.status(), label).toBeLessThan(500);
        expectNoLeak(await response.text(), markers, label);
      }
    }
  }
  expect(await databaseSnapshot()).toEqual(before);
  test.info().annotations.push({ type: "outcomes", description: outcomes.join("\n") });
});

test("junk Next-Action headers are answered fast with a client error", async ({ request }) => {
  const create = actionNamed("createPostingAction");
  for (const junk of ["x", "0".repeat(42), "f".repeat(42), `${create.id}0`, create.id.toUpperCase(), "../../etc/passwd", "%00", "a".repeat(4096), "$$RSC_SERVER_CACHE_0"]) {
    for (const url of ["/", "/admin/postings/new", "/jobs/accountant-apprentice"]) {
      const started = Date.now();
      const response = await request.post(url, {
        headers: { "Next-Action": junk, "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Accept: "text/x-component" },
        data: "[]",
        maxRedirects: 0,
      });
      const label = `${junk.slice(0, 20)} at ${url} → ${response.status()}`;
      if (url.startsWith("/admin")) expect([307, 404], label).toContain(response.status());
      else expect(response.status(), label).toBeGreaterThanOrEqual(400);
      expect(response.status(), label).toBeLessThan(500);
      expect(Date.now() - started, label).toBeLessThan(1_000);
    }
  }
});

test("listing filters with injection, repeated keys, huge pages and invalid percent-escapes answer 200 or 400, never 500", async ({ request }) => {
  const queries = [
    "q=' OR 1=1--",
    "q=%27%3B%20DROP%20TABLE%20postings%3B--",
    "q=%5C%27%29%29%3B%20SELECT%20pg_sleep(5)%3B--",
    "q=$1&q=$2",
    "city=Paris&city=Bordeaux&city=<script>",
    "team=technology&team=../../admin&contract=STAGE&contract=CDI&remote=HYBRID&remote=x&language=en&language=fr&startMonth=2026-01&startMonth=x",
    "page=99999999999999999999999",
    "page=1e309",
    "page=-1&page=abc",
    "page=0x10",
    "q=%E0%A4%A",
    "q=%FF%FE%FD",
    "q=%C0%AF%C0%AE",
    "q=%ED%A0%80",
    "city=%E9",
    "q=%",
    "q=%%30%30",
    "contract=STAGE%00",
    "q=%00%00",
    `q=${"a".repeat(5000)}`,
    `city=${"x".repeat(5000)}`,
    "startMonth=2026-13&language=xx&remote=MARS",
    "q[]=x&q[$ne]=y",
  ];
  const before = await databaseSnapshot();
  for (const query of queries) {
    for (const path of ["/jobs", "/feeds/jobs.rss", "/feeds/jobs.json"]) {
      const response = await request.get(`${path}?${query}`);
      expect([200, 400], `${path}?${query.slice(0, 60)} → ${response.status()}`).toContain(response.status());
    }
  }
  const started = Date.now();
  expect((await request.get("/jobs?q=%5C%27%29%29%3B%20SELECT%20pg_sleep(5)%3B--")).status()).toBeLessThan(500);
  expect(Date.now() - started).toBeLessThan(4_000);
  expect(await databaseSnapshot()).toEqual(before);
});

/** A request whose body is sent chunked, with no Content-Length (what a proxy's length check cannot see). */
function postChunked(path: string, headers: Record<string, string>, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "localhost", port: E2E_PORT, path, method: "POST", headers: { ...headers, "Transfer-Encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(413) : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "x");
    for (let sent = 0; sent < bytes; sent += chunk.length) request.write(chunk);
    request.end();
  });
}

test.describe("a 2 MB body is refused with 413", () => {
  const TWO_MB = 2 * 1024 * 1024;
  const actionHeaders = () => ({ "Next-Action": actionNamed("createPostingAction").id, "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Cookie: "authjs.session-token=forged" });

  test("to a server action and to route handlers, with a Content-Length", async ({ request }) => {
    const before = await databaseSnapshot();
    const cases: [string, Record<string, string>][] = [
      ["/admin/postings/new", actionHeaders()],
      ["/jobs/accountant-apprentice", actionHeaders()],
      ["/jobs?city=Paris", actionHeaders()],
      ["/api/auth/callback/credentials", { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE_URL }],
      ["/api/internal/tick", { "Content-Type": "application/json" }],
      ["/admin/login", { "Content-Type": "multipart/form-data; boundary=x", Origin: BASE_URL }],
    ];
    for (const [path, headers] of cases) {
      const response = await request.post(path, { headers, data: "x".repeat(TWO_MB), maxRedirects: 0 });
      expect(response.status(), path).toBe(413);
    }
    expect(await databaseSnapshot()).toEqual(before);
  });

  // Plain /jobs is rewritten by next.config.ts; proxy.ts's matcher still takes it when it carries a Next-Action
  // header or a multipart body, so the 1 MB check runs there too.
  test("to a server action on plain /jobs (rewritten before the proxy)", async ({ request }) => {
    const response = await request.post("/jobs", { headers: actionHeaders(), data: "x".repeat(TWO_MB), maxRedirects: 0 });
    expect(response.status()).toBe(413);
  });

  // A POST without a Content-Length is measured by the proxy itself (readBody in proxy.ts).
  test("sent chunked, without a Content-Length, to a server action and to a route handler", async () => {
    const before = await databaseSnapshot();
    expect(await postChunked("/admin/postings/new", actionHeaders(), TWO_MB)).toBe(413);
    expect(await postChunked("/api/auth/callback/credentials", { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE_URL }, TWO_MB)).toBe(413);
    expect(await databaseSnapshot()).toEqual(before);
  });

  test("sent chunked: never a 5xx that could hide a crash, nothing written", async () => {
    const before = await databaseSnapshot();
    for (const path of ["/api/auth/callback/credentials", "/api/internal/tick", "/feeds/jobs.rss"]) {
      const status = await postChunked(path, { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE_URL }, TWO_MB);
      expect(status, path).toBeLessThan(500);
    }
    expect(await databaseSnapshot()).toEqual(before);
  });
});

/** A GET sent with its path exactly as written (clients resolve %2e%2e and ./ themselves otherwise). */
function getRaw(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "localhost", port: E2E_PORT, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => void (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

test("slug traversal answers 404", async () => {
  const attempts = [
    "/jobs/..%2f..%2fadmin",
    "/jobs/%2e%2e%2f",
    "/jobs/%2e%2e%2f%2e%2e%2fadmin",
    "/jobs/..%252f..%252fadmin",
    "/jobs/..%5c..%5cadmin",
    "/jobs/%c0%ae%c0%ae%2fadmin",
    "/jobs/accountant-apprentice%2f..%2f..%2fadmin%2fusers",
    "/jobs/..%2f..%2fapi%2fhealth",
    "/jobs/....%2f%2fadmin",
    "/fr/jobs/..%2fadmin",
    "/fr/jobs/%2e%2e%2f%2e%2e%2fadmin",
    "/jobs/%00",
    "/jobs/%ff",
  ];
  for (const attempt of attempts) {
    const response = await getRaw(attempt);
    expect([404, 400], `${attempt} → ${response.status}`).toContain(response.status);
    expectNoLeak(response.body, markers, attempt);
  }
  // Whole dot segments are plain URL syntax (/jobs/.. is /): never an admin page.
  for (const attempt of ["/jobs/%2e%2e", "/jobs/../admin/users", "/jobs/%2e%2e/admin/users"]) {
    const response = await getRaw(attempt);
    expect(response.status, attempt).toBeLessThan(500);
    expectNoLeak(response.body, markers, attempt);
    if (attempt.includes("admin")) expect([307, 404], `${attempt} → ${response.status}`).toContain(response.status);
  }
});

test("the image optimizer refuses internal and foreign addresses", async ({ request }) => {
  const targets = [
    `http://127.0.0.1:${E2E_PORT}/api/health`,
    `http://localhost:${E2E_PORT}/logo.png`,
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "http://0.0.0.0/",
    "http://2130706433/",
    "http://0x7f.0.0.1/",
    "//169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "https://evil.example/x.png",
    "file:///etc/passwd",
    "/api/health",
    "/api/auth/session",
    "/feeds/jobs.rss",
  ];
  for (const address of targets) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(address)}&w=64&q=75`);
    expect(response.status(), address).toBeGreaterThanOrEqual(400);
    expect(response.status(), address).toBeLessThan(500);
    expectNoLeak(await response.text(), markers, address);
  }
});

// The site uses no next/image: the optimizer is off (next.config.ts images.unoptimized), so a local path that
// redirects (every admin page without a session), which once made it answer 500, gets a 4xx like any other.
test("the image optimizer refuses local paths that are not images with a 4xx", async ({ request }) => {
  for (const address of ["/admin/users", "/admin", "/icon.svg", "/apple-icon.png"]) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(address)}&w=64&q=75`);
    expect(response.status(), address).toBeGreaterThanOrEqual(400);
    expect(response.status(), address).toBeLessThan(500);
  }
});

test("an inbound Content-Security-Policy header is not reflected", async ({ request }) => {
  for (const path of ["/jobs", "/", "/jobs/accountant-apprentice", "/admin/login"]) {
    const response = await request.get(path, {
      headers: { "Content-Security-Policy": "script-src * 'unsafe-eval'", "Content-Security-Policy-Report-Only": "script-src *", "X-Frame-Options": "ALLOWALL" },
    });
    const headers = response.headersArray();
    const csp = headers.filter((header) => header.name.toLowerCase() === "content-security-policy");
    expect(csp, path).toHaveLength(1);
    expect(csp[0]?.value, path).not.toMatch(/unsafe-eval|script-src \*/);
    expect(csp[0]?.value, path).toContain("default-src 'self'");
    expect(headers.some((header) => header.name.toLowerCase() === "content-security-policy-report-only"), path).toBe(false);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("security headers on every HTML response: pages, 410, 404, admin login", async ({ request }) => {
  const closed = await withE2eDatabase(async (prisma) => (await prisma.posting.findFirst({ where: { status: { in: ["UNPUBLISHED", "ARCHIVED", "EXPIRED"] }, firstPublishedAt: { not: null } }, select: { slug: true } }))?.slug);
  const paths = ["/", "/jobs", "/jobs?city=Paris", "/fr/jobs", "/jobs/accountant-apprentice", "/fr/jobs/accountant-apprentice", "/accessibility", "/no-such-page", "/jobs/no-such-role", "/admin/login", ...(closed ? [`/jobs/${closed}`] : [])];
  const statuses: string[] = [];
  for (const pathname of paths) {
    const response = await request.get(pathname, { maxRedirects: 0 });
    const headers = response.headers();
    statuses.push(`${pathname} ${response.status()}`);
    expect(headers["content-type"], pathname).toContain("text/html");
    expect(headers["content-security-policy"], pathname).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"], pathname).toMatch(/object-src 'none'/);
    expect(headers["content-security-policy"], pathname).toMatch(/base-uri 'self'/);
    expect(headers["strict-transport-security"], pathname).toMatch(/max-age=\d{7,}/);
    expect(headers["x-content-type-options"], pathname).toBe("nosniff");
    expect(headers["x-frame-options"], pathname).toBe("DENY");
    expect(headers["referrer-policy"], pathname).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], pathname).toBeUndefined();
  }
  expect(statuses).toEqual(expect.arrayContaining(["/no-such-page 404", "/jobs/no-such-role 404", "/admin/login 200", "/jobs/accountant-apprentice 200"]));
  if (closed) expect(statuses).toContain(`/jobs/${closed} 410`);
  test.info().annotations.push({ type: "statuses", description: statuses.join(", ") });
});
