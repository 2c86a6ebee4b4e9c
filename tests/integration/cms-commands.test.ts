import { beforeAll, describe, expect, it, vi } from "vitest";
import { archivePosting } from "@/lib/cms/commands/archive-posting";
import { approvePosting } from "@/lib/cms/commands/approve-posting";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { duplicatePosting } from "@/lib/cms/commands/duplicate-posting";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { repostPosting } from "@/lib/cms/commands/repost-posting";
import { restoreRevision } from "@/lib/cms/commands/restore-revision";
import { returnToDraft } from "@/lib/cms/commands/return-to-draft";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { submitForReview } from "@/lib/cms/commands/submit-for-review";
import { unpublishPosting } from "@/lib/cms/commands/unpublish-posting";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import { formatParisDateTime, type PostingInput } from "@/lib/postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { databaseState, expectOk, expectRefused, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

vi.mock("server-only", () => ({}));

const NOW = new Date();
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
let users: CmsUsers;
const options = { db: prisma, now: NOW };
const later = (minutes: number) => ({ db: prisma, now: new Date(NOW.getTime() + minutes * 60_000) });

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

async function created(slug: string, mutate?: (posting: PostingInput) => void, actor = users.recruiter) {
  const result = expectOk(await createDraft(actor, { posting: makeDraft(NOW, (p) => { p.slug = slug; mutate?.(p); }) }, options));
  // The hiring manager works on every posting made here: these tests are about roles and statuses (reach: cms-access-matrix).
  await prisma.postingAssignment.upsert({
    where: { postingId_userId: { postingId: result.id, userId: users.manager.id } },
    create: { postingId: result.id, userId: users.manager.id },
    update: {},
  });
  return result;
}

describe("create a draft", () => {
  it("stores a DRAFT at version 1 with its revision and audit row, never public", async () => {
    const result = await created("create-happy");
    expect(result).toMatchObject({ version: 1, status: "DRAFT", slug: "create-happy", publicSlugs: [] });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: "DRAFT", authorId: users.recruiter.id, firstPublishedAt: null, publishedAt: null, lastPublicChangeAt: null });
    expect(await prisma.postingRevision.count({ where: { postingId: result.id } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: result.id } });
    expect(audit).toMatchObject({ action: "posting.create", actorId: users.recruiter.id, actorEmail: users.recruiter.email });
  });

  it("keeps rule errors for publishing: an 8-month internship with no language is a valid draft", async () => {
    const result = await created("create-bad-internship", (p) => {
      p.contract = { ...p.contract, type: "STAGE", weeklyHours: 35, durationMonths: { ideal: 8, min: null, max: null } };
      p.languages = [];
    });
    expect(result.status).toBe("DRAFT");
  });

  it("refuses junk, a status sent with the posting, a taken address and an unknown team — writing nothing", async () => {
    const before = await databaseState(prisma);
    const junk = expectRefused(await createDraft(users.recruiter, { posting: { ...makeDraft(NOW), slug: "Not A Slug" } }, options));
    expect(junk.fieldErrors.slug?.[0]).toMatch(/lowercase/);
    const status = expectRefused(await createDraft(users.recruiter, { posting: { ...makeDraft(NOW, (p) => void (p.slug = "sneaky")), status: "PUBLISHED" } }, options));
    expect(Object.keys(status.fieldErrors)).toContain("status");
    const taken = expectRefused(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "technical-program-management-intern")) }, options));
    expect(taken.fieldErrors.slug?.[0]).toMatch(/already used/);
    const team = expectRefused(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => { p.slug = "ghost-team"; p.teamSlug = "ghosts"; }) }, options));
    expect(team.fieldErrors.teamSlug).toEqual(["Choose a team from the list."]);
    expect(await databaseState(prisma)).toEqual(before);
  });
});

describe("save with optimistic concurrency", () => {
  it("saves at the version it was opened at and refuses a stale version with what is saved now", async () => {
    const draft = await created("save-conflict");
    const first = expectOk(await savePosting(users.recruiter, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => { p.slug = "save-conflict"; p.content.en.title = "Backend Engineer, Payments"; }) }, options));
    expect(first.version).toBe(2);
    const before = await databaseState(prisma);
    const stale = expectRefused(await savePosting(users.manager, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => { p.slug = "save-conflict"; p.content.en.title = "Mine"; }) }, options));
    expect(stale.formError).toMatch(/Someone else changed this posting/);
    expect(stale.conflict).toMatchObject({ version: 2, status: "DRAFT", savedBy: users.recruiter.name });
    expect(stale.conflict?.posting.content.en.title).toBe("Backend Engineer, Payments");
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("moves lastPublicChangeAt only when a live posting's public content changes", async () => {
    const draft = await created("save-public");
    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    const publishedRow = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(publishedRow.lastPublicChangeAt?.getTime()).toBe(NOW.getTime());
    const current = publishedRow;
    const posting = reshapePosting(await prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, include: postingInclude }));
    const unchanged = expectOk(await savePosting(users.recruiter, { id: draft.id, version: live.version, posting }, later(5)));
    expect(unchanged.version).toBe(live.version); // nothing changed, so no new version
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).lastPublicChangeAt).toEqual(current.lastPublicChangeAt);
    const edited = expectOk(await savePosting(users.recruiter, { id: draft.id, version: unchanged.version, posting: { ...posting, content: { en: { ...posting.content.en, missions: ["Build APIs", "Run them"] } } } }, later(10)));
    expect(edited.publicSlugs).toEqual(["save-public"]);
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).lastPublicChangeAt?.getTime()).toBe(NOW.getTime() + 600_000);
  });

  it("keeps a live posting publishable: a save that breaks a publish rule is refused", async () => {
    const draft = await created("save-live-rules");
    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    const broken = expectRefused(await savePosting(users.recruiter, { id: draft.id, version: live.version, posting: makeDraft(NOW, (p) => { p.slug = "save-live-rules"; p.languages = []; }) }, options));
    expect(broken.fieldErrors.languages?.join(" ")).toMatch(/language/i);
  });

  it("lets a hiring manager edit a draft but not a published posting", async () => {
    const draft = await created("save-manager");
    const saved = expectOk(await savePosting(users.manager, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => void (p.slug = "save-manager")) }, options));
    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: saved.version }, options));
    const before = await databaseState(prisma);
    const refused = expectRefused(await savePosting(users.manager, { id: draft.id, version: live.version, posting: makeDraft(NOW, (p) => void (p.slug = "save-manager")) }, options));
    expect(refused.formError).toMatch(/role does not allow/);
    expect(await databaseState(prisma)).toEqual(before);
  });
});

describe("publish", () => {
  it("publishes a draft: status, timestamps, datePosted of the first release, public slugs", async () => {
    const draft = await created("publish-happy");
    const result = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    expect(result).toMatchObject({ status: "PUBLISHED", version: 2, publicSlugs: ["publish-happy"] });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", firstPublishedAt: NOW, publishedAt: NOW, lastPublicChangeAt: NOW, closedAt: null });
    expect(formatParisDateTime(row.datePosted)).toBe(formatParisDateTime(NOW));
    expect(await prisma.auditEvent.count({ where: { entityId: draft.id, action: "posting.publish" } })).toBe(1);
  });

  it("refuses an 8-month internship with no language, with a message on each field", async () => {
    const draft = await created("publish-bad", (p) => {
      p.contract = { ...p.contract, type: "STAGE", weeklyHours: 35, durationMonths: { ideal: 8, min: null, max: null } };
      p.education = { requirements: ["MASTERS_STUDENT", "CONVENTION_DE_STAGE"], field: null };
      p.languages = [];
    });
    const before = await databaseState(prisma);
    const refused = expectRefused(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    expect(refused.fieldErrors["contract.durationMonths.ideal"]?.join(" ")).toMatch(/6 months/);
    expect(refused.fieldErrors.languages?.join(" ")).toMatch(/language/i);
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("refuses a posting whose applications are already closed", async () => {
    const draft = await created("publish-closed");
    const refused = expectRefused(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, { db: prisma, now: new Date(NOW.getTime() + 200 * 86_400_000) }));
    expect(refused.fieldErrors["dates.validThrough"]?.join(" ")).toMatch(/close/);
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("refuses a hiring manager, whatever the posting", async () => {
    const draft = await created("publish-manager");
    const refused = expectRefused(await publishPosting(users.manager, { id: draft.id, version: 1 }, options));
    expect(refused.formError).toMatch(/role does not allow/);
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("can save the editor's content and publish in one step", async () => {
    const draft = await created("publish-with-content");
    const result = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => { p.slug = "publish-with-content"; p.content.en.title = "Data Engineer"; }) }, options));
    expect(result.version).toBe(2);
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Data Engineer");
  });
});

describe("review", () => {
  it("a hiring manager drafts and submits; only a recruiter approves, which publishes", async () => {
    const draft = await created("review-flow", undefined, users.manager);
    const submitted = expectOk(await submitForReview(users.manager, { id: draft.id, version: 1 }, options));
    expect(submitted.status).toBe("IN_REVIEW");
    expectRefused(await approvePosting(users.manager, { id: draft.id, version: submitted.version }, options));
    expectRefused(await savePosting(users.manager, { id: draft.id, version: submitted.version, posting: makeDraft(NOW, (p) => void (p.slug = "review-flow")) }, options));
    const approved = expectOk(await approvePosting(users.recruiter, { id: draft.id, version: submitted.version }, options));
    expect(approved.status).toBe("PUBLISHED");
    expect(await prisma.auditEvent.count({ where: { entityId: draft.id, action: "posting.approve" } })).toBe(1);
  });

  it("refuses to submit what could not be published", async () => {
    const draft = await created("review-bad", (p) => void (p.languages = []), users.manager);
    const refused = expectRefused(await submitForReview(users.manager, { id: draft.id, version: 1 }, options));
    expect(refused.fieldErrors.languages).toBeDefined();
  });

  it("lets the submitter withdraw a review back to draft", async () => {
    const draft = await created("review-withdraw", undefined, users.manager);
    const submitted = expectOk(await submitForReview(users.manager, { id: draft.id, version: 1 }, options));
    expect(expectOk(await returnToDraft(users.manager, { id: draft.id, version: submitted.version }, options)).status).toBe("DRAFT");
  });
});

describe("close: unpublish and archive", () => {
  it("unpublishes a live posting with closedAt and lastPublicChangeAt, and refuses a draft", async () => {
    const draft = await created("close-unpublish");
    expectRefused(await unpublishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    const closed = expectOk(await unpublishPosting(users.recruiter, { id: draft.id, version: live.version }, later(1)));
    expect(closed).toMatchObject({ status: "UNPUBLISHED", publicSlugs: ["close-unpublish"] });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.closedAt?.getTime()).toBe(NOW.getTime() + 60_000);
    expect(row.lastPublicChangeAt?.getTime()).toBe(NOW.getTime() + 60_000);
    expect(row.firstPublishedAt?.getTime()).toBe(NOW.getTime());
    const again = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: closed.version }, later(2)));
    const reopened = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(reopened).toMatchObject({ closedAt: null, firstPublishedAt: NOW });
    expect(again.status).toBe("PUBLISHED");
  });

  it("archives read-only; back to draft to edit again", async () => {
    const draft = await created("close-archive");
    const archived = expectOk(await archivePosting(users.recruiter, { id: draft.id, version: 1 }, options));
    expect(archived.status).toBe("ARCHIVED");
    expectRefused(await savePosting(users.recruiter, { id: draft.id, version: archived.version, posting: makeDraft(NOW, (p) => void (p.slug = "close-archive")) }, options));
    expectRefused(await archivePosting(users.manager, { id: draft.id, version: archived.version }, options));
    expect(expectOk(await returnToDraft(users.recruiter, { id: draft.id, version: archived.version }, options)).status).toBe("DRAFT");
  });
});

describe("duplicate, repost, restore", () => {
  it("duplicates into a new draft at a free -copy address", async () => {
    const draft = await created("dup-source");
    const first = expectOk(await duplicatePosting(users.manager, { id: draft.id }, options));
    const second = expectOk(await duplicatePosting(users.manager, { id: draft.id }, options));
    expect([first.slug, second.slug]).toEqual(["dup-source-copy", "dup-source-copy-2"]);
    expect(first).toMatchObject({ status: "DRAFT", version: 1 });
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(1);
  });

  it("reposts a closed posting for the next intake as a draft at the same address", async () => {
    const seeded = await prisma.posting.findUniqueOrThrow({ where: { slug: "technical-program-management-intern" } });
    const closed = expectOk(await unpublishPosting(users.recruiter, { id: seeded.id, version: seeded.version }, options));
    const nextYear = new Date(NOW.getTime() + 400 * 86_400_000);
    const reposted = expectOk(await repostPosting(users.recruiter, { id: seeded.id, version: closed.version }, { db: prisma, now: nextYear }));
    expect(reposted).toMatchObject({ status: "DRAFT", slug: "technical-program-management-intern" });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(row.startEarliest.getTime()).toBeGreaterThan(nextYear.getTime());
    expectRefused(await repostPosting(users.manager, { id: seeded.id, version: reposted.version }, options));
  });

  it("restores an old revision as a new version, keeping the current address", async () => {
    const draft = await created("restore-me", (p) => void (p.content.en.title = "Original Title"));
    const v2 = expectOk(await savePosting(users.recruiter, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => { p.slug = "restore-me-renamed"; p.content.en.title = "Changed Title"; }) }, options));
    const first = await prisma.postingRevision.findFirstOrThrow({ where: { postingId: draft.id, version: 1 } });
    const restored = expectOk(await restoreRevision(users.recruiter, { id: draft.id, version: v2.version, revisionId: first.id }, options));
    expect(restored).toMatchObject({ version: 3, slug: "restore-me-renamed" });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.title).toBe("Original Title");
    expect(await prisma.postingRevision.count({ where: { postingId: draft.id } })).toBe(3);
    const other = await created("restore-other");
    const foreign = await prisma.postingRevision.findFirstOrThrow({ where: { postingId: other.id } });
    expectRefused(await restoreRevision(users.recruiter, { id: draft.id, version: 3, revisionId: foreign.id }, options));
    expectRefused(await restoreRevision(users.manager, { id: draft.id, version: 3, revisionId: first.id }, options));
  });
});
