import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { publishDueScheduled } from "@/lib/cms/commands/publish-due-scheduled";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { renameSlug } from "@/lib/cms/commands/rename-slug";
import { returnToDraft } from "@/lib/cms/commands/return-to-draft";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { schedulePublishing } from "@/lib/cms/commands/schedule-publishing";
import type { PostingInput } from "@/lib/postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { databaseState, expectOk, expectRefused, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

vi.mock("server-only", () => ({}));

const NOW = new Date();
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
let users: CmsUsers;
const options = { db: prisma, now: NOW };
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

async function live(slug: string, mutate?: (posting: PostingInput) => void) {
  const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => { p.slug = slug; mutate?.(p); }) }, options));
  return expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
}

describe("renaming a posting's address", () => {
  it("leaves a redirect from the old address, expires both, and moving back removes it", async () => {
    const posting = await live("rename-source");
    const renamed = expectOk(await renameSlug(users.recruiter, { id: posting.id, version: posting.version, slug: "rename-target" }, options));
    expect(renamed).toMatchObject({ slug: "rename-target", publicSlugs: ["rename-target", "rename-source"] });
    expect(await prisma.postingSlugRedirect.findMany({ where: { postingId: posting.id }, select: { slug: true } })).toEqual([{ slug: "rename-source" }]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: posting.id, action: "posting.renameSlug" } });
    expect(audit.data).toMatchObject({ slug: "rename-target", previousSlug: "rename-source" });
    const back = expectOk(await renameSlug(users.recruiter, { id: posting.id, version: renamed.version, slug: "rename-source" }, options));
    expect(back.slug).toBe("rename-source");
    expect(await prisma.postingSlugRedirect.findMany({ where: { postingId: posting.id }, select: { slug: true } })).toEqual([{ slug: "rename-target" }]);
  });

  it("a save with a new slug renames too, in the same transaction", async () => {
    const posting = await live("rename-by-save");
    expectOk(await savePosting(users.recruiter, { id: posting.id, version: posting.version, posting: makeDraft(NOW, (p) => void (p.slug = "renamed-by-save")) }, options));
    expect(await prisma.postingSlugRedirect.findUnique({ where: { slug: "rename-by-save" } })).toMatchObject({ postingId: posting.id });
  });

  it("refuses an address another posting has or still redirects from, and a bad one — changing nothing", async () => {
    const posting = await live("rename-guarded");
    const other = await live("rename-other");
    expectOk(await renameSlug(users.recruiter, { id: other.id, version: other.version, slug: "rename-other-new" }, options));
    const before = await databaseState(prisma);
    for (const slug of ["technical-program-management-intern", "rename-other", "Bad Slug", "rename-guarded"]) {
      const refused = expectRefused(await renameSlug(users.recruiter, { id: posting.id, version: posting.version, slug }, options));
      expect(refused.fieldErrors.slug?.length).toBeGreaterThan(0);
    }
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("lets a hiring manager rename a never-published draft, not a published posting", async () => {
    const draft = expectOk(await createDraft(users.manager, { posting: makeDraft(NOW, (p) => void (p.slug = "manager-draft")) }, options));
    const renamed = expectOk(await renameSlug(users.manager, { id: draft.id, version: 1, slug: "manager-draft-2" }, options));
    expect(renamed.publicSlugs).toEqual([]);
    const posting = await live("manager-live");
    expectRefused(await renameSlug(users.manager, { id: posting.id, version: posting.version, slug: "manager-live-2" }, options));
  });
});

describe("scheduled publishing", () => {
  it("schedules with every publish check, and publishDueScheduled publishes when due", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "scheduled-one")) }, options));
    expectRefused(await schedulePublishing(users.recruiter, { id: draft.id, version: 1, publishAt: at(-1) }, options));
    expectRefused(await schedulePublishing(users.manager, { id: draft.id, version: 1, publishAt: at(30) }, options));
    const scheduled = expectOk(await schedulePublishing(users.recruiter, { id: draft.id, version: 1, publishAt: at(30) }, options));
    expect(scheduled).toMatchObject({ status: "SCHEDULED", publicSlugs: [] });
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).scheduledPublishAt).toEqual(at(30));

    const early = await publishDueScheduled(at(29), { db: prisma });
    expect(early).toEqual({ published: [], changedSlugs: [], returnedToDraft: [] });
    const due = await publishDueScheduled(at(31), { db: prisma });
    expect(due).toMatchObject({ published: ["scheduled-one"], changedSlugs: ["scheduled-one"] });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", scheduledPublishAt: null, publishedAt: at(31), firstPublishedAt: at(31), lastPublicChangeAt: at(31) });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "posting.publish" } });
    expect(audit.actorId).toBeNull();
  });

  it("sends a scheduled posting that can no longer go live back to draft, with the reason in the audit log", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "scheduled-too-late")) }, options));
    const scheduled = expectOk(await schedulePublishing(users.recruiter, { id: draft.id, version: 1, publishAt: at(60) }, options));
    expect(scheduled.status).toBe("SCHEDULED");
    // The job runs long after the closing date (the server was down).
    const report = await publishDueScheduled(at(200 * 24 * 60), { db: prisma });
    expect(report.returnedToDraft.map((entry) => entry.slug)).toEqual(["scheduled-too-late"]);
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "DRAFT", scheduledPublishAt: null, firstPublishedAt: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "posting.scheduledPublishFailed" } });
    expect(JSON.stringify(audit.data)).toMatch(/close/);
  });

  it("cancels a schedule by moving back to draft", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "scheduled-cancel")) }, options));
    const scheduled = expectOk(await schedulePublishing(users.recruiter, { id: draft.id, version: 1, publishAt: at(30) }, options));
    expectRefused(await returnToDraft(users.manager, { id: draft.id, version: scheduled.version }, options));
    expectOk(await returnToDraft(users.recruiter, { id: draft.id, version: scheduled.version }, options));
    expect(await publishDueScheduled(at(31), { db: prisma })).toEqual({ published: [], changedSlugs: [], returnedToDraft: [] });
  });
});
