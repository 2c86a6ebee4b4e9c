import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { restoreRevision } from "@/lib/cms/commands/restore-revision";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { expectOk, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

vi.mock("server-only", () => ({}));

// The reason for a longer contract used to be free text; it is now one of the legal
// cases (lib/postings/duration-reasons.ts). Old values must neither break a read
// nor block restoring an old revision, and must never count as a case.
const NOW = new Date();
const { prisma } = await freshDatabase();
const options = { db: prisma, now: NOW };
let users: CmsUsers;

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

async function cdd(slug: string) {
  return expectOk(
    await createDraft(users.recruiter, {
      posting: makeDraft(NOW, (p) => {
        p.slug = slug;
        p.contract = { ...p.contract, type: "CDD", durationMonths: { ideal: 24, min: null, max: null }, durationReason: "CDD_WORK_ABROAD" };
      }),
    }, options),
  );
}

describe("duration reason: a legal case, not free text", () => {
  it("stores and reads back the chosen case", async () => {
    const draft = await cdd("cdd-abroad");
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, include: postingInclude });
    expect(row.durationReason).toBe("CDD_WORK_ABROAD");
    expect(reshapePosting(row).contract.durationReason).toBe("CDD_WORK_ABROAD");
  });

  it("reads an old free-text reason as none, and restores a revision that carries one", async () => {
    const draft = await cdd("cdd-old-reason");
    await prisma.posting.update({ where: { id: draft.id }, data: { durationReason: "Long project abroad, see HR" } });
    const first = await prisma.postingRevision.findFirstOrThrow({ where: { postingId: draft.id } });
    const snapshot = first.snapshot as { contract: Record<string, unknown> };
    await prisma.postingRevision.update({
      where: { id: first.id },
      data: { snapshot: { ...snapshot, contract: { ...snapshot.contract, durationReason: "Long project abroad, see HR" } } },
    });
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, include: postingInclude });
    expect(reshapePosting(row).contract.durationReason).toBeNull();

    const saved = expectOk(await savePosting(users.recruiter, { id: draft.id, version: draft.version, posting: { ...reshapePosting(row), content: { en: { ...reshapePosting(row).content.en, title: "CDD Abroad Renamed" } } } }, options));
    const restored = expectOk(await restoreRevision(users.recruiter, { id: draft.id, version: saved.version, revisionId: first.id }, options));
    const after = await prisma.posting.findUniqueOrThrow({ where: { id: restored.id } });
    expect(after.durationReason).toBeNull();
    expect(after.title).not.toBe("CDD Abroad Renamed");
  });
});
