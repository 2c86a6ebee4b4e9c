import { randomBytes } from "node:crypto";
import { normalizeEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { insertPosting, replacePosting, type Actor } from "@/lib/db/posting-writes";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parisEndOfDay, repostForNextIntake, validatePosting, type Posting } from "@/lib/postings";
import { SEED_OFFICES } from "../seed-data/offices";
import { SEED_POSTINGS } from "../seed-data/postings";
import { SEED_TEAMS } from "../seed-data/teams";

export type SeedOptions = { repostForNextIntake: boolean; now?: Date; log?: (line: string) => void };
export type SeedSummary = { teams: number; offices: number; postings: number; reposted: number; admin: "created" | "kept" };

/** Validates the seed postings with the one posting schema, in publish mode. */
export function loadSeedPostings(): Posting[] {
  return SEED_POSTINGS.map((input) => {
    const result = validatePosting(input, { mode: "publish" });
    if (!result.ok || !result.data) throw new Error(`Seed posting is invalid: ${JSON.stringify(result.errors)}`);
    return result.data;
  });
}

async function ensureAdmin(prisma: PrismaClient, log: (line: string) => void): Promise<{ actor: Actor; created: boolean }> {
  const email = normalizeEmail(process.env.ADMIN_EMAIL ?? "admin@example.com");
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { actor: { id: existing.id, email }, created: false };
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const user = await prisma.user.create({
    data: { email, name: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) },
    select: { id: true },
  });
  if (!process.env.ADMIN_PASSWORD) log(`admin account created: ${email} / ${password} (shown once; change it after signing in)`);
  return { actor: { id: user.id, email }, created: true };
}

/**
 * Adds what is missing of the seed (teams, offices, the admin, the three Back
 * Market postings) and changes nothing that exists, so a second run is a no-op.
 * With repostForNextIntake the postings just created are moved to the next
 * intake by the same operation recruiters use, so the demo has open roles.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const postings = loadSeedPostings();
  const summary: SeedSummary = { teams: 0, offices: 0, postings: 0, reposted: 0, admin: "kept" };

  for (const team of SEED_TEAMS) {
    const { count } = await prisma.team.createMany({ data: [team], skipDuplicates: true });
    summary.teams += count;
  }
  for (const office of SEED_OFFICES) {
    const { count } = await prisma.office.createMany({
      data: [{ ...office, street: office.street ?? null, region: office.region ?? null }],
      skipDuplicates: true,
    });
    summary.offices += count;
  }
  const admin = await ensureAdmin(prisma, log);
  summary.admin = admin.created ? "created" : "kept";

  for (const posting of postings) {
    if (await prisma.posting.findUnique({ where: { slug: posting.slug }, select: { id: true } })) continue;
    await prisma.$transaction(async (tx) => {
      const published = new Date(posting.dates.datePosted);
      // The sources state no closing date, so none is stored: a posting kept at its
      // original dates whose intake is over is recorded as expired when its start
      // window ended, so a configured database does not show 2025 roles as open.
      const intakeEnd = new Date(parisEndOfDay(posting.dates.startWindow.latest));
      const over = !options.repostForNextIntake && posting.dates.validThrough === null && intakeEnd.getTime() < now.getTime();
      const row = await insertPosting(tx, posting, {
        status: over ? "EXPIRED" : "PUBLISHED",
        actor: admin.actor,
        action: "posting.seed",
        firstPublishedAt: published,
        publishedAt: published,
        lastPublicChangeAt: published,
        ...(over ? { closedAt: intakeEnd } : {}),
      });
      summary.postings += 1;
      if (!options.repostForNextIntake) return;
      await replacePosting(tx, {
        id: row.id,
        expectedVersion: row.version,
        posting: repostForNextIntake(posting, now),
        status: "PUBLISHED",
        actor: admin.actor,
        action: "posting.repost",
        publishedAt: now,
        lastPublicChangeAt: now,
        closedAt: null,
      });
      summary.reposted += 1;
    });
  }
  log(`seed: ${summary.postings} postings added (${summary.reposted} reposted for the next intake)`);
  return summary;
}
