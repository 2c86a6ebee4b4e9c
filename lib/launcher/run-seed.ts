import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { resolveDataDir } from "./data-dir";
import { prepareDatabase } from "./prepare-database";

/** `npm run db:seed`: adds whatever of the seed is missing; changes nothing that exists. */
export async function runSeed(options: { repost: boolean }): Promise<number> {
  const database = await prepareDatabase(resolveDataDir(), { seedIfEmpty: false });
  const prisma = createPrismaClient(database.url);
  try {
    const summary = await seedDatabase(prisma, {
      repostForNextIntake: options.repost,
      log: (line) => console.log(`[careers] ${line}`),
    });
    console.log(`[careers] seed: ${JSON.stringify(summary)}`);
    return 0;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}
