import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { actionNamed, actionResult, actionShapes, actionUrl, databaseSnapshot, ensureDraft, postShape, postingInput, signInAsAdmin, type Target } from "./support";

// Attacks that need a signed-in admin's browser (issue 7): cross-site server
// actions (Origin evil / null), mass assignment over HTTP, open redirects,
// hostile admin filters, admin response headers. First, the control: the very
// requests the anonymous attacks send DO work with a session, so their refusal
// in http-attacks.spec.ts is the guard's doing, not a malformed request's.

const postingStatus = (id: string) => withE2eDatabase(async (prisma) => (await prisma.posting.findUniqueOrThrow({ where: { id } })).status);

function submitForReview(request: APIRequestContext, target: Target, headers: Record<string, string> = {}) {
  const action = actionNamed("submitForReviewAction");
  const shape = actionShapes(action, target)[0]!; // fetch, JSON argument: { id, version }
  return postShape(request, actionUrl(action, target), shape, headers);
}

test("control: with an admin session the attack requests' shapes (JSON, FormData, no-JS form) reach the actions and change state", async ({ browser }) => {
  const admin = await signInAsAdmin(browser, "198.51.100.21");
  const request = admin.context().request;
  const draft = await ensureDraft(`control-draft-${Date.now().toString(36)}`, "Control Draft");
  const response = await submitForReview(request, draft);
  expect(actionResult(await response.text())).toMatchObject({ ok: true });
  expect(await postingStatus(draft.id)).toBe("IN_REVIEW");

  const createUser = actionNamed("createUserAction");
  const email = `control-${Date.now().toString(36)}@example.com`;
  const fields = { email, name: "Control User", role: "RECRUITER", passwordMode: "generate" };
  const form = actionShapes(createUser, draft, { fields }).find((shape) => shape.name === "fetch, FormData argument")!;
  const created = await postShape(request, actionUrl(createUser, draft), form);
  expect(created.status()).toBe(200);
  expect(await withE2eDatabase((prisma) => prisma.user.count({ where: { email } }))).toBe(1);

  const noJsEmail = `control-nojs-${Date.now().toString(36)}@example.com`;
  const noJs = actionShapes(createUser, draft, { fields: { ...fields, email: noJsEmail } }).find((shape) => shape.name === "no-JS useActionState form post")!;
  expect((await postShape(request, actionUrl(createUser, draft), noJs)).status()).toBeLessThan(400);
  expect(await withE2eDatabase((prisma) => prisma.user.count({ where: { email: noJsEmail } }))).toBe(1);
  await admin.context().close();
});

for (const origin of ["https://evil.example", "null", "http://localhost.evil.example", `${BASE_URL}.evil.example`]) {
  test(`a server action with Origin: ${origin} and a valid session is refused and changes nothing`, async ({ browser }) => {
    const admin = await signInAsAdmin(browser, `198.51.100.${22 + origin.length % 50}`);
    const request = admin.context().request;
    const draft = await ensureDraft(`origin-draft-${Date.now().toString(36)}`, "Origin Draft");
    const signOuts = () => withE2eDatabase((prisma) => prisma.auditEvent.count({ where: { action: "auth.sign_out" } }));
    const before = { snapshot: await databaseSnapshot(), signOuts: await signOuts() };

    const refused = await submitForReview(request, draft, { Origin: origin });
    expect(refused.ok(), `submit for review → ${refused.status()}`).toBe(false);
    const signOut = await request.post("/admin/postings", {
      headers: { "Next-Action": actionNamed("signOutAction").id, "Content-Type": "text/plain;charset=UTF-8", Origin: origin, Accept: "text/x-component" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(signOut.ok(), `sign out → ${signOut.status()}`).toBe(false);
    expect({ snapshot: await databaseSnapshot(), signOuts: await signOuts() }).toEqual(before);

    // Still signed in, and the same request from the site itself goes through.
    await admin.goto("/admin/postings");
    await expect(admin.getByRole("heading", { name: "Postings", level: 1 })).toBeVisible();
    expect(actionResult(await (await submitForReview(request, draft)).text())).toMatchObject({ ok: true });
    await admin.context().close();
  });
}

test("mass assignment over HTTP: status, authorId, id and version sent with a create or a save are refused and nothing is written", async ({ browser }) => {
  const admin = await signInAsAdmin(browser, "198.51.100.24");
  const request = admin.context().request;
  const draft = await ensureDraft(`mass-draft-${Date.now().toString(36)}`, "Mass Draft");
  const adminId = await withE2eDatabase(async (prisma) => (await prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } })).id);
  const smuggled = { status: "PUBLISHED", authorId: adminId, id: draft.id, version: 42, publishedAt: "2020-01-01T00:00:00Z" };
  const create = actionNamed("createPostingAction");
  const save = actionNamed("savePostingAction");
  const attempts: [typeof create, unknown][] = [
    [create, { posting: postingInput("mass-create-1"), ...smuggled }],
    [create, { posting: { ...postingInput("mass-create-2"), ...smuggled } }],
    [save, { id: draft.id, version: draft.version, posting: postingInput(draft.slug, "Mass Saved"), status: "PUBLISHED", authorId: adminId, publishedAt: "2020-01-01T00:00:00Z" }],
    [save, { id: draft.id, version: draft.version, posting: { ...postingInput(draft.slug, "Mass Saved"), ...smuggled } }],
  ];
  const before = await databaseSnapshot();
  for (const [action, argument] of attempts) {
    const shape = actionShapes(action, draft, { argument })[0]!;
    const response = await postShape(request, actionUrl(action, draft), shape);
    expect(response.status()).toBeLessThan(500);
    expect(actionResult(await response.text()), `${action.exportedName} ${JSON.stringify(argument).slice(0, 80)}`).toMatchObject({ ok: false });
  }
  expect(await databaseSnapshot()).toEqual(before);
  await admin.context().close();
});

test("hostile admin filters answer 200 or 400, never 500, and admin responses are no-store with the security headers", async ({ browser }) => {
  const admin = await signInAsAdmin(browser, "198.51.100.25");
  const request = admin.context().request;
  const before = await databaseSnapshot();
  for (const query of ["q=' OR 1=1--", "q=%FF%FE", "q=%E0%A4%A", "status=PUBLISHED&status=<script>", "team=../../etc", "page=99999999999999999999", "page=-5", "sort=id;DROP TABLE postings", `q=${"x".repeat(5000)}`, "q[]=1"]) {
    const response = await request.get(`/admin/postings?${query}`, { maxRedirects: 0 });
    expect([200, 400], `${query.slice(0, 40)} → ${response.status()}`).toContain(response.status());
  }
  for (const path of ["/admin/postings", "/admin/users", "/admin/audit", "/admin/account", "/admin/indexing", "/admin/postings/new"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), path).toBe(200);
    expect(headers["cache-control"], path).toMatch(/no-store/);
    expect(headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  expect(await databaseSnapshot()).toEqual(before);
  await admin.context().close();
});

test("open redirects for a signed-in user: the login page's callbackUrl and Auth.js's sign-out callbackUrl stay on the site", async ({ browser }) => {
  const admin = await signInAsAdmin(browser, "198.51.100.26");
  for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "https:evil.example", "/%2F%2Fevil.example"]) {
    await admin.goto(`/admin/login?callbackUrl=${encodeURIComponent(target)}`);
    expect(new URL(admin.url()).origin, target).toBe(BASE_URL);
  }
  const request = admin.context().request;
  const signIn = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent("https://evil.example")}`, { maxRedirects: 0 });
  expect(new URL(signIn.headers()["location"] ?? "/", BASE_URL).origin).toBe(BASE_URL);
  expect(signIn.headers()["location"]).not.toContain("evil.example");
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "https://evil.example" },
    headers: { Origin: BASE_URL },
    maxRedirects: 0,
  });
  expect([302, 303, 307]).toContain(signOut.status());
  expect(new URL(signOut.headers()["location"] ?? "", BASE_URL).origin).toBe(BASE_URL);
  await admin.context().close();
});

test("10 concurrent state changes of one posting through the real server action: exactly one succeeds, one audit row", async ({ browser }) => {
  const admin = await signInAsAdmin(browser, "198.51.100.27");
  const request = admin.context().request;
  const draft = await ensureDraft(`race-draft-${Date.now().toString(36)}`, "Race Draft");
  const responses = await Promise.all(Array.from({ length: 10 }, () => submitForReview(request, draft)));
  const results = await Promise.all(responses.map(async (response) => ({ status: response.status(), result: actionResult(await response.text()) as { ok: boolean } })));
  expect(results.map((item) => item.status).filter((status) => status >= 500)).toEqual([]);
  expect(results.filter((item) => item.result?.ok)).toHaveLength(1);
  const { status, version, audits, revisions } = await withE2eDatabase(async (prisma) => ({
    ...(await prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, version: true } })),
    audits: await prisma.auditEvent.count({ where: { entityId: draft.id, action: "posting.submitForReview" } }),
    revisions: await prisma.postingRevision.count({ where: { postingId: draft.id } }),
  }));
  expect({ status, version, audits, revisions }).toEqual({ status: "IN_REVIEW", version: draft.version + 1, audits: 1, revisions: 2 });
  await admin.context().close();
});
