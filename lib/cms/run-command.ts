import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/posting-writes";
import { CmsRefusal, failure, NOTHING_CHANGED } from "./refusal";
import type { CmsResult } from "./types";

/** Seams for tests and jobs: which database, and what time it is. */
export type CommandOptions = { db?: PrismaClient; now?: Date };

export type CommandContext = { tx: Tx; now: Date };

async function appDatabase(): Promise<PrismaClient> {
  // Imported on first use so that pure callers (and tests passing their own client) never need DATABASE_URL.
  const { db } = await import("@/lib/db/client");
  return db;
}

function isSlugTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes("slug");
}

/**
 * Runs a command in ONE transaction: the change, its revision and its audit
 * row land together or not at all. A refusal rolls back and comes back as form
 * messages; a database failure rolls back and says nothing was changed.
 */
export async function runCommand<T extends object>(
  options: CommandOptions,
  work: (context: CommandContext) => Promise<T>,
): Promise<CmsResult<T>> {
  const database = options.db ?? (await appDatabase());
  const now = options.now ?? new Date();
  try {
    const value = await database.$transaction((tx) => work({ tx, now }), { maxWait: 10_000, timeout: 20_000 });
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof CmsRefusal) return error.failure;
    if (isSlugTaken(error)) {
      return failure("This address is already used by another posting.", { slug: ["This address is already used by another posting."] });
    }
    console.error("[cms] command failed; the transaction was rolled back", error);
    return failure(NOTHING_CHANGED);
  }
}
