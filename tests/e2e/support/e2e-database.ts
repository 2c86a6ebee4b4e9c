import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { E2E_DATA_DIR, E2E_DATABASE } from "./constants";

/**
 * Direct access to the e2e server's database, for arranging what the UI cannot
 * (a posting closed long ago). Reuses the PostgreSQL the e2e server runs.
 */
export async function withE2eDatabase<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const server = await startEmbeddedPostgres(path.resolve(E2E_DATA_DIR));
  const url = new URL(server.adminUrl);
  url.pathname = `/${E2E_DATABASE}`;
  const prisma = createPrismaClient(url.toString(), 2);
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await server.stop();
  }
}
