// The shared tag store on PostgreSQL (lib/cache/shared-tags-handler.mjs): table cache_tags keeps the last
// revalidation of each tag (migration 20261201000016_cache_tags), NOTIFY cache_tags announces it to the
// other instances in the same statement. One LISTEN connection and one small pool per instance.
import pg from "pg";

const CHANNEL = "cache_tags";
const RECONNECT_MS = 1_000;
// NOTIFY payloads are limited to 8000 bytes: tags are sent in chunks well below that.
const MAX_PAYLOAD = 7_000;

const UPSERT_SQL = `
  WITH changed AS (
    INSERT INTO cache_tags (tag, stale_at, expired_at, updated_at)
    SELECT t, to_timestamp($2::float8 / 1000), to_timestamp($3::float8 / 1000), clock_timestamp() FROM unnest($1::text[]) AS t
    ON CONFLICT (tag) DO UPDATE SET
      stale_at = GREATEST(cache_tags.stale_at, EXCLUDED.stale_at),
      expired_at = GREATEST(cache_tags.expired_at, EXCLUDED.expired_at),
      updated_at = EXCLUDED.updated_at
    RETURNING tag
  )
  SELECT pg_notify('${CHANNEL}', $4) FROM (SELECT 1) AS once WHERE EXISTS (SELECT 1 FROM changed)`;

const SINCE_SQL = `
  SELECT tag, extract(epoch FROM stale_at) * 1000 AS stale, extract(epoch FROM expired_at) * 1000 AS expired,
         extract(epoch FROM updated_at) * 1000 AS updated
  FROM cache_tags WHERE updated_at > to_timestamp($1::float8 / 1000) ORDER BY updated_at`;

function chunks(tags) {
  const out = [];
  let current = [];
  let size = 0;
  for (const tag of tags) {
    if (current.length && size + tag.length + 4 > MAX_PAYLOAD) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(tag);
    size += tag.length + 4;
  }
  if (current.length) out.push(current);
  return out;
}

const number = (value) => (value === null || value === undefined ? undefined : Number(value));

/**
 * @param {string} connectionString
 * @param {{ instance: string, apply: (tag: string, stale?: number, expired?: number) => void }} options
 */
export async function createPostgresTagBus(connectionString, { instance, apply }) {
  // One connection stays open: announcing a change must not wait for a new one (~20 ms).
  const pool = new pg.Pool({ connectionString, max: 2, min: 1, idleTimeoutMillis: 30_000 });
  pool.on("error", () => undefined);
  let listener = null;
  let lastCaughtUp = 0;
  // The store's clock of the newest event already applied: a catch-up reads what came after it.
  let seenUntil = Date.now();
  let catchingUp = null;
  let closed = false;

  async function catchUp(minIntervalMs = 0) {
    if (catchingUp) return catchingUp;
    if (Date.now() - lastCaughtUp < minIntervalMs) return;
    catchingUp = (async () => {
      try {
        const { rows } = await pool.query(SINCE_SQL, [seenUntil - 1_000]);
        for (const row of rows) {
          apply(row.tag, number(row.stale), number(row.expired));
          seenUntil = Math.max(seenUntil, Number(row.updated));
        }
      } finally {
        lastCaughtUp = Date.now();
        catchingUp = null;
      }
    })();
    return catchingUp;
  }

  async function listen() {
    const client = new pg.Client({ connectionString });
    const lost = () => {
      if (listener !== client || closed) return;
      listener = null;
      setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS).unref();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      try {
        const event = JSON.parse(message.payload ?? "{}");
        if (event.o === instance) return;
        for (const tag of event.t ?? []) apply(tag, event.s ?? undefined, event.e ?? undefined);
      } catch {
        // Not ours: ignore.
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS).unref();
      throw error;
    }
    // Listening from now on; anything announced while not listening is read from the store.
    listener = client;
    await catchUp().catch(() => undefined);
  }

  await listen().catch((error) => console.error("[careers] cache_tags LISTEN failed, catching up from the table meanwhile:", error.message));

  return {
    listening: () => listener !== null,
    async close() {
      closed = true;
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
    catchUp,
    async publish(tags, stale, expired) {
      for (const part of chunks(tags)) {
        const payload = JSON.stringify({ o: instance, t: part, s: stale, e: expired });
        await pool.query(UPSERT_SQL, [part, stale, expired, payload]);
      }
    },
  };
}
