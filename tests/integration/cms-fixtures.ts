import { expect } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { CmsActor, CmsResult } from "@/lib/cms/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addMonths, formatParisDateTime, parisToday, type PostingInput } from "@/lib/postings";
import { seedDatabase } from "@/prisma/seed/seed-database";

// Shared set-up of the cms-* integration tests: a seeded database with one
// user per role (and a disabled one), and a publishable posting dated from now.

export type CmsUsers = Record<"admin" | "recruiter" | "manager" | "disabled", CmsActor>;

export async function seedCms(prisma: PrismaClient, now: Date): Promise<CmsUsers> {
  await seedDatabase(prisma, { repostForNextIntake: true, now });
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  const passwordHash = await hashPassword("correct horse battery staple");
  const make = async (email: string, name: string, role: CmsActor["role"], disabled = false): Promise<CmsActor> => {
    const user = await prisma.user.create({ data: { email, name, role, passwordHash, disabledAt: disabled ? now : null } });
    return { id: user.id, email, name, role };
  };
  return {
    admin: { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" },
    recruiter: await make("recruiter@example.com", "Rita Recruiter", "RECRUITER"),
    manager: await make("manager@example.com", "Hugo Hiring-Manager", "HIRING_MANAGER"),
    // The most powerful role, disabled: a disabled account may do nothing at all.
    disabled: await make("gone@example.com", "Dana Disabled", "ADMIN", true),
  };
}

/** A complete, publishable permanent role in Paris whose dates are ahead of `now`. */
export function makeDraft(now: Date, mutate?: (posting: PostingInput) => void): PostingInput {
  const today = parisToday(now);
  const posting: PostingInput = {
    slug: "backend-engineer",
    teamSlug: "technology",
    contract: { type: "CDI", schedule: "FULL_TIME", weeklyHours: null, durationMonths: null, durationReason: null, endDate: null, compensation: null },
    dates: {
      datePosted: formatParisDateTime(new Date(now.getTime() - 3_600_000)),
      validThrough: `${addMonths(today, 2)}T23:59:59+02:00`,
      startWindow: { earliest: `${addMonths(today, 3).slice(0, 7)}-01`, latest: `${addMonths(today, 3).slice(0, 7)}-28` },
    },
    location: {
      office: { slug: "paris-hq", name: "Paris HQ", street: "199 rue Championnet", postalCode: "75018", city: "Paris", region: "Île-de-France", country: "FR" },
      remote: { policy: "HYBRID", daysPerWeek: 2, note: null },
      workAuthorization: "NONE",
    },
    languages: [{ code: "en", level: "B2", required: true, wording: null }],
    education: { requirements: [], field: null },
    content: {
      en: {
        title: "Backend Engineer",
        about: "We refurbish tech.",
        role: "You build **services** that keep phones out of landfills.",
        missions: ["Build APIs"],
        profile: ["You know TypeScript"],
        benefits: [],
        additionalInfo: "",
        steps: [{ order: 1, kind: "VIDEO_CALL", label: "Interview", minutes: 30, withWhom: null, options: [] }],
      },
    },
    apply: { url: "https://jobs.example.com/apply", email: null },
  };
  mutate?.(posting);
  return posting;
}

/** Everything a posting command can write, to prove a refused command wrote nothing. */
export async function databaseState(prisma: PrismaClient) {
  const [postings, languages, revisions, audit, redirects, assignments, offices, teams] = await Promise.all([
    prisma.posting.findMany({ orderBy: { id: "asc" } }),
    prisma.postingLanguage.findMany({ orderBy: [{ postingId: "asc" }, { position: "asc" }] }),
    prisma.postingRevision.findMany({ orderBy: { id: "asc" } }),
    prisma.auditEvent.findMany({ where: { entityType: { in: ["posting", "office", "team"] } }, orderBy: { id: "asc" } }),
    prisma.postingSlugRedirect.findMany({ orderBy: { slug: "asc" } }),
    prisma.postingAssignment.findMany({ orderBy: [{ postingId: "asc" }, { userId: "asc" }] }),
    prisma.office.findMany({ orderBy: { id: "asc" } }),
    prisma.team.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { postings, languages, revisions, audit, redirects, assignments, offices, teams };
}

export function expectOk<T extends object>(result: CmsResult<T>): Extract<CmsResult<T>, { ok: true }> {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify({ formError: result.formError, fieldErrors: result.fieldErrors })}`);
  return result as Extract<CmsResult<T>, { ok: true }>;
}

export function expectRefused<T extends object>(result: CmsResult<T>) {
  if (result.ok) expect.fail("expected a refusal, got success");
  return result as Extract<CmsResult<T>, { ok: false }>;
}
