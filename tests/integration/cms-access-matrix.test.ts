import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("@/lib/cache/revalidate-public", () => ({ revalidatePublicPostings: vi.fn() }));
import { useFreshDatabase as freshDatabase } from "@/tests/helpers/database";
import { databaseState, expectOk, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

// The role × action matrix of issue 5: every posting server action, called
// directly (not through the UI) by anonymous, a disabled user, a hiring
// manager, a recruiter and an admin. Exactly the allowed cells succeed; in
// every other cell the database is unchanged. The session is a real Auth.js
// JWT (tests/helpers/next-request-mock.ts) and the guard re-reads the user.

// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma, url } = await freshDatabase();
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET = "cms-matrix-secret-cms-matrix-secret-0123";
process.env.AUTH_TRUST_HOST = "true";
const { signInAs } = await import("@/tests/helpers/next-request-mock");
const { revalidatePublicPostings } = await import("@/lib/cache/revalidate-public");
const listActions = await import("@/app/(admin)/admin/postings/actions");
const postingActions = await import("@/app/(admin)/admin/postings/[id]/actions");
const revisionActions = await import("@/app/(admin)/admin/postings/[id]/revisions/actions");
const commands = {
  create: (await import("@/lib/cms/commands/create-draft")).createDraft,
  publish: (await import("@/lib/cms/commands/publish-posting")).publishPosting,
  submit: (await import("@/lib/cms/commands/submit-for-review")).submitForReview,
  schedule: (await import("@/lib/cms/commands/schedule-publishing")).schedulePublishing,
  save: (await import("@/lib/cms/commands/save-posting")).savePosting,
};

const NOW = new Date();
let users: CmsUsers;
let counter = 0;

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

type Caller = "anonymous" | "disabled" | "manager" | "recruiter" | "admin";
const CALLERS: Caller[] = ["anonymous", "disabled", "manager", "recruiter", "admin"];
type Setup = "none" | "draft" | "published" | "inReview" | "scheduled" | "editedDraft";
type Target = { id: string; version: number; slug: string; revisionId: string };

/** A posting in the given state, made by the admin through the commands. */
async function makeTarget(setup: Setup): Promise<Target | null> {
  if (setup === "none") return null;
  const slug = `matrix-${(counter += 1)}`;
  const options = { db: prisma };
  let change = expectOk(await commands.create(users.admin, { posting: makeDraft(NOW, (p) => void (p.slug = slug)) }, options));
  if (setup === "published") change = expectOk(await commands.publish(users.admin, change, options));
  if (setup === "inReview") change = expectOk(await commands.submit(users.admin, change, options));
  if (setup === "scheduled") change = expectOk(await commands.schedule(users.admin, { ...change, publishAt: new Date(Date.now() + 3_600_000) }, options));
  if (setup === "editedDraft") {
    change = expectOk(await commands.save(users.admin, { ...change, posting: makeDraft(NOW, (p) => { p.slug = slug; p.content.en.title = "Edited Title"; }) }, options));
  }
  const revision = await prisma.postingRevision.findFirstOrThrow({ where: { postingId: change.id, version: 1 } });
  return { id: change.id, version: change.version, slug, revisionId: revision.id };
}

type Cell = { action: string; setup: Setup; allowed: Caller[]; call: (target: Target | null) => Promise<{ ok: boolean }> };
const STAFF: Caller[] = ["recruiter", "admin"];
const EVERYONE: Caller[] = ["manager", "recruiter", "admin"];
const t = (target: Target | null) => ({ id: target!.id, version: target!.version });

const MATRIX: Cell[] = [
  { action: "createPostingAction", setup: "none", allowed: EVERYONE, call: () => listActions.createPostingAction({ posting: makeDraft(NOW, (p) => void (p.slug = `matrix-new-${(counter += 1)}`)) }) },
  { action: "duplicatePostingAction", setup: "draft", allowed: EVERYONE, call: (x) => listActions.duplicatePostingAction({ id: x!.id }) },
  { action: "savePostingAction (draft)", setup: "draft", allowed: EVERYONE, call: (x) => postingActions.savePostingAction({ ...t(x), posting: makeDraft(NOW, (p) => { p.slug = x!.slug; p.content.en.title = "Saved Title"; }) }) },
  { action: "savePostingAction (published)", setup: "published", allowed: STAFF, call: (x) => postingActions.savePostingAction({ ...t(x), posting: makeDraft(NOW, (p) => { p.slug = x!.slug; p.content.en.title = "Saved Title"; }) }) },
  { action: "submitForReviewAction", setup: "draft", allowed: EVERYONE, call: (x) => postingActions.submitForReviewAction(t(x)) },
  { action: "approvePostingAction", setup: "inReview", allowed: STAFF, call: (x) => postingActions.approvePostingAction(t(x)) },
  { action: "publishPostingAction", setup: "draft", allowed: STAFF, call: (x) => postingActions.publishPostingAction(t(x)) },
  { action: "schedulePublishingAction", setup: "draft", allowed: STAFF, call: (x) => postingActions.schedulePublishingAction({ ...t(x), publishAt: new Date(Date.now() + 7_200_000).toISOString() }) },
  { action: "returnToDraftAction (in review)", setup: "inReview", allowed: EVERYONE, call: (x) => postingActions.returnToDraftAction(t(x)) },
  { action: "returnToDraftAction (scheduled)", setup: "scheduled", allowed: STAFF, call: (x) => postingActions.returnToDraftAction(t(x)) },
  { action: "unpublishPostingAction", setup: "published", allowed: STAFF, call: (x) => postingActions.unpublishPostingAction(t(x)) },
  { action: "archivePostingAction", setup: "draft", allowed: STAFF, call: (x) => postingActions.archivePostingAction(t(x)) },
  { action: "repostPostingAction", setup: "published", allowed: STAFF, call: (x) => postingActions.repostPostingAction(t(x)) },
  { action: "renameSlugAction (never published)", setup: "draft", allowed: EVERYONE, call: (x) => postingActions.renameSlugAction({ ...t(x), slug: `${x!.slug}-renamed` }) },
  { action: "renameSlugAction (published)", setup: "published", allowed: STAFF, call: (x) => postingActions.renameSlugAction({ ...t(x), slug: `${x!.slug}-renamed` }) },
  { action: "restoreRevisionAction", setup: "editedDraft", allowed: STAFF, call: (x) => revisionActions.restoreRevisionAction({ ...t(x), revisionId: x!.revisionId }) },
];

async function signIn(caller: Caller) {
  await signInAs(caller === "anonymous" ? null : users[caller].id);
}

describe("role × posting action matrix", () => {
  for (const cell of MATRIX) {
    describe(cell.action, () => {
      for (const caller of CALLERS) {
        const allowed = cell.allowed.includes(caller);
        it(`${caller}: ${allowed ? "allowed" : "refused, nothing changed"}`, async () => {
          const target = await makeTarget(cell.setup);
          const before = await databaseState(prisma);
          await signIn(caller);
          const result = await cell.call(target);
          if (allowed) {
            expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
            expect(await databaseState(prisma)).not.toEqual(before);
          } else {
            expect(result.ok).toBe(false);
            expect(await databaseState(prisma)).toEqual(before);
          }
        });
      }
    });
  }
});

describe("actions parse strictly and never throw", () => {
  it("refuses a status, an author or an unknown key in the envelope, and malformed ids, as form messages", async () => {
    const target = (await makeTarget("draft"))!;
    await signIn("admin");
    const before = await databaseState(prisma);
    const bad = [
      { ...t(target), status: "PUBLISHED" },
      { ...t(target), authorId: users.recruiter.id },
      { id: "not-a-uuid", version: 1 },
      { id: target.id, version: "1" },
      null,
      "junk",
    ];
    for (const input of bad) {
      const result = await postingActions.publishPostingAction(input);
      expect(result).toMatchObject({ ok: false, formError: expect.any(String) });
    }
    const smuggled = await postingActions.savePostingAction({ ...t(target), posting: { ...makeDraft(NOW, (p) => void (p.slug = target.slug)), status: "PUBLISHED", authorId: users.manager.id } });
    expect(smuggled.ok).toBe(false);
    if (!smuggled.ok) expect(Object.keys(smuggled.fieldErrors)).toEqual(expect.arrayContaining(["status", "authorId"]));
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("expires the public pages (old and new address) after a public change, and not after a draft change", async () => {
    const published = (await makeTarget("published"))!;
    const draft = (await makeTarget("draft"))!;
    await signIn("recruiter");
    vi.mocked(revalidatePublicPostings).mockClear();
    expect((await postingActions.renameSlugAction({ ...t(draft), slug: `${draft.slug}-x` })).ok).toBe(true);
    expect(revalidatePublicPostings).not.toHaveBeenCalled();
    expect((await postingActions.renameSlugAction({ ...t(published), slug: `${published.slug}-x` })).ok).toBe(true);
    expect(revalidatePublicPostings).toHaveBeenCalledWith([`${published.slug}-x`, published.slug]);
    // The audit row names the actor and the client address.
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: published.id, action: "posting.renameSlug" } });
    expect(audit).toMatchObject({ actorId: users.recruiter.id, actorEmail: users.recruiter.email });
    expect(audit.ip).toBeTruthy();
  });
});
