import { internalToken } from "./internal-token";

// The minute tick: each app instance asks itself, over HTTP, to run the
// scheduled jobs, because cache revalidation only works inside a request.
// The jobs take a PostgreSQL advisory lock, so several instances are safe.
// The first tick, right after start, also expires every cached public page:
// the data may have changed while the app was stopped.

const TICK_MS = 60_000;
const FIRST_TICK_MS = 1_000;

async function tick(origin: string, startup: boolean): Promise<void> {
  const token = internalToken();
  if (!token) return;
  try {
    const response = await fetch(`${origin}/api/internal/tick${startup ? "?startup=1" : ""}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(50_000),
    });
    if (!response.ok) console.error(`[careers] scheduled jobs: HTTP ${response.status}`);
  } catch (error) {
    console.error("[careers] scheduled jobs failed:", error instanceof Error ? error.message : error);
  }
}

export function startScheduler(): void {
  if (process.env.CAREERS_SCHEDULER === "off") return;
  const origin = `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  const first = setTimeout(() => void tick(origin, true), FIRST_TICK_MS);
  first.unref();
  const every = setInterval(() => void tick(origin, false), TICK_MS);
  every.unref();
}
