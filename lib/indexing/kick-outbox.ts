import { processOutbox } from "./process-outbox";

// With an accelerator in front, a change must leave it within a second, so the outbox rows a change queued
// are sent right after the response that made it (revalidatePublicPostings) instead of at the next minute
// tick. Same claiming, same retries: a failed ban is retried by the tick with the usual backoff.
const KICK_BUDGET_MS = 5_000;

export async function kickOutbox(): Promise<void> {
  const { db } = await import("@/lib/db/client");
  try {
    await processOutbox(db, new Date(), { budgetMs: KICK_BUDGET_MS });
  } catch (error) {
    console.error("[careers] outbox after a change failed; the tick retries:", error instanceof Error ? error.message : error);
  }
}
