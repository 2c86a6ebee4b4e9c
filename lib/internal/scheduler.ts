import { startNotingExpiries } from "@/lib/cache/recent-expiries";
import { internalToken } from "./internal-token";
import { startNextInstantTimer } from "./next-instant-timer";
import { startPageRegeneration } from "./regenerate-pages";
import { warmUp } from "./warm-up";

// The minute tick: each app instance asks itself, over HTTP, to run the
// scheduled jobs, because cache revalidation only works inside a request.
// The jobs are safe with several instances (advisory lock, SKIP LOCKED). The
// first tick, right after start, also expires every cached public page: the
// data may have changed while the app was stopped.

// Every minute; CAREERS_TICK_SECONDS shortens it (the end-to-end server ticks every 2 s).
const TICK_MS = Math.max(1, Number(process.env.CAREERS_TICK_SECONDS ?? 60)) * 1000;
const FIRST_TICK_MS = 1_000;

async function tick(origin: string): Promise<void> {
  const token = internalToken();
  if (!token) return;
  try {
    const response = await fetch(`${origin}/api/internal/tick`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(50_000),
    });
    if (!response.ok) {
      console.error(`[careers] scheduled jobs: HTTP ${response.status}`);
      return;
    }
    const summary = (await response.json()) as { expired: number; published: number; notified: number };
    if (summary.expired || summary.published || summary.notified) {
      console.log(`[careers] scheduled jobs: ${summary.expired} expired, ${summary.published} published, ${summary.notified} URL notifications processed`);
    }
  } catch (error) {
    console.error("[careers] scheduled jobs failed:", error instanceof Error ? error.message : error);
  }
}

export function startScheduler(): void {
  if (process.env.CAREERS_SCHEDULER === "off") return;
  const origin = `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  startPageRegeneration(origin);
  // What another instance changed and announced is expired here already: the tick leaves it alone.
  startNotingExpiries();
  // After the first tick (which expires every cached page), the instance renders its public pages a few times.
  const first = setTimeout(() => void tick(origin).then(() => warmUp(origin)), FIRST_TICK_MS);
  first.unref();
  const every = setInterval(() => void tick(origin), TICK_MS);
  every.unref();
  // The exact instants (a closing, a scheduled publication) are not left to the tick: lib/internal/next-instant-timer.ts.
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) startNextInstantTimer(databaseUrl, () => tick(origin));
}
