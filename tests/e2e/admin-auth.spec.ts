import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "./support/constants";

// Sign-in journeys of the admin area on the real build and the seeded admin.
// Each context sends its own X-Forwarded-For: the login limit counts failures
// per client address, and a shared address would let one spec's wrong
// passwords lock the others out (lib/auth/client-ip.ts).

function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.18.${bytes[0]}.${bytes[1]}`;
}

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() }, ...options });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test.describe("admin sign-in", () => {
  test("a signed-out visit goes to the login page and, once signed in, back to where it was going", async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Fusers$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Activity log" })).toBeVisible();
    const response = await page.request.get("/admin/users");
    expect(response.headers()["cache-control"] ?? "").toContain("no-store");
    const robots = await page.locator('meta[name="robots"]').first().getAttribute("content");
    expect(robots).toContain("noindex");
  });

  test("a wrong password gets the generic message and keeps the email", async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto("/admin/login");
    await signIn(page, ADMIN_EMAIL, "not-the-password");
    const alert = page.locator("main").getByRole("alert");
    await expect(alert).toContainText("We couldn't sign you in with that email and password");
    await expect(page.getByLabel("Email")).toHaveValue(ADMIN_EMAIL);
    await expect(page).toHaveURL(/\/admin\/login/);

    await signIn(page, "nobody-here@example.com", "not-the-password");
    await expect(page.locator("main").getByRole("alert")).toHaveText((await alert.textContent()) ?? "");
  });

  test("sign out ends the session", async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto("/admin/login?callbackUrl=%2Fadmin%2Faccount");
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await page.goto("/admin/account");
    await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Faccount$/);

    // Sign-ins and the sign-out are in the activity log, as sentences, with the address and the Paris time.
    await page.goto("/admin/login?callbackUrl=%2Fadmin%2Faudit%3Faction%3Dauth.sign_out");
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText("Signed out");
    await expect(rows.nth(1)).toContainText(ADMIN_EMAIL);
    await expect(rows.nth(1)).toContainText(/\d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}:\d{2} Paris time/);
  });

  test("callbackUrl never leaves the site", async ({ browser }) => {
    const page = await newPage(browser);
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      await page.context().clearCookies();
      await page.goto(`/admin/login?callbackUrl=${encodeURIComponent(evil)}`);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.waitForURL((url) => !url.pathname.startsWith("/admin/login"));
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
      expect(new URL(page.url()).pathname).toBe("/admin");
    }
  });

  test("sign-in works without JavaScript", async ({ browser }) => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto("/admin/login?callbackUrl=%2Fadmin%2Faccount");
    await signIn(page, ADMIN_EMAIL, "wrong-password-here");
    await expect(page.locator("main").getByRole("alert")).toContainText("We couldn't sign you in");
    await expect(page).toHaveURL(/\/admin\/login\?error=CredentialsSignin&callbackUrl=%2Fadmin%2Faccount$/);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  });

  test("an admin creates a hiring manager, who can sign in but not open the users admin", async ({ browser }) => {
    const admin = await newPage(browser);
    await admin.goto("/admin/login?callbackUrl=%2Fadmin%2Fusers");
    await signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    await expect(admin.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

    const email = `hm-${randomBytes(4).toString("hex")}@example.com`;
    const create = admin.getByRole("region", { name: "Create a user" });
    await create.getByLabel("Email").fill(email);
    await create.getByLabel("Name").fill("Hannah Manager");
    await create.getByLabel("Role").selectOption("HIRING_MANAGER");
    await create.getByRole("button", { name: "Create user" }).click();
    const password = (await admin.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(20);
    await expect(admin.getByTestId(`user-row-${email}`)).toContainText("Hiring manager");

    const manager = await newPage(browser);
    await manager.goto("/admin/login?callbackUrl=%2Fadmin%2Faccount");
    await signIn(manager, email, password);
    await expect(manager.getByRole("heading", { name: "My account" })).toBeVisible();
    const nav = manager.getByRole("navigation", { name: "Admin" });
    await expect(nav.getByRole("link", { name: "Postings" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Activity log" })).toHaveCount(0);
    // They change their own password and stay signed in (this session's cookie is re-issued).
    await manager.getByLabel("Current password").fill(password);
    await manager.getByLabel("New password", { exact: true }).fill("my own long passphrase");
    await manager.getByLabel("Repeat the new password").fill("my own long passphrase");
    await manager.getByRole("button", { name: "Change password" }).click();
    await expect(manager.locator("main").getByRole("status")).toContainText("Password changed");
    await manager.reload();
    await expect(manager.getByRole("heading", { name: "My account" })).toBeVisible();

    const forbidden = await manager.goto("/admin/users");
    expect(forbidden?.status()).toBe(403);
    await expect(manager.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(manager.getByRole("heading", { name: "Users", level: 1 })).toHaveCount(0);

    // The admin disables the account: the manager's next request is signed out.
    await admin.getByRole("button", { name: `Disable ${email}` }).click();
    await expect(admin.getByTestId(`user-row-${email}`)).toContainText("Disabled");
    await manager.goto("/admin/account");
    await expect(manager).toHaveURL(/\/admin\/login/);

    await admin.goto("/admin/audit?action=user.create");
    await expect(admin.getByRole("table")).toContainText(email);
  });

  test("sessions: the account page lists where I am signed in and signs out the others, then everywhere; an admin signs a user out everywhere", async ({ browser }) => {
    test.slow(); // four browsers and a dozen page loads
    // A user of our own (the seeded admin's sessions are shared with the other specs).
    const admin = await newPage(browser);
    await admin.goto("/admin/login?callbackUrl=%2Fadmin%2Fusers");
    await signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    const email = `sessions-${randomBytes(4).toString("hex")}@example.com`;
    const create = admin.getByRole("region", { name: "Create a user" });
    await create.getByLabel("Email").fill(email);
    await create.getByLabel("Name").fill("Sam Sessions");
    await create.getByLabel("Role").selectOption("RECRUITER");
    await create.getByRole("button", { name: "Create user" }).click();
    const password = (await admin.getByTestId("one-time-password").textContent())?.trim() ?? "";

    const laptop = await newPage(browser);
    const phone = await newPage(browser);
    for (const page of [laptop, phone]) {
      await page.goto("/admin/login?callbackUrl=%2Fadmin%2Faccount");
      await signIn(page, email, password);
      await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
    }
    await phone.reload();
    const sessions = phone.getByRole("region", { name: "Where you are signed in" });
    await expect(sessions.getByTestId("session-row")).toHaveCount(2);
    await expect(sessions.getByTestId("session-row").filter({ hasText: "(this browser)" })).toHaveCount(1);
    await expect(sessions).toContainText(/Chrome on \w+/);
    await expect(sessions).toContainText(/\d{1,2} \w{3,4} \d{4}, \d{2}:\d{2} Paris time/);

    // The admin sees two open sessions for the user.
    await admin.reload();
    await expect(admin.getByTestId(`user-row-${email}`).getByRole("cell").nth(4)).toHaveText("2");

    // From the phone: sign out the other sessions → the laptop is signed out, the phone is not.
    await sessions.getByRole("button", { name: "Sign out other sessions" }).click();
    await expect(sessions.getByRole("status")).toContainText("1 other session has ended.");
    await laptop.goto("/admin/account");
    await expect(laptop).toHaveURL(/\/admin\/login/);
    await phone.reload();
    await expect(phone.getByRole("region", { name: "Where you are signed in" }).getByTestId("session-row")).toHaveCount(1);

    // An admin signs the user out everywhere: the phone is signed out.
    await admin.getByRole("button", { name: `Sign out everywhere: ${email}` }).click();
    await expect(admin.getByTestId(`user-row-${email}`)).toContainText("Signed out everywhere: 1 session ended.");
    await phone.goto("/admin/account");
    await expect(phone).toHaveURL(/\/admin\/login/);

    // Signed in again, "Sign out everywhere, including here" ends this one too and shows the login page.
    await signIn(phone, email, password);
    await expect(phone.getByRole("heading", { name: "My account" })).toBeVisible();
    await phone.getByRole("button", { name: "Sign out everywhere, including here" }).click();
    await expect(phone).toHaveURL(/\/admin\/login/);
    await phone.goto("/admin/account");
    await expect(phone).toHaveURL(/\/admin\/login/);

    await admin.goto("/admin/audit?action=auth.sessions_revoked");
    await expect(admin.getByRole("table")).toContainText(email);
  });
});
