import { readFileSync } from "node:fs";
import { closeOwnConnections } from "@/lib/db/drop-database";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { seedCms } from "./cms-fixtures";

// The application form's POST (app/(site)/jobs/[slug]/apply/submit/route.ts) when the database fails under it:
// never a bare 500. While the database still answers, the form comes back with what was typed and a message
// that nothing was kept; when it does not answer at all, a 503 page in the candidate's language says so.

vi.mock("server-only", () => ({}));

const { prisma, url, name, adminUrl } = await freshDatabase();
process.env.DATABASE_URL = url;
process.env.SITE_URL = "https://careers.example";
const { POST } = await import("@/app/(site)/jobs/[slug]/apply/submit/route");
const { readDraft, DRAFT_COOKIE } = await import("@/lib/applications/application-drafts");

const SLUG = "people-ops-payroll-apprentice";
const PDF = readFileSync("tests/fixtures/applications/cv.pdf");
let postingId: string;

beforeAll(async () => {
  await seedCms(prisma, new Date());
  postingId = (await prisma.posting.update({ where: { slug: SLUG }, data: { applyMethod: "ON_SITE", applicationQuestions: [] }, select: { id: true } })).id;
});

function submission(locale: "en" | "fr", email: string): Request {
  const form = new FormData();
  form.set("name", "Camille Candidate");
  form.set("email", email);
  form.set("consent", "yes");
  form.set("cv", new File([PDF], "cv.pdf", { type: "application/pdf" }));
  return new Request(`https://careers.example/jobs/${SLUG}/apply/submit?locale=${locale}`, { method: "POST", body: form, headers: { "x-forwarded-for": "203.0.113.9" } });
}

const call = (request: Request) => POST(request, { params: Promise.resolve({ slug: SLUG }) });

describe("the application POST when the database fails", () => {
  it("a write refused mid-transaction: back to the form with what was typed and “nothing was kept”; no row left", async () => {
    await prisma.$executeRawUnsafe(`ALTER TABLE application_files ADD CONSTRAINT test_no_cv CHECK (size < 0) NOT VALID`);
    try {
      const response = await call(submission("en", "camille.refused@example.com"));
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`/jobs/${SLUG}/apply/retry#errors`);
      const token = new RegExp(`${DRAFT_COOKIE}=([^;]+)`).exec(response.headers.get("set-cookie") ?? "")?.[1];
      const draft = await readDraft(prisma, token, postingId, new Date());
      expect(draft?.errors).toEqual({ form: "unavailable" });
      expect(draft?.values.email).toBe("camille.refused@example.com");
      expect(await prisma.application.count()).toBe(0);
      expect(await prisma.applicationFile.count()).toBe(0);
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE application_files DROP CONSTRAINT test_no_cv`);
    }
  });

  it("no database at all: a 503 page in French that says nothing was kept, never a 500", async () => {
    await prisma.$disconnect();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // Every connection of this test's database ends, then it is renamed away: the app's pool cannot get one back.
    await admin.query(`ALTER DATABASE "${name}" RENAME TO "${name}_away"`).catch(async () => {
      await closeOwnConnections(admin, name);
      await admin.query(`ALTER DATABASE "${name}" RENAME TO "${name}_away"`);
    });
    await closeOwnConnections(admin, `${name}_away`);
    try {
      const response = await call(submission("fr", "camille.down@example.com"));
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain(`<html lang="fr">`);
      expect(html).toContain("Votre candidature n’a pas été envoyée");
      expect(html).toContain(`href="/fr/jobs/${SLUG}/postuler"`);
    } finally {
      await closeOwnConnections(admin, `${name}_away`);
      await admin.query(`ALTER DATABASE "${name}_away" RENAME TO "${name}"`);
      await admin.end();
    }
  });
});
