import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));
vi.mock("@/lib/cache/revalidate-public", () => ({ revalidatePublicPostings: vi.fn() }));
import { authSnapshot, createTestUser, form, freshAuthDatabase, type TestUser } from "@/tests/helpers/auth-fixtures";
import { databaseState, makeDraft, seedCms, type CmsUsers } from "../integration/cms-fixtures";

// Mass assignment and hostile text through the real server actions (issue 7),
// called as the browser would call them, with a real signed session: whatever
// the client adds (status, author, id, version, timestamps, role) is refused or
// ignored — never stored — and hostile text comes back as a message on its field.

// Not a React hook: a fresh database for this file, wired as the app's database.
const { prisma } = await freshAuthDatabase();
const { signInAs } = await import("@/tests/helpers/next-request-mock");
const { createPostingAction } = await import("@/app/(admin)/admin/postings/actions");
const { savePostingAction, publishPostingAction, submitForReviewAction } = await import("@/app/(admin)/admin/postings/[id]/actions");
const { changeOwnPasswordAction } = await import("@/lib/auth/actions/account-actions");
const { createUserAction, changeRoleAction } = await import("@/lib/auth/actions/user-actions");

const NOW = new Date();
let users: CmsUsers;
let serial = 0;
const slug = () => `mass-${(serial += 1)}`;

/** Everything a posting or user action could write. */
async function everything() {
  return { ...(await databaseState(prisma)), ...(await authSnapshot(prisma)) };
}

async function draftBy(actor: "manager" | "recruiter") {
  await signInAs(users[actor].id);
  const created = await createPostingAction({ posting: makeDraft(NOW, (p) => void (p.slug = slug())) });
  if (!created.ok) throw new Error(`fixture draft refused: ${JSON.stringify(created)}`);
  return created;
}

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
});

const SMUGGLED = { status: "PUBLISHED", authorId: "", id: randomUUID(), version: 99, publishedAt: "2020-01-01T00:00:00Z", createdAt: "2020-01-01T00:00:00Z" };

describe("mass assignment through the posting actions", () => {
  for (const actor of ["manager", "recruiter"] as const) {
    it(`${actor}: status, authorId, id, version beside the posting in a create are refused and nothing is written`, async () => {
      await signInAs(users[actor].id);
      const before = await everything();
      const result = await createPostingAction({ posting: makeDraft(NOW, (p) => void (p.slug = slug())), ...SMUGGLED, authorId: users.admin.id });
      expect(result.ok).toBe(false);
      expect(await everything()).toEqual(before);
    });

    it(`${actor}: status, authorId, id, version inside the posting of a create are refused on their fields and nothing is written`, async () => {
      await signInAs(users[actor].id);
      const before = await everything();
      const result = await createPostingAction({ posting: { ...makeDraft(NOW, (p) => void (p.slug = slug())), ...SMUGGLED, authorId: users.admin.id } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(expect.arrayContaining(["status", "authorId", "id", "version"]));
      expect(await everything()).toEqual(before);
    });

    it(`${actor}: status, authorId, id, version in a save (envelope or posting) are refused and nothing is written`, async () => {
      const draft = await draftBy(actor);
      const before = await everything();
      const posting = makeDraft(NOW, (p) => {
        p.slug = draft.slug;
        p.content.en.title = "Smuggled Title";
      });
      const envelope = await savePostingAction({ id: draft.id, version: draft.version, posting, status: "PUBLISHED", authorId: users.admin.id });
      const inside = await savePostingAction({ id: draft.id, version: draft.version, posting: { ...posting, ...SMUGGLED, authorId: users.admin.id } });
      expect([envelope.ok, inside.ok]).toEqual([false, false]);
      expect(await everything()).toEqual(before);
    });
  }

  it("a create by a hiring manager stores what the server decides: a draft, its author, version 1, a new id", async () => {
    const created = await draftBy("manager");
    const row = await prisma.posting.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ status: "DRAFT", authorId: users.manager.id, version: 1 });
    expect(row.id).not.toBe(SMUGGLED.id);
  });

  it("an id naming someone else's posting cannot turn a create into an overwrite", async () => {
    const theirs = await draftBy("recruiter");
    await signInAs(users.manager.id);
    const before = await everything();
    const result = await createPostingAction({ posting: makeDraft(NOW, (p) => void (p.slug = slug())), id: theirs.id });
    expect(result.ok).toBe(false);
    expect(await everything()).toEqual(before);
  });

  it("a hiring manager cannot publish by sending a later version or a posting with a status in a transition", async () => {
    const draft = await draftBy("manager");
    const before = await everything();
    expect((await publishPostingAction({ id: draft.id, version: draft.version + 5 })).ok).toBe(false);
    expect((await submitForReviewAction({ id: draft.id, version: draft.version, posting: { ...makeDraft(NOW, (p) => void (p.slug = draft.slug)), status: "PUBLISHED" } })).ok).toBe(false);
    expect(await everything()).toEqual(before);
  });

  it("a stale or invented version is a conflict, never a forced write", async () => {
    const draft = await draftBy("recruiter");
    const before = await everything();
    for (const version of [draft.version + 1, 0, -1, 2 ** 31]) {
      const result = await publishPostingAction({ id: draft.id, version });
      expect(result.ok, `version ${version}`).toBe(false);
    }
    expect(await everything()).toEqual(before);
  });
});

describe("mass assignment through the user actions (extra form fields are ignored)", () => {
  let self: TestUser;
  beforeAll(async () => {
    self = await createTestUser(prisma, "HIRING_MANAGER");
  });

  it("a hiring manager changing their own password cannot also change their role, email or disabled state", async () => {
    await signInAs(self.id);
    const result = await changeOwnPasswordAction(
      undefined,
      form({ currentPassword: self.password, newPassword: "a brand new passphrase 42", confirmPassword: "a brand new passphrase 42", role: "ADMIN", email: "owner@example.com", disabledAt: "", id: users.admin.id }),
    );
    expect(result.status).toBe("ok");
    const row = await prisma.user.findUniqueOrThrow({ where: { id: self.id } });
    expect(row).toMatchObject({ role: "HIRING_MANAGER", email: self.email, disabledAt: null });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.admin.id } })).email).toBe(users.admin.email);
  });

  it("an admin creating a user cannot choose its id, password hash or disabled state through extra fields", async () => {
    await signInAs(users.admin.id);
    const id = randomUUID();
    const result = await createUserAction(
      undefined,
      form({ email: "extra-fields@example.com", name: "Extra Fields", role: "RECRUITER", passwordMode: "generate", id, passwordHash: "$argon2id$forged", disabledAt: "2020-01-01", passwordChangedAt: "2099-01-01" }),
    );
    expect(result.status).toBe("ok");
    const row = await prisma.user.findUniqueOrThrow({ where: { email: "extra-fields@example.com" } });
    expect(row.id).not.toBe(id);
    expect(row.passwordHash).not.toBe("$argon2id$forged");
    expect(row.disabledAt).toBeNull();
  });

  it("a role change carrying an email, a password hash or a second userId changes only the role of the named user", async () => {
    const target = await createTestUser(prisma, "HIRING_MANAGER");
    const bystander = await createTestUser(prisma, "HIRING_MANAGER");
    await signInAs(users.admin.id);
    const result = await changeRoleAction(undefined, form({ userId: [target.id, bystander.id], role: "RECRUITER", email: "stolen@example.com", passwordHash: "x" }));
    const [changed, untouched] = await Promise.all([
      prisma.user.findUniqueOrThrow({ where: { id: target.id } }),
      prisma.user.findUniqueOrThrow({ where: { id: bystander.id } }),
    ]);
    expect(untouched.role).toBe("HIRING_MANAGER");
    expect(changed.email).toBe(target.email);
    expect(changed.passwordHash).not.toBe("x");
    if (result.status === "ok") expect(changed.role).toBe("RECRUITER");
  });
});

describe("hostile text through the create action → a message on the field, nothing written", () => {
  const CASES: { name: string; field: string; mutate: (posting: ReturnType<typeof makeDraft>) => void }[] = [
    { name: "a 10,000-character title", field: "content.en.title", mutate: (p) => void (p.content.en.title = "x".repeat(10_000)) },
    { name: "a NUL byte in the title", field: "content.en.title", mutate: (p) => void (p.content.en.title = "Backend\u0000Engineer") },
    { name: "an RTL override in the title", field: "content.en.title", mutate: (p) => void (p.content.en.title = "Backend \u202Egnp.exe") },
    { name: "a NUL byte in the markdown", field: "content.en.role", mutate: (p) => void (p.content.en.role = "You build\u0000 things") },
    { name: "an RTL override in a list item", field: "content.en.missions.0", mutate: (p) => void (p.content.en.missions = ["Build \u202EIPA"]) },
    { name: "a NUL byte in a step label", field: "content.en.steps.0.label", mutate: (p) => void (p.content.en.steps[0]!.label = "Inter\u0000view") },
    { name: "a NUL byte in the apply link", field: "apply.url", mutate: (p) => void (p.apply = { url: "https://jobs.example.com/apply\u0000x", email: null }) },
    { name: "an RTL override in the apply link", field: "apply.url", mutate: (p) => void (p.apply = { url: "https://jobs.example.com/\u202Eexe.pdf", email: null }) },
    { name: "a lone surrogate in the title", field: "content.en.title", mutate: (p) => void (p.content.en.title = "Backend \uD800 Engineer") },
    { name: "a lone surrogate in the markdown", field: "content.en.role", mutate: (p) => void (p.content.en.role = "You build \uDC00 things") },
    { name: "a 2 MB markdown body", field: "content.en.about", mutate: (p) => void (p.content.en.about = "word ".repeat(400_000)) },
  ];
  for (const hostile of CASES) {
    it(`${hostile.name}: refused on ${hostile.field}`, async () => {
      await signInAs(users.recruiter.id);
      const before = await everything();
      const result = await createPostingAction({ posting: makeDraft(NOW, (p) => {
        p.slug = slug();
        hostile.mutate(p);
      }) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors[hostile.field], JSON.stringify(result)).toBeDefined();
      expect(await everything()).toEqual(before);
    });
  }
});
