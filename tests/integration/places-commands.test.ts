import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { databaseState, expectOk, expectRefused, makeDraft, seedCms, type CmsUsers } from "./cms-fixtures";

// Offices and teams run from the CMS (issue 14): slugs derived from names, names unique, archived ones kept on
// their postings but no longer offered, an audit row for each change, and only admins and recruiters.

const NOW = new Date();
// Not a React hook: a fresh database for this file (tests/helpers/database.ts).
const { prisma, url } = await freshDatabase();
process.env.DATABASE_URL = url;
const options = { db: prisma, now: NOW };
const { createOffice, updateOffice, setOfficeArchived } = await import("@/lib/places/commands/office-commands");
const { createTeam, updateTeam, setTeamArchived } = await import("@/lib/places/commands/team-commands");
const { officeSchema } = await import("@/lib/places/office-schema");
const { teamSchema } = await import("@/lib/places/team-schema");
const { listFormOptions } = await import("@/lib/cms/queries/list-form-options");
const { createDraft } = await import("@/lib/cms/commands/create-draft");
const { publishPosting } = await import("@/lib/cms/commands/publish-posting");
const { savePosting } = await import("@/lib/cms/commands/save-posting");

let users: CmsUsers;
beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

const office = (fields: Partial<Record<string, string>> = {}) =>
  officeSchema.parse({ name: "Berlin", street: "Alexanderplatz 1", postalCode: "10178", city: "Berlin", region: "", country: "DE", latitude: "52.5219", longitude: "13.4132", ...fields });

describe("offices", () => {
  it("creates an office with a slug from its name and an audit row; the editor offers it at once", async () => {
    const created = expectOk(await createOffice(users.recruiter, office(), options));
    const row = await prisma.office.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ slug: "berlin", name: "Berlin", postalCode: "10178", country: "DE", latitude: 52.5219, longitude: 13.4132, archivedAt: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "office", entityId: created.id } });
    expect(audit).toMatchObject({ action: "office.create", actorId: users.recruiter.id, actorEmail: users.recruiter.email });
    expect((await listFormOptions()).offices.map((candidate) => candidate.slug)).toContain("berlin");
  });

  it("refuses a second office of the same name (case and accents aside), on the name field", async () => {
    const before = await databaseState(prisma);
    const refused = expectRefused(await createOffice(users.recruiter, office({ name: "  BERLIN " }), options));
    expect(refused.fieldErrors.name).toEqual(["Office name: an office called “Berlin” already exists."]);
    expect(await databaseState(prisma)).toEqual(before);
    const other = expectOk(await createOffice(users.admin, office({ name: "Berlin — Kreuzberg", postalCode: "10999" }), options));
    expect((await prisma.office.findUniqueOrThrow({ where: { id: other.id } })).slug).toBe("berlin-kreuzberg");
  });

  it("a hiring manager can neither create, change nor archive an office; nothing changes", async () => {
    const berlin = await prisma.office.findUniqueOrThrow({ where: { slug: "berlin" } });
    const before = await databaseState(prisma);
    expectRefused(await createOffice(users.manager, office({ name: "Madrid", country: "ES", postalCode: "28001", city: "Madrid" }), options));
    expectRefused(await updateOffice(users.manager, berlin.id, office({ name: "Berlin Mitte" }), options));
    expectRefused(await setOfficeArchived(users.manager, berlin.id, true, options));
    expect(await databaseState(prisma)).toEqual(before);
  });

  it("an edit keeps the slug, names the public pages to expire and audits what changed", async () => {
    const berlin = await prisma.office.findUniqueOrThrow({ where: { slug: "berlin" } });
    const draft = expectOk(await createDraft(users.recruiter, { posting: vieInBerlin("vie-berlin-edit") }, options));
    const live = expectOk(await publishPosting(users.recruiter, draft, options));
    const updated = expectOk(await updateOffice(users.recruiter, berlin.id, office({ street: "Alexanderplatz 2" }), options));
    expect(updated.publicSlugs).toEqual(["vie-berlin-edit"]);
    expect(await prisma.office.findUniqueOrThrow({ where: { id: berlin.id } })).toMatchObject({ slug: "berlin", street: "Alexanderplatz 2" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: berlin.id, action: "office.update" } });
    expect(audit.data).toMatchObject({ changed: { street: { from: "Alexanderplatz 1", to: "Alexanderplatz 2" } } });
    expect(live.status).toBe("PUBLISHED");
  });

  it("archived: stays on its postings (they still save and publish), no longer offered for new ones; brought back, offered again", async () => {
    const berlin = await prisma.office.findUniqueOrThrow({ where: { slug: "berlin" } });
    const draft = expectOk(await createDraft(users.recruiter, { posting: vieInBerlin("vie-berlin-archived") }, options));
    const archived = expectOk(await setOfficeArchived(users.recruiter, berlin.id, true, options));
    expect(archived.publicSlugs).toEqual(expect.arrayContaining(["vie-berlin-edit", "vie-berlin-archived"]));
    expect((await listFormOptions()).offices.map((candidate) => candidate.slug)).not.toContain("berlin");
    expect((await listFormOptions({ officeSlug: "berlin" })).offices.map((candidate) => candidate.slug)).toContain("berlin");
    const saved = expectOk(await savePosting(users.recruiter, { id: draft.id, version: draft.version, posting: vieInBerlin("vie-berlin-archived", "VIE Sales Developer") }, options));
    expectOk(await publishPosting(users.recruiter, saved, options));
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, include: { office: true } })).office?.slug).toBe("berlin");
    // Named directly (not offered by the form) for a new posting or one that did not have it: refused on the field.
    const other = expectOk(await createDraft(users.recruiter, { posting: makeDraft(NOW, (p) => (p.slug = "paris-draft-stays")) }, options));
    const before = await databaseState(prisma);
    const fresh = expectRefused(await createDraft(users.recruiter, { posting: vieInBerlin("vie-berlin-new") }, options));
    expect(fresh.fieldErrors["location.office"]).toEqual(["The office “Berlin” is archived: choose another one in “Office”."]);
    const moved = expectRefused(await savePosting(users.recruiter, { id: other.id, version: other.version, posting: vieInBerlin("paris-draft-stays") }, options));
    expect(moved.fieldErrors["location.office"]?.[0]).toMatch(/is archived/);
    const french = expectRefused(await createDraft({ ...users.recruiter, locale: "fr" }, { posting: vieInBerlin("vie-berlin-fr") }, options));
    expect(french.fieldErrors["location.office"]).toEqual(["Le bureau « Berlin » est archivé : choisissez-en un autre dans « Bureau »."]);
    expect(await databaseState(prisma)).toEqual(before);
    // Archiving twice writes one audit row; bringing it back another.
    expectOk(await setOfficeArchived(users.recruiter, berlin.id, true, options));
    expectOk(await setOfficeArchived(users.recruiter, berlin.id, false, options));
    const actions = await prisma.auditEvent.findMany({ where: { entityId: berlin.id, action: { in: ["office.archive", "office.unarchive"] } }, orderBy: { createdAt: "asc" } });
    expect(actions.map((row) => row.action)).toEqual(["office.archive", "office.unarchive"]);
    expect((await listFormOptions()).offices.map((candidate) => candidate.slug)).toContain("berlin");
  });
});

describe("teams", () => {
  it("creates a team in both languages with a slug from its English name; refuses a duplicate name", async () => {
    const created = expectOk(await createTeam(users.recruiter, teamSchema.parse({ name: "Business Development", nameFr: "Développement commercial" }), options));
    expect(await prisma.team.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ slug: "business-development", name: "Business Development", nameFr: "Développement commercial" });
    expect(await prisma.auditEvent.count({ where: { entityId: created.id, action: "team.create" } })).toBe(1);
    const refused = expectRefused(await createTeam(users.admin, teamSchema.parse({ name: "business development", nameFr: "Autre" }), options));
    expect(refused.fieldErrors.name?.[0]).toMatch(/^English name: /);
    expect(teamSchema.safeParse({ name: "Growth", nameFr: " " }).error?.issues.map((issue) => issue.message)).toEqual(["French name: write the team's name in French."]);
  });

  it("renames (slug kept), archives (not offered, kept on postings) and refuses a hiring manager", async () => {
    const team = await prisma.team.findUniqueOrThrow({ where: { slug: "business-development" } });
    const draft = expectOk(await createDraft(users.recruiter, { posting: vieInBerlin("bizdev-team", "Business Developer", "business-development") }, options));
    const renamed = expectOk(await updateTeam(users.recruiter, team.id, { name: "Business Development & Partnerships", nameFr: "Développement commercial et partenariats" }, options));
    expect(renamed.publicSlugs).toEqual(["bizdev-team"]);
    expect((await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).slug).toBe("business-development");
    const before = await databaseState(prisma);
    expectRefused(await setTeamArchived(users.manager, team.id, true, options));
    expect(await databaseState(prisma)).toEqual(before);
    expectOk(await setTeamArchived(users.recruiter, team.id, true, options));
    expect((await listFormOptions()).teams.map((candidate) => candidate.slug)).not.toContain("business-development");
    expect((await listFormOptions({ teamSlug: "business-development" })).teams.map((candidate) => candidate.slug)).toContain("business-development");
    expect((await prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, include: { team: true } })).team.slug).toBe("business-development");
    // Kept on its posting (it still saves), refused for a new one.
    expectOk(await savePosting(users.recruiter, { id: draft.id, version: draft.version, posting: vieInBerlin("bizdev-team", "Business Developer II", "business-development") }, options));
    const fresh = expectRefused(await createDraft(users.recruiter, { posting: vieInBerlin("bizdev-new", "Business Developer", "business-development") }, options));
    expect(fresh.fieldErrors.teamSlug).toEqual(["The team “Business Development & Partnerships” is archived: choose another one in “Team”."]);
  });
});

function vieInBerlin(slug: string, title = "VIE Business Developer", teamSlug = "technology") {
  return makeDraft(NOW, (p) => {
    p.slug = slug;
    p.teamSlug = teamSlug;
    p.content.en.title = title;
    p.contract = { ...p.contract, type: "VIE", durationMonths: { ideal: 12, min: null, max: null } };
    p.location = {
      office: { slug: "berlin", name: "Berlin", street: null, postalCode: "10178", city: "Berlin", region: null, country: "DE" },
      remote: { policy: "ON_SITE" },
      workAuthorization: "EEA_NATIONALITY",
    };
  });
}
