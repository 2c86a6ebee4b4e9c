import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type ClientOptions = {
  /**
   * Connections kept open while idle (the app server). A new connection costs ~20 ms (SCRAM and a forked
   * backend) and its first queries more (the backend's catalog caches start empty): a pool that let them go
   * after pg's default 10 idle seconds made the first renders after a quiet spell 2–3× slower than later ones.
   */
  keepOpen?: number;
};

/** A Prisma client on the pg driver adapter (Prisma 7 needs no query engine binary). */
export function createPrismaClient(connectionString: string, poolSize = 4, options: ClientOptions = {}): PrismaClient {
  const keepOpen = Math.min(options.keepOpen ?? 0, poolSize);
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize, ...(keepOpen > 0 ? { min: keepOpen, idleTimeoutMillis: 10 * 60_000 } : {}) }),
  });
}
