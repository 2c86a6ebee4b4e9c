import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { validatePosting, type Posting, type PostingInput } from "@/lib/postings";
import { tpmIntern } from "@/prisma/seed-data/postings";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, E2E_DIST_DIR } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";

// Shared by the security specs (tests/security/*.spec.ts): the database
// snapshot every attack compares, a draft nobody outside may see, the server
// actions of the build, the request shapes a browser uses to call them, and a
// signed-in admin.

/** Everything an attack could change: postings, revisions, redirects, users, non-sign-in audit rows. */
export async function databaseSnapshot() {
  return withE2eDatabase(async (prisma) => {
    const [postings, revisions, users, redirects, audit, outbox] = await Promise.all([
      prisma.posting.findMany({ select: { id: true, slug: true, status: true, version: true, authorId: true, updatedAt: true }, orderBy: { id: "asc" } }),
      prisma.postingRevision.count(),
      prisma.user.findMany({ select: { id: true, email: true, role: true, disabledAt: true, passwordHash: true, passwordChangedAt: true }, orderBy: { id: "asc" } }),
      prisma.postingSlugRedirect.count(),
      prisma.auditEvent.count({ where: { NOT: { action: { startsWith: "auth." } } } }),
      prisma.urlNotification.count(),
    ]);
    return { postings, revisions, users, redirects, audit, outbox };
  });
}

/** The title of a draft that no response to an unauthenticated request may ever contain. */
export const SECRET_TITLE = "Confidential Draft Zq7";
export const SECRET_SLUG = "confidential-draft-zq7";

export type Target = { id: string; version: number; slug: string; revisionId: string };

function draftPosting(slug: string, title: string): Posting {
  const result = validatePosting({ ...tpmIntern, slug, content: { en: { ...tpmIntern.content.en, title } } } satisfies PostingInput, { mode: "draft" });
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A draft written straight to the database (the secret one by default), with its first revision. */
export async function ensureDraft(slug = SECRET_SLUG, title = SECRET_TITLE): Promise<Target> {
  return withE2eDatabase(async (prisma) => {
    let row = await prisma.posting.findUnique({ where: { slug }, select: { id: true, version: true } });
    if (!row) {
      row = await prisma.$transaction((tx) =>
        insertPosting(tx, draftPosting(slug, title), { status: "DRAFT", actor: { id: null, email: "security-test" }, action: "posting.create" }),
      );
    }
    const revision = await prisma.postingRevision.findFirstOrThrow({ where: { postingId: row.id }, select: { id: true } });
    return { id: row.id, version: row.version, slug, revisionId: revision.id };
  });
}

/** Strings that would show admin content or private data leaked into a response. */
export async function leakMarkers(): Promise<(string | RegExp)[]> {
  const emails = await withE2eDatabase(async (prisma) => (await prisma.user.findMany({ select: { email: true } })).map((user) => user.email));
  return [/Sign out/, /Audit log<\/h1>/, /Search engine notifications<\/h1>/, /\$argon2/, SECRET_TITLE, ...emails];
}

export function expectNoLeak(body: string, markers: (string | RegExp)[], label: string): void {
  for (const marker of markers) {
    if (typeof marker === "string") expect(body.includes(marker), `${label} leaks ${marker}`).toBe(false);
    else expect(body, `${label} leaks ${marker}`).not.toMatch(marker);
  }
}

export type ServerAction = { id: string; exportedName: string; filename: string; page: string | null };

/** Every server reference the build registered (server actions and "use cache" functions alike). */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(E2E_DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((name) => name.endsWith("/page")) ?? null;
    const page = worker ? `/${worker.replace(/^app\//, "").replace(/\/page$/, "").replace(/\([^)]*\)\/?/g, "")}`.replace(/\/$/, "") || "/" : null;
    return { id, exportedName: entry.exportedName, filename: entry.filename, page };
  });
}

export function actionNamed(exportedName: string): ServerAction {
  const found = serverActions().find((action) => action.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in the build`);
  return found;
}

/** The page an action is posted to, as the browser would (its first page, params filled in). */
export function actionUrl(action: ServerAction, target: Target): string {
  return (action.page ?? "/").replace("[id]", target.id).replace("[slug]", "accountant-apprentice").replace("[view]", "all");
}

/** A complete, valid posting input (for create and save). */
export function postingInput(slug: string, title = "Security Probe"): PostingInput {
  const posting = draftPosting(slug, title);
  return JSON.parse(JSON.stringify(posting)) as PostingInput;
}

/** The argument of each posting action, as the editor sends it. */
export function postingActionArgument(exportedName: string, target: Target): unknown {
  const { id, version } = target;
  switch (exportedName) {
    case "createPostingAction":
      return { posting: postingInput(`probe-${Date.now().toString(36)}`) };
    case "duplicatePostingAction":
      return { id };
    case "savePostingAction":
      return { id, version, posting: postingInput(target.slug, "Overwritten Title") };
    case "schedulePublishingAction":
      return { id, version, publishAt: new Date(Date.now() + 3_600_000).toISOString() };
    case "renameSlugAction":
      return { id, version, slug: `${target.slug}-stolen` };
    case "restoreRevisionAction":
      return { id, version, revisionId: target.revisionId };
    default:
      return { id, version };
  }
}

/** Form fields the user and session actions read (a superset: each action reads only its own). */
export function formFields(target: Target): Record<string, string> {
  return {
    email: "intruder@evil.example",
    name: "Intruder",
    role: "ADMIN",
    passwordMode: "set",
    password: "intruder-password-123",
    userId: target.id,
    currentPassword: "x",
    newPassword: "intruder-password-123",
    confirmPassword: "intruder-password-123",
    callbackUrl: "/admin",
  };
}

export type Shape = { name: string; headers: Record<string, string>; data?: string; multipart?: [string, string][] };

/**
 * The ways a browser calls a server action: React's fetch with JSON arguments;
 * with a FormData argument (useActionState forms: [prevState, formData]); and
 * the no-JavaScript form posts (no Next-Action header): a plain form action
 * ($ACTION_ID_) and a useActionState form ($ACTION_REF_ with its bound state).
 */
export function actionShapes(action: ServerAction, target: Target, overrides: { argument?: unknown; fields?: Record<string, string> } = {}): Shape[] {
  const fetchHeaders = { "Next-Action": action.id, Accept: "text/x-component" };
  const json = (value: unknown[]) => ({ headers: { ...fetchHeaders, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(value) });
  const fields = overrides.fields ?? formFields(target);
  // React's encodeReply: the FormData argument's entries as _1_<name>, then the arguments row "0" last
  // (the server resolves $K1 from the entries read before it).
  const form = Object.entries(fields).map(([key, value]): [string, string] => [`_1_${key}`, value]);
  const shapes: Shape[] = [
    { name: "fetch, JSON argument", ...json([overrides.argument ?? postingActionArgument(action.exportedName, target)]) },
    { name: "fetch, FormData argument", headers: fetchHeaders, multipart: [...form, ["0", JSON.stringify([{ status: "idle" }, "$K1"])]] },
    { name: "no-JS form post", headers: {}, multipart: [[`$ACTION_ID_${action.id}`, ""], ...Object.entries(fields)] },
    {
      name: "no-JS useActionState form post",
      headers: {},
      multipart: [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id: action.id, bound: "$@1" })],
        ["$ACTION_1:1", JSON.stringify([{ status: "idle" }])],
        ["$ACTION_KEY", "k0"],
        ...Object.entries(fields),
      ],
    },
  ];
  if (action.exportedName.startsWith("$$RSC_SERVER_CACHE")) {
    // "use cache" functions are server references too: ask them for the draft every way their arguments allow.
    for (const args of [[target.slug], [target.slug, "technology", "STAGE"], ["en", 1000], [{ q: SECRET_TITLE }], [{ q: "Confidential" }, 1]]) {
      shapes.push({ name: `fetch, use-cache arguments ${JSON.stringify(args)}`, ...json(args) });
    }
  }
  return shapes;
}

function toFormData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

export async function postShape(request: APIRequestContext, url: string, shape: Shape, extraHeaders: Record<string, string> = {}): Promise<APIResponse> {
  return request.post(url, {
    headers: { Origin: BASE_URL, ...shape.headers, ...extraHeaders },
    ...(shape.multipart ? { multipart: toFormData(shape.multipart) } : { data: shape.data }),
    maxRedirects: 0,
  });
}

/** The value a server action returned, read from its RSC response (row 1). */
export function actionResult(body: string): unknown {
  const row = body.split("\n").find((line) => line.startsWith("1:"));
  return row ? (JSON.parse(row.slice(2)) as unknown) : undefined;
}

/** A browser context signed in as the seeded admin through the real login form. */
export async function signInAsAdmin(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fpostings");
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Postings", level: 1 })).toBeVisible();
  return page;
}

export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
