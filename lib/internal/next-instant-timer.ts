import pg from "pg";

// The minute tick closes expired postings and publishes scheduled ones, but a role must leave every public
// page at its closing instant, not up to a minute later. So each instance also keeps one timer set to the
// next instant anything public changes by itself (the earliest closing instant of a published posting, the
// earliest scheduled publication) and runs the scheduled jobs then. The instant is re-read whenever
// PostgreSQL announces a change of postings (NOTIFY public_postings, the routing table's channel). With
// several instances every timer fires; the jobs are safe to run concurrently (lib/jobs/run-scheduled-jobs.ts)
// and the pages they expire are expired on every instance (lib/cache/shared-tags-handler.mjs).

const NEXT_INSTANT_SQL = `
  SELECT extract(epoch FROM min(instant)) * 1000 AS next FROM (
    SELECT min(valid_through) AS instant FROM postings WHERE status = 'PUBLISHED' AND valid_through IS NOT NULL
    UNION ALL
    SELECT min(scheduled_publish_at) FROM postings WHERE status = 'SCHEDULED' AND scheduled_publish_at IS NOT NULL
  ) AS instants`;

// setTimeout takes at most 2^31-1 ms; a far instant is re-read hourly.
const MAX_WAIT_MS = 60 * 60 * 1000;
const RECONNECT_MS = 5_000;
// An instant already past (another instance is closing it) is retried after this, not in a loop.
const PAST_RETRY_MS = 1_000;
const FIRE_LATE_MS = 5;

export type NextInstantTimer = { stop: () => Promise<void> };

export function startNextInstantTimer(connectionString: string, runJobs: () => Promise<void>): NextInstantTimer {
  let timer: NodeJS.Timeout | null = null;
  let listener: pg.Client | null = null;
  let stopped = false;
  let rearming: Promise<void> | null = null;
  let again = false;
  let lastFiredFor: number | null = null;

  // Read on the listening connection (one read at a time: rearm folds calls), so a change costs no new
  // connection; on a connection of its own while that one is down.
  async function nextInstant(): Promise<number | null> {
    const listening = listener;
    const client = listening ?? new pg.Client({ connectionString });
    if (!listening) await client.connect();
    try {
      const { rows } = await client.query<{ next: string | null }>(NEXT_INSTANT_SQL);
      return rows[0]?.next == null ? null : Number(rows[0].next);
    } finally {
      if (!listening) await client.end();
    }
  }

  function arm(at: number | null): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stopped || at === null) return;
    const now = Date.now();
    const due = at <= now && lastFiredFor === at ? now + PAST_RETRY_MS : Math.max(at + FIRE_LATE_MS, now);
    const wait = Math.min(due - now, MAX_WAIT_MS);
    timer = setTimeout(() => {
      timer = null;
      if (wait < MAX_WAIT_MS) lastFiredFor = at;
      const run = wait < MAX_WAIT_MS ? runJobs().catch((error: unknown) => console.error("[careers] timed jobs failed:", error)) : Promise.resolve();
      void run.then(() => rearm());
    }, wait);
    timer.unref();
  }

  /** Re-reads the next instant; calls made meanwhile are folded into one more read. */
  function rearm(): Promise<void> {
    if (rearming) {
      again = true;
      return rearming;
    }
    rearming = nextInstant()
      .then(arm)
      .catch((error: unknown) => console.error("[careers] next closing instant unavailable:", error instanceof Error ? error.message : error))
      .finally(() => {
        rearming = null;
        if (again && !stopped) {
          again = false;
          void rearm();
        }
      });
    return rearming;
  }

  async function listen(): Promise<void> {
    if (stopped) return;
    const client = new pg.Client({ connectionString });
    const lost = () => {
      if (listener !== client) return;
      listener = null;
      if (!stopped) setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS).unref();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", () => void rearm());
    try {
      await client.connect();
      await client.query("LISTEN public_postings");
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS).unref();
      throw error;
    }
    listener = client;
    // Unreferenced: the timer must never keep the server process alive on its own.
    (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    await rearm();
  }

  void listen().catch((error: unknown) => console.error("[careers] LISTEN public_postings failed, retrying:", error instanceof Error ? error.message : error));

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    },
  };
}
