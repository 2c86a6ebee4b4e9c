import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { expectOk, expectRefused, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

vi.mock("server-only", () => ({}));

// Issue 14: the CMS answers a recruiter in the language of their interface, naming fields as the form
// labels them; a CDI keeps no length or end date left from another contract type.
const NOW = new Date();
const { prisma } = await freshDatabase();
const options = { db: prisma, now: NOW };
let users: CmsUsers;

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

describe("the recruiter's language", () => {
  it("refuses in French for a French interface, in English otherwise", async () => {
    const posting = makeDraft(NOW, (p) => void (p.teamSlug = "no-such-team"));
    const french = expectRefused(await createDraft({ ...users.recruiter, locale: "fr" }, { posting }, options));
    expect(french.formError).toBe("Certains champs demandent votre attention. Rien n'a été enregistré.");
    expect(french.fieldErrors.teamSlug).toEqual(["Choisissez une équipe dans la liste."]);
    const english = expectRefused(await createDraft(users.recruiter, { posting }, options));
    expect(english.fieldErrors.teamSlug).toEqual(["Choose a team from the list."]);
  });

  it("names the fields in French when publishing is refused", async () => {
    const draft = expectOk(
      await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => { p.slug = "fr-refusal"; p.languages = []; }) }, options),
    );
    const refused = expectRefused(await publishPosting({ ...users.recruiter, locale: "fr" }, { id: draft.id, version: 1 }, options));
    expect(refused.fieldErrors.languages).toEqual(["Cochez « Exigée » pour au moins une langue."]);
  });
});

describe("an open-ended contract", () => {
  it("clears the length, end date and reason a CDI was sent with", async () => {
    const draft = expectOk(
      await createDraft(
        users.recruiter,
        {
          posting: makeDraft(NOW, (p) => {
            p.slug = "cdi-cleared";
            p.contract = { ...p.contract, type: "CDI", durationMonths: { ideal: 6, min: null, max: null }, endDate: "2099-01-31", durationReason: null };
          }),
        },
        options,
      ),
    );
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ contractType: "CDI", durationIdealMonths: null, endDate: null, durationReason: null });
  });
});
