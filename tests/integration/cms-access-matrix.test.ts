import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("@/lib/cache/revalidate-public", () => ({ revalidatePublicPostings: vi.fn() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));
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
const { setAssignmentAction } = await import("@/lib/cms/actions/set-assignment-action");
const officeActions = await import("@/lib/places/actions/office-actions");
const teamActions = await import("@/lib/places/actions/team-actions");
const { NOT_ASSIGNED_MESSAGE } = await import("@/lib/cms/require-permission");
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
type Setup = "none" | "draft" | "published" | "inReview" | "scheduled" | "editedDraft" | "office" | "team";
type Target = { id: string; version: number; slug: string; revisionId: string };

/** A posting in the given state, made by the admin through the commands. */
async function makeTarget(setup: Setup): Promise<Target | null> {
  if (setup === "none") return null;
  if (setup === "office") return { id: (await someOffice()).id, version: 0, slug: "", revisionId: "" };
  if (setup === "team") return { id: (await someTeam()).id, version: 0, slug: "", revisionId: "" };
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
  // The hiring manager works on it (posting_assignments): this matrix is about roles; reach is tested below.
  await prisma.postingAssignment.create({ data: { postingId: change.id, userId: users.manager.id, assignedById: users.admin.id } });
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
  { action: "setAssignmentAction (add)", setup: "draft", allowed: STAFF, call: async (x) => stateOk(await setAssignmentAction(undefined, form({ postingId: x!.id, userId: (await secondManager()).id, assigned: "true" }))) },
  { action: "setAssignmentAction (remove)", setup: "draft", allowed: STAFF, call: async (x) => stateOk(await setAssignmentAction(undefined, form({ postingId: x!.id, userId: users.manager.id, assigned: "false" }))) },
  { action: "saveOfficeAction (create)", setup: "none", allowed: STAFF, call: async () => stateOk(await officeActions.saveOfficeAction(undefined, form(newOffice()))) },
  { action: "setOfficeArchivedAction", setup: "office", allowed: STAFF, call: async (x) => stateOk(await officeActions.setOfficeArchivedAction(undefined, form({ id: x!.id, archived: "true" }))) },
  { action: "saveTeamAction (create)", setup: "none", allowed: STAFF, call: async () => stateOk(await teamActions.saveTeamAction(undefined, form(newTeam()))) },
  { action: "setTeamArchivedAction", setup: "team", allowed: STAFF, call: async (x) => stateOk(await teamActions.setTeamArchivedAction(undefined, form({ id: x!.id, archived: "true" }))) },
];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
const stateOk = (state: { status: string }) => ({ ok: state.status === "ok" });
const newOffice = () => ({ name: `Berlin ${(counter += 1)}`, street: "Alexanderplatz 1", postalCode: "10178", city: "Berlin", region: "", country: "DE", latitude: "52.52", longitude: "13.41" });
const newTeam = () => ({ name: `Business Development ${(counter += 1)}`, nameFr: `Développement commercial ${counter}` });
const someOffice = () => prisma.office.create({ data: { slug: `office-${(counter += 1)}`, name: `Office ${counter}`, postalCode: "10178", city: "Berlin", country: "DE" } });
const someTeam = () => prisma.team.create({ data: { slug: `team-${(counter += 1)}`, name: `Team ${counter}`, nameFr: `Équipe ${counter}` } });
const secondManager = () =>
  prisma.user.create({ data: { email: `manager-${(counter += 1)}@example.com`, name: `Manager ${counter}`, role: "HIRING_MANAGER" } });

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

describe("a hiring manager reaches only the postings assigned to them", () => {
  const unassigned = async (setup: Setup) => {
    const target = (await makeTarget(setup))!;
    await prisma.postingAssignment.deleteMany({ where: { postingId: target.id } });
    return target;
  };
  const calls: [string, Setup, (x: Target) => Promise<{ ok: boolean; formError?: string | null }>][] = [
    ["save", "draft", (x) => postingActions.savePostingAction({ ...t(x), posting: makeDraft(NOW, (p) => { p.slug = x.slug; p.content.en.title = "Not Mine"; }) })],
    ["submit for review", "draft", (x) => postingActions.submitForReviewAction(t(x))],
    ["back to draft", "inReview", (x) => postingActions.returnToDraftAction(t(x))],
    ["rename", "draft", (x) => postingActions.renameSlugAction({ ...t(x), slug: `${x.slug}-mine` })],
    ["duplicate", "draft", (x) => listActions.duplicatePostingAction({ id: x.id })],
  ];
  for (const [name, setup, call] of calls) {
    it(`${name}: refused when not assigned, nothing changed`, async () => {
      const target = await unassigned(setup);
      const before = await databaseState(prisma);
      await signIn("manager");
      const result = await call(target);
      expect(result).toMatchObject({ ok: false, formError: NOT_ASSIGNED_MESSAGE });
      expect(await databaseState(prisma)).toEqual(before);
    });
  }

  it("a draft a hiring manager creates is assigned to them (and audited), so they can keep editing it", async () => {
    await signIn("manager");
    const created = await listActions.createPostingAction({ posting: makeDraft(NOW, (p) => void (p.slug = `mine-${(counter += 1)}`)) });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await prisma.postingAssignment.findMany({ where: { postingId: created.id } })).toEqual([expect.objectContaining({ userId: users.manager.id })]);
    expect(await prisma.auditEvent.findFirst({ where: { entityId: created.id, action: "posting.assign" } })).toMatchObject({ actorId: users.manager.id });
    const saved = await postingActions.savePostingAction({ id: created.id, version: created.version, posting: makeDraft(NOW, (p) => { p.slug = created.slug; p.content.en.title = "Still Mine"; }) });
    expect(saved.ok).toBe(true);
  });

  it("a recruiter's draft is not assigned to anyone; assigning then unassigning is audited and reaches/unreaches the manager", async () => {
    await signIn("recruiter");
    const created = await listActions.createPostingAction({ posting: makeDraft(NOW, (p) => void (p.slug = `theirs-${(counter += 1)}`)) });
    if (!created.ok) return expect.fail(JSON.stringify(created));
    expect(await prisma.postingAssignment.count({ where: { postingId: created.id } })).toBe(0);
    expect(await setAssignmentAction(undefined, form({ postingId: created.id, userId: users.manager.id, assigned: "true" }))).toMatchObject({ status: "ok" });
    await signIn("manager");
    const saved = await postingActions.savePostingAction({ id: created.id, version: created.version, posting: makeDraft(NOW, (p) => { p.slug = created.slug; p.content.en.title = "Now Mine"; }) });
    expect(saved.ok).toBe(true);
    await signIn("recruiter");
    expect(await setAssignmentAction(undefined, form({ postingId: created.id, userId: users.manager.id, assigned: "false" }))).toMatchObject({ status: "ok" });
    const actions = await prisma.auditEvent.findMany({ where: { entityId: created.id, action: { in: ["posting.assign", "posting.unassign"] } }, orderBy: { createdAt: "asc" } });
    expect(actions.map((row) => [row.action, row.actorId])).toEqual([["posting.assign", users.recruiter.id], ["posting.unassign", users.recruiter.id]]);
    await signIn("manager");
    if (!saved.ok) return;
    const refused = await postingActions.savePostingAction({ id: created.id, version: saved.version, posting: makeDraft(NOW, (p) => { p.slug = created.slug; p.content.en.title = "Gone"; }) });
    expect(refused).toMatchObject({ ok: false, formError: NOT_ASSIGNED_MESSAGE });
  });

  it("only an active hiring manager can be assigned, with the message under the field", async () => {
    const target = (await makeTarget("draft"))!;
    await signIn("recruiter");
    const before = await databaseState(prisma);
    for (const userId of [users.recruiter.id, users.disabled.id, "00000000-0000-4000-8000-000000000000", "nobody"]) {
      const state = await setAssignmentAction(undefined, form({ postingId: target.id, userId, assigned: "true" }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { userId: [expect.stringMatching(/^Hiring manager: /)] } });
    }
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("the admin postings table lists only the manager's postings for them", async () => {
    const { listAdminPostings } = await import("@/lib/cms/queries/list-admin-postings");
    const mine = (await makeTarget("draft"))!;
    const other = await unassigned("draft");
    const filters = { status: null, team: null, q: "", page: 1 };
    const forManager = await listAdminPostings(filters, users.manager);
    const ids = forManager.rows.map((row) => row.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    const assigned = await prisma.postingAssignment.count({ where: { userId: users.manager.id } });
    expect(forManager.total).toBe(assigned);
    expect((await listAdminPostings(filters, users.recruiter)).total).toBe(await prisma.posting.count());
  });
});
