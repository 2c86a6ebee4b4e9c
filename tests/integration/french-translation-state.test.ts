import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { postingInclude, reshapePosting } from "@/lib/db/posting-reshape";
import type { PostingInput } from "@/lib/postings";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { expectOk, expectRefused, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ cacheTag: () => undefined, cacheLife: () => undefined }));

// A French version added to a live posting must not go live in English words: it is
// "to translate" until a recruiter ticks it, and cannot be ticked while identical.
const NOW = new Date();
const { prisma, url } = await freshDatabase();
process.env.DATABASE_URL = url;
const { getOpenPosting } = await import("@/lib/public/public-posting");
const options = { db: prisma, now: NOW };
let users: CmsUsers;

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

async function current(id: string) {
  const row = await prisma.posting.findUniqueOrThrow({ where: { id }, include: postingInclude });
  return { row, posting: reshapePosting(row) };
}

const outbox = async (postingId: string) =>
  (await prisma.urlNotification.findMany({ where: { postingId }, orderBy: { id: "asc" } })).map((n) => `${n.type} ${new URL(n.url).pathname}`);

describe("French translation state", () => {
  it("keeps a copied French version off the site until it is translated and ticked", async () => {
    const draft = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => void (p.slug = "fr-state")) }, options));
    const published = expectOk(await publishPosting(users.recruiter, { id: draft.id, version: draft.version }, options));
    await prisma.urlNotification.deleteMany({ where: { postingId: draft.id } });

    // "Add a French version" copies the English text: saved on a live posting, it stays off the site.
    let { posting } = await current(draft.id);
    const copied: PostingInput = { ...posting, content: { ...posting.content, fr: structuredClone(posting.content.en) }, frenchTranslated: false };
    const saved = expectOk(await savePosting(users.recruiter, { id: draft.id, version: published.version, posting: copied }, options));
    let { row } = await current(draft.id);
    expect(row).toMatchObject({ frenchVersion: "TO_TRANSLATE", locales: ["en"] });
    expect(await outbox(draft.id)).not.toContain("URL_UPDATED /fr/jobs/fr-state");
    expect((await getOpenPosting("fr-state"))?.posting.content.fr).toBeUndefined();

    // Ticked while still the English text: refused, nothing changes.
    expectRefused(await savePosting(users.recruiter, { id: draft.id, version: saved.version, posting: { ...copied, frenchTranslated: true } }, options));
    ({ row } = await current(draft.id));
    expect(row.frenchVersion).toBe("TO_TRANSLATE");

    // Translated and ticked: the French page goes live and is announced.
    ({ posting } = await current(draft.id));
    const translated: PostingInput = {
      ...posting,
      frenchTranslated: true,
      content: { ...posting.content, fr: { ...posting.content.en, title: "Ingénieur·e backend", role: "Vous construisez des **services**." } },
    };
    expectOk(await savePosting(users.recruiter, { id: draft.id, version: saved.version, posting: translated }, options));
    ({ row } = await current(draft.id));
    expect(row).toMatchObject({ frenchVersion: "TRANSLATED", locales: ["en", "fr"] });
    expect(await outbox(draft.id)).toContain("URL_UPDATED /fr/jobs/fr-state");
    expect((await getOpenPosting("fr-state"))?.posting.content.fr?.title).toBe("Ingénieur·e backend");
  });

  it("seeds the Accountant's French version as translated", async () => {
    const row = await prisma.posting.findUniqueOrThrow({ where: { slug: "accountant-apprentice" } });
    expect(row).toMatchObject({ frenchVersion: "TRANSLATED", locales: ["en", "fr"] });
  });
});
