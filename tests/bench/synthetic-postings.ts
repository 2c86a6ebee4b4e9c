import { randomUUID } from "node:crypto";
import { postingColumns } from "@/lib/db/posting-columns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { validatePosting, type Posting } from "@/lib/postings";
import { SEED_POSTINGS } from "@/prisma/seed-data/postings";

// 10,000 open postings for the benchmark, varied across every facet, written
// in bulk straight to the tables (the search trigger still fills search_vector).
// Synthetic load data: no revisions or audit rows. Each posting's text is its
// own mix of the seeds' sentences (a real corpus does not repeat one body
// 10,000 times, which would make every seed word match a third of the rows).

const WORDS = ["Data", "Payroll", "Finance", "Product", "Quality", "Logistics", "Marketing", "Legal", "Design", "Security", "Pricing", "Support"];
const ROLES = ["Analyst", "Apprentice", "Intern", "Coordinator", "Specialist", "Engineer", "Manager"];
const TEAMS = ["people", "finance", "technology"];
const teamOf = (i: number) => TEAMS[i % TEAMS.length] as string;

export async function insertSyntheticPostings(prisma: PrismaClient, count: number): Promise<void> {
  const bases = SEED_POSTINGS.map((input) => {
    const result = validatePosting(input, { mode: "draft" });
    if (!result.ok) throw new Error(`seed posting ${input.slug} is invalid`);
    return result.data;
  });
  const pool = (pick: (posting: Posting) => readonly string[]) => bases.flatMap((posting) => [...pick(posting)]);
  const missions = pool((posting) => posting.content.en.missions);
  const profile = pool((posting) => posting.content.en.profile);
  const sample = (items: readonly string[], i: number, count: number) =>
    Array.from({ length: count }, (_, k) => items[(i * 7 + k * 13) % items.length] as string);
  const teams = new Map((await prisma.team.findMany()).map((team) => [team.slug, team.id]));
  const offices = await prisma.office.findMany();
  const now = Date.now();
  for (let start = 0; start < count; start += 1000) {
    const postings = [];
    const languages: (Posting["languages"][number] & { position: number; postingId: string })[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const base = bases[i % bases.length] as Posting;
      const title = `${WORDS[i % WORDS.length]} ${ROLES[(i >> 2) % ROLES.length]} ${i}`;
      const month = String((i % 12) + 1).padStart(2, "0");
      const posting: Posting = {
        ...base,
        slug: `synthetic-${i}`,
        teamSlug: teamOf(i),
        dates: {
          datePosted: new Date(now - (i % 90) * 86_400_000).toISOString(),
          validThrough: new Date(now + (30 + (i % 300)) * 86_400_000).toISOString(),
          startWindow: { earliest: `2027-${month}-01`, latest: `2027-${month}-28` },
        },
        content: {
          en: {
            ...base.content.en,
            title,
            role: `As our ${title}, you join the ${teamOf(i)} team and work with ${WORDS[(i + 5) % WORDS.length]} and ${WORDS[(i + 7) % WORDS.length]} specialists across Europe.`,
            missions: sample(missions, i, 4),
            profile: sample(profile, i + 3, 4),
          },
        },
      };
      const id = randomUUID();
      const office = offices[i % offices.length];
      postings.push({
        id,
        ...postingColumns(posting, { teamId: teams.get(posting.teamSlug) as string, officeId: office?.id ?? null }),
        status: "PUBLISHED" as const,
        firstPublishedAt: new Date(now),
        publishedAt: new Date(now),
        lastPublicChangeAt: new Date(now),
      });
      posting.languages.forEach((language, position) => languages.push({ ...language, position, postingId: id }));
    }
    await prisma.posting.createMany({ data: postings });
    await prisma.postingLanguage.createMany({ data: languages });
  }
}
