import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./create-client";

// The one database client of the app. The launcher (lib/launcher) always sets
// DATABASE_URL: to the embedded server it started, or to the configured one.
function createAppClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`, which provide the database.");
  }
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return createPrismaClient(connectionString, poolSize, { keepOpen: poolSize });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createAppClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
