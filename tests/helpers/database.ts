import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createDatabase, dropDatabase } from "./database-admin";

/**
 * A fresh database for one test file: migrated (a clone of the run's template)
 * or empty. Dropped when the file's tests are done.
 */
export async function useFreshDatabase(options: { migrated?: boolean } = {}) {
  const adminUrl = inject("adminUrl");
  const name = `careers_t_${randomBytes(5).toString("hex")}`;
  const url = await createDatabase(adminUrl, name, options.migrated === false ? undefined : inject("templateDatabase"));
  const prisma = createPrismaClient(url);
  afterAll(async () => {
    await prisma.$disconnect();
    await dropDatabase(adminUrl, name);
  });
  return { url, name, prisma, adminUrl };
}
