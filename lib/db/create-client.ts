import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client on the pg driver adapter (Prisma 7 needs no query engine binary). */
export function createPrismaClient(connectionString: string, poolSize = 4): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
