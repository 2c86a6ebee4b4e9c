import "server-only";
import pg from "pg";

// The health check pings PostgreSQL on a connection of its own, never through
// the app's pool: under load (200 sign-ins, each holding a pooled connection
// for its transaction) a ping queued behind them would make a healthy instance
// look dead to a load balancer. One ping at a time; its answer is reused for
// FRESH_MS, so a burst of health requests costs one query, and a ping that does
// not answer within the timeout counts as down and drops the connection.
const FRESH_MS = 1_000;

let client: pg.Client | null = null;
let last: { ok: boolean; at: number } | null = null;
let inFlight: Promise<boolean> | null = null;

function drop(): void {
  const stale = client;
  client = null;
  stale?.end().catch(() => undefined);
}

async function ping(timeoutMs: number): Promise<boolean> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = (async () => {
    if (!client) {
      const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, application_name: "careers-health" });
      fresh.on("error", () => {
        if (client === fresh) drop();
      });
      client = fresh;
      await fresh.connect();
    }
    await client.query("SELECT 1");
    return true;
  })().catch(() => false);
  const ok = await Promise.race([query, timeout]);
  clearTimeout(timer);
  if (!ok) drop();
  return ok;
}

export async function checkDatabase(timeoutMs = 1_000): Promise<boolean> {
  if (last && Date.now() - last.at < FRESH_MS) return last.ok;
  inFlight ??= ping(timeoutMs)
    .then((ok) => {
      last = { ok, at: Date.now() };
      return ok;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** The health check's answer: 200 when PostgreSQL answers, 503 when not (proxy.ts and app/api/health). */
export async function healthResponse(): Promise<Response> {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "up" : "down" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
