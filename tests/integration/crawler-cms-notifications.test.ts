import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { renameSlug } from "@/lib/cms/commands/rename-slug";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { unpublishPosting } from "@/lib/cms/commands/unpublish-posting";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import type { PostingInput } from "@/lib/postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { expectOk, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

// Every change the public sees queues its URL notifications in the CMS
// command's own transaction: publish, an edit while live, a French version
// added or removed, a new address, unpublish. Edits nobody sees queue nothing.
vi.mock("server-only", () => ({}));

process.env.SITE_URL = "https://careers.example";
const NOW = new Date();
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma } = await freshDatabase();
let users: CmsUsers;
const options = { db: prisma, now: NOW };
const SITE = "https://careers.example";

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

async function outboxOf(postingId: string) {
  const rows = await prisma.urlNotification.findMany({ where: { postingId }, select: { url: true, type: true } });
  await prisma.urlNotification.deleteMany({ where: { postingId } });
  return rows.map((row) => `${row.type} ${row.url}`).sort();
}

/** The posting as stored, which is what the editor opens (dates in Paris time with their real offset). */
async function storedPosting(id: string) {
  return reshapePosting(await prisma.posting.findUniqueOrThrow({ where: { id }, include: postingInclude }));
}

function withFrench(posting: PostingInput): PostingInput {
  const en = posting.content.en;
  return { ...posting, frenchTranslated: true, content: { ...posting.content, fr: { ...en, title: "Ingénieur·e backend", role: "Vous construisez des **services**." } } };
}

describe("URL notifications from the CMS", () => {
  it("follow a posting from draft to unpublished", async () => {
    const input = makeDraft(NOW, (posting) => void (posting.slug = "notified-engineer"));
    const draft = expectOk(await createDraft(users.recruiter, { posting: input }, options));
    const edited = expectOk(await savePosting(users.recruiter, { id: draft.id, version: draft.version, posting: { ...input, content: { en: { ...input.content.en, about: "Drafts are private." } } } }, options));
    expect(await outboxOf(draft.id)).toEqual([]);

    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: edited.version }, options));
    expect(await outboxOf(draft.id)).toEqual([`URL_UPDATED ${SITE}/jobs/notified-engineer`]);

    const bilingual = expectOk(await savePosting(users.recruiter, { id: draft.id, version: live.version, posting: withFrench(input) }, options));
    expect(await outboxOf(draft.id)).toEqual([`URL_UPDATED ${SITE}/fr/jobs/notified-engineer`, `URL_UPDATED ${SITE}/jobs/notified-engineer`]);

    // Saving what is stored (as the editor loads it) changes nothing public: nothing to announce.
    const same = expectOk(await savePosting(users.recruiter, { id: draft.id, version: bilingual.version, posting: await storedPosting(draft.id) }, options));
    expect(same.version).toBe(bilingual.version);
    expect(await outboxOf(draft.id)).toEqual([]);

    const english = expectOk(
      await savePosting(users.recruiter, { id: draft.id, version: same.version, posting: { ...same.posting, content: { en: same.posting.content.en } } }, options),
    );
    expect(await outboxOf(draft.id)).toEqual([`URL_DELETED ${SITE}/fr/jobs/notified-engineer`, `URL_UPDATED ${SITE}/jobs/notified-engineer`]);

    const renamed = expectOk(await renameSlug(users.recruiter, { id: draft.id, version: english.version, slug: "notified-backend-engineer" }, options));
    expect(await outboxOf(draft.id)).toEqual([`URL_DELETED ${SITE}/jobs/notified-engineer`, `URL_UPDATED ${SITE}/jobs/notified-backend-engineer`]);

    expectOk(await unpublishPosting(users.recruiter, { id: draft.id, version: renamed.version }, options));
    expect(await outboxOf(draft.id)).toEqual([`URL_DELETED ${SITE}/jobs/notified-backend-engineer`]);
  });

  it("a refused command queues nothing", async () => {
    const input = makeDraft(NOW, (posting) => void (posting.slug = "refused-engineer"));
    const draft = expectOk(await createDraft(users.recruiter, { posting: input }, options));
    const live = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: draft.version }, options));
    await outboxOf(draft.id);
    // A stale version is a conflict: nothing written, nothing announced.
    const stale = await savePosting(users.recruiter, { id: draft.id, version: live.version - 1, posting: withFrench(input) }, options);
    expect(stale.ok).toBe(false);
    // A hiring manager may not unpublish.
    expect((await unpublishPosting(users.manager, { id: draft.id, version: live.version }, options)).ok).toBe(false);
    expect(await outboxOf(draft.id)).toEqual([]);
  });
});
