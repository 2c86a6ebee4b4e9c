import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { renameSlug } from "@/lib/cms/commands/rename-slug";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { NOTHING_CHANGED } from "@/lib/cms/refusal";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { databaseState, expectOk, expectRefused, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

vi.mock("server-only", () => ({}));

// A failure injected in the middle of a command (a trigger that makes the
// revision insert, or the audit insert that comes last, fail) must leave no
// half-written posting, revision, audit row or redirect behind.

const NOW = new Date();
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
let users: CmsUsers;
const options = { db: prisma, now: NOW };
const MARKER = "Injected Failure Role";

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION fail_on_marker() RETURNS trigger AS $$
    BEGIN
      IF NEW.snapshot::text LIKE '%${MARKER}%' THEN RAISE EXCEPTION 'injected revision failure'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_revision BEFORE INSERT ON posting_revisions FOR EACH ROW EXECUTE FUNCTION fail_on_marker()`);
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION fail_audit_on_slug() RETURNS trigger AS $$
    BEGIN
      IF NEW.data->>'slug' LIKE 'audit-fails%' THEN RAISE EXCEPTION 'injected audit failure'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION fail_audit_on_slug()`);
});

describe("a failure mid-command rolls the whole command back", () => {
  it("create: a failing revision insert leaves no posting, languages, revision or audit row", async () => {
    const before = await databaseState(prisma);
    const result = expectRefused(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => { p.slug = "boom-create"; p.content.en.title = MARKER; }) }, options));
    expect(result.formError).toBe(NOTHING_CHANGED);
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("save: a failing revision insert leaves the posting at its old version and content", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "boom-save")) }, options));
    const before = await databaseState(prisma);
    const result = expectRefused(
      await savePosting(users.recruiter, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => { p.slug = "boom-save"; p.content.en.title = MARKER; p.languages = [{ code: "fr", level: "C1", required: true, wording: null }]; }) }, options),
    );
    expect(result.formError).toBe(NOTHING_CHANGED);
    expect(await databaseState(prisma)).toEqual(before);
    // And the posting still saves normally afterwards.
    expect(expectOk(await savePosting(users.recruiter, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => void (p.slug = "boom-save")) }, options)).version).toBe(2);
  });

  it("rename + publish: a failing audit insert (the last write) leaves no redirect, status or revision behind", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "boom-publish")) }, options));
    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: 1 }, options));
    const before = await databaseState(prisma);
    const renamed = expectRefused(await renameSlug(users.recruiter, { id: draft.id, version: live.version, slug: "audit-fails-here" }, options));
    expect(renamed.formError).toBe(NOTHING_CHANGED);
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("publish with content: a failing revision insert leaves the draft unpublished", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "boom-publish-content")) }, options));
    const before = await databaseState(prisma);
    const result = expectRefused(await publishPosting(users.recruiter, { id: draft.id, version: 1, posting: makeDraft(NOW, (p) => { p.slug = "boom-publish-content"; p.content.en.title = MARKER; }) }, options));
    expect(result.formError).toBe(NOTHING_CHANGED);
    expect(await databaseState(prisma)).toEqual(before);
  });
});
