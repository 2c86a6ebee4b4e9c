import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { actionNamed, actionResult, actionShapes, actionUrl, postShape, type Target } from "./support";

// Revocable sessions (issue items 3 and 4), over HTTP against the real server.
// Each test signs a user in through Auth.js's own credentials endpoint, saves
// the session cookie, proves that cookie opens /admin and reaches a server
// action (the control), then does one event — sign-out, own password change,
// role change, disable, disable + re-enable, "sign out everywhere" — and
// replays the SAVED cookie: /admin must send it to the login page and the
// action must answer "unauthenticated".

const SESSION_COOKIE = "authjs.session-token";
const NOT_SIGNED_IN = "Your session has ended. Sign in again to continue.";

function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.19.${bytes[0]}.${bytes[1]}`;
}

type Account = { id: string; email: string; password: string };

/** A fresh active user with a real argon2id password (written straight to the e2e database). */
async function createUser(role: "ADMIN" | "RECRUITER" | "HIRING_MANAGER"): Promise<Account> {
  const email = `revocation-${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.com`;
  const password = `pw-${randomBytes(12).toString("base64url")}`;
  const passwordHash = await hashPassword(password);
  const id = await withE2eDatabase(async (prisma) =>
    (await prisma.user.create({ data: { email, name: `Revocation ${role}`, role, passwordHash }, select: { id: true } })).id,
  );
  return { id, email, password };
}

type Browser = { request: APIRequestContext; cookie: () => Promise<string>; close: () => Promise<void> };

/** A client that signs in through POST /api/auth/callback/credentials (what the login form ends in), with its own cookie jar. */
async function signIn(email: string, password: string): Promise<Browser> {
  const request = await playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/admin" },
    headers: { Origin: BASE_URL },
    maxRedirects: 0,
  });
  expect([302, 303]).toContain(response.status());
  const cookie = async () => {
    const found = (await request.storageState()).cookies.find((item) => item.name === SESSION_COOKIE);
    return found?.value ?? "";
  };
  expect(await cookie(), `signed in as ${email}`).not.toBe("");
  return { request, cookie, close: () => request.dispose() };
}

/** GET /admin/postings with only `token` as the session cookie (a replay from another machine). */
async function opensAdmin(token: string): Promise<boolean> {
  const request = await playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}`, "x-forwarded-for": clientAddress() } });
  try {
    const response = await request.get("/admin/postings", { maxRedirects: 0 });
    const body = await response.text();
    if (response.status() >= 300 && response.status() < 400) {
      expect(response.headers()["location"]).toContain("/admin/login");
      return false;
    }
    expect(response.status()).toBe(200);
    const admitted = /Sign out/.test(body) && /Postings<\/h1>/.test(body);
    if (!admitted) expect(body, "a refused session is sent to the login page").toContain("/admin/login");
    return admitted;
  } finally {
    await request.dispose();
  }
}

const ACCOUNT_TARGET: Target = { id: "00000000-0000-4000-8000-000000000000", version: 1, slug: "none", revisionId: "none" };

/**
 * Calls changeOwnPasswordAction with a wrong current password and only `token` as the session:
 * "accepted" when the action got past the session check (it then refuses the wrong password
 * next to the field, changing nothing), "unauthenticated" when the session was refused.
 */
async function reachesAction(token: string): Promise<"accepted" | "unauthenticated"> {
  const request = await playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}`, "x-forwarded-for": clientAddress() } });
  try {
    const action = actionNamed("changeOwnPasswordAction");
    const fields = { currentPassword: "not-the-password-at-all", newPassword: "replayed-password-123", confirmPassword: "replayed-password-123" };
    const shape = actionShapes(action, ACCOUNT_TARGET, { fields }).find((item) => item.name === "fetch, FormData argument")!;
    const response = await postShape(request, actionUrl(action, ACCOUNT_TARGET), shape);
    expect(response.status()).toBe(200);
    const result = actionResult(await response.text()) as { status: string; message?: string; fieldErrors?: Record<string, string[]> };
    if (result.message === NOT_SIGNED_IN) return "unauthenticated";
    expect(result.fieldErrors?.currentPassword, JSON.stringify(result)).toBeDefined();
    return "accepted";
  } finally {
    await request.dispose();
  }
}

async function expectWorks(token: string, label: string) {
  expect(await opensAdmin(token), `${label}: /admin`).toBe(true);
  expect(await reachesAction(token), `${label}: server action`).toBe("accepted");
}

async function expectRefused(token: string, label: string) {
  expect(await opensAdmin(token), `${label}: /admin`).toBe(false);
  expect(await reachesAction(token), `${label}: server action`).toBe("unauthenticated");
}

/** Calls one of the app's form actions (fetch with a FormData argument) in `client`'s session; returns its state. */
async function callFormAction(client: APIRequestContext, exportedName: string, fields: Record<string, string>) {
  const action = actionNamed(exportedName);
  const shape = actionShapes(action, ACCOUNT_TARGET, { fields }).find((item) => item.name === "fetch, FormData argument")!;
  const response = await postShape(client, actionUrl(action, ACCOUNT_TARGET), shape);
  expect(response.status(), exportedName).toBeLessThan(400);
  const body = await response.text();
  // An action that redirects (sign out everywhere) answers with x-action-redirect and no value row.
  if (response.headers()["x-action-redirect"]) return { response, result: undefined };
  return { response, result: actionResult(body) as { status?: string; message?: string } | undefined };
}

const revocations = (userId: string) =>
  withE2eDatabase((prisma) => prisma.auditEvent.findMany({ where: { action: "auth.sessions_revoked", entityId: userId }, select: { data: true, actorEmail: true } }));

test.describe("a saved session cookie replayed after the event is refused", () => {
  test("sign-out through Auth.js's endpoint", async () => {
    const user = await createUser("RECRUITER");
    const browser = await signIn(user.email, user.password);
    const saved = await browser.cookie();
    await expectWorks(saved, "before sign-out");

    const { csrfToken } = (await (await browser.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const out = await browser.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/admin/login" }, headers: { Origin: BASE_URL }, maxRedirects: 0 });
    expect([302, 303]).toContain(out.status());
    await expectRefused(saved, "after sign-out");
    await browser.close();
  });

  test("sign-out through the header's Sign out button (signOutAction)", async () => {
    const user = await createUser("HIRING_MANAGER");
    const browser = await signIn(user.email, user.password);
    const saved = await browser.cookie();
    await expectWorks(saved, "before sign-out");

    const out = await browser.request.post("/admin/postings", {
      headers: { "Next-Action": actionNamed("signOutAction").id, "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Accept: "text/x-component" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(out.status()).toBeLessThan(400);
    await expectRefused(saved, "after sign-out");
    await browser.close();
  });

  test("the user's own password change: every earlier cookie, this browser's old one included; the re-issued one works", async () => {
    const user = await createUser("RECRUITER");
    const elsewhere = await signIn(user.email, user.password);
    const here = await signIn(user.email, user.password);
    const [savedElsewhere, savedHere] = [await elsewhere.cookie(), await here.cookie()];
    await expectWorks(savedElsewhere, "other browser, before");
    await expectWorks(savedHere, "this browser, before");

    const newPassword = `new-${randomBytes(12).toString("base64url")}`;
    const { result } = await callFormAction(here.request, "changeOwnPasswordAction", { currentPassword: user.password, newPassword, confirmPassword: newPassword });
    expect(result).toMatchObject({ status: "ok" });
    const reissued = await here.cookie();
    expect(reissued).not.toBe(savedHere);

    await expectRefused(savedElsewhere, "other browser, after the password change");
    await expectRefused(savedHere, "this browser's cookie from before the change");
    await expectWorks(reissued, "this browser's re-issued cookie");
    await elsewhere.close();
    await here.close();
  });

  test("a role change by an admin", async () => {
    const user = await createUser("RECRUITER");
    const victim = await signIn(user.email, user.password);
    const saved = await victim.cookie();
    await expectWorks(saved, "before the role change");

    const admin = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const { result } = await callFormAction(admin.request, "changeRoleAction", { userId: user.id, role: "HIRING_MANAGER" });
    expect(result).toMatchObject({ status: "ok" });
    await expectRefused(saved, "after the role change");
    expect(await revocations(user.id)).toEqual([expect.objectContaining({ actorEmail: ADMIN_EMAIL, data: expect.objectContaining({ reason: "role_change" }) })]);
    await victim.close();
    await admin.close();
  });

  test("disabling the account", async () => {
    const user = await createUser("RECRUITER");
    const victim = await signIn(user.email, user.password);
    const saved = await victim.cookie();
    await expectWorks(saved, "before disabling");

    const admin = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await callFormAction(admin.request, "disableUserAction", { userId: user.id })).result).toMatchObject({ status: "ok" });
    await expectRefused(saved, "while disabled");
    await victim.close();
    await admin.close();
  });

  test("disabling then re-enabling the account does not revive the old (possibly stolen) cookie", async () => {
    const user = await createUser("HIRING_MANAGER");
    const victim = await signIn(user.email, user.password);
    const stolen = await victim.cookie();
    await expectWorks(stolen, "before disabling");

    const admin = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await callFormAction(admin.request, "disableUserAction", { userId: user.id })).result).toMatchObject({ status: "ok" });
    expect((await callFormAction(admin.request, "enableUserAction", { userId: user.id })).result).toMatchObject({ status: "ok" });
    await expectRefused(stolen, "after re-enabling");

    // The user signs in again normally and works.
    const again = await signIn(user.email, user.password);
    await expectWorks(await again.cookie(), "a new sign-in after re-enabling");
    const reasons = (await revocations(user.id)).map((row) => (row.data as { reason?: string }).reason);
    expect(reasons.sort()).toEqual(["disable", "enable"]);
    await Promise.all([victim.close(), admin.close(), again.close()]);
  });
});

test.describe("sign out everywhere", () => {
  test("from one's own account page: ends the other browsers' sessions and, when chosen, this one too", async () => {
    const user = await createUser("RECRUITER");
    const laptop = await signIn(user.email, user.password);
    const phone = await signIn(user.email, user.password);
    const [savedLaptop, savedPhone] = [await laptop.cookie(), await phone.cookie()];
    await expectWorks(savedLaptop, "laptop, before");
    await expectWorks(savedPhone, "phone, before");

    // "Sign out other sessions" from the phone: the laptop ends, the phone stays.
    expect((await callFormAction(phone.request, "signOutOtherSessionsAction", {})).result).toMatchObject({ status: "ok" });
    await expectRefused(savedLaptop, "laptop, after the phone signed out the others");
    await expectWorks(savedPhone, "phone, after signing out the others");

    // "Sign out everywhere" from a third browser ends the phone too (and this browser: to the login page).
    const tablet = await signIn(user.email, user.password);
    const savedTablet = await tablet.cookie();
    const everywhere = await callFormAction(tablet.request, "signOutEverywhereAction", {});
    expect(everywhere.response.headers()["x-action-redirect"] ?? "").toContain("/admin/login");
    await expectRefused(savedPhone, "phone, after sign out everywhere");
    await expectRefused(savedTablet, "the browser that signed out everywhere");
    await Promise.all([laptop.close(), phone.close(), tablet.close()]);
  });

  test("by an admin, on another user: ends that user's sessions, not the admin's", async () => {
    const user = await createUser("RECRUITER");
    const victim = await signIn(user.email, user.password);
    const saved = await victim.cookie();
    await expectWorks(saved, "before");

    const admin = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const adminCookie = await admin.cookie();
    expect((await callFormAction(admin.request, "signOutUserEverywhereAction", { userId: user.id })).result).toMatchObject({ status: "ok" });
    await expectRefused(saved, "after the admin signed the user out everywhere");
    await expectWorks(adminCookie, "the admin's own session");
    expect(await revocations(user.id)).toEqual([expect.objectContaining({ actorEmail: ADMIN_EMAIL, data: expect.objectContaining({ reason: "admin_sign_out" }) })]);

    // A non-admin cannot sign anyone out: the action checks the role itself.
    const other = await createUser("RECRUITER");
    const otherBrowser = await signIn(other.email, other.password);
    const adminVictim = await signIn(user.email, user.password);
    const { result } = await callFormAction(otherBrowser.request, "signOutUserEverywhereAction", { userId: user.id });
    expect(result).toMatchObject({ status: "error", message: "You don't have permission to do this." });
    await expectWorks(await adminVictim.cookie(), "the user's new session, after a recruiter tried to end it");
    await Promise.all([victim.close(), admin.close(), otherBrowser.close(), adminVictim.close()]);
  });
});
