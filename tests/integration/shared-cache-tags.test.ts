import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { TagBus, TagBusOptions } from "@/lib/cache/tag-bus.d.mts";
import { createPostgresTagBus } from "@/lib/cache/tag-bus-postgres.mjs";
import { createRedisTagBus } from "@/lib/cache/tag-bus-redis.mjs";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { redisServerInstalled, startRedisServer } from "../helpers/redis-server";

// The tag buses behind lib/cache/shared-tags-handler.mjs (PostgreSQL by default, Redis with REDIS_URL), with
// two "instances" in one process: what one publishes reaches the other at once, and one that was not
// listening catches up from the store.

type Event = { tag: string; stale?: number; expired?: number };

function recorder() {
  const events: Event[] = [];
  return { events, apply: (tag: string, stale?: number, expired?: number) => void events.push({ tag, stale, expired }) };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const hasRedis = redisServerInstalled();
if (!hasRedis) console.warn("SKIPPED: the Redis tag bus tests need redis-server (apt-get install -y redis-server); .ci/run installs it.");

type Store = { name: string; create: (options: TagBusOptions) => Promise<TagBus>; stored: () => Promise<[string, number][]> };

async function postgresStore(): Promise<Store> {
  const { url } = await freshDatabase();
  return {
    name: "PostgreSQL",
    create: (options) => createPostgresTagBus(url, options),
    async stored() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query("SELECT tag, extract(epoch FROM expired_at) * 1000 AS expired FROM cache_tags ORDER BY tag");
      await client.end();
      return rows.map((row: { tag: string; expired: string }) => [row.tag, Math.round(Number(row.expired))]);
    },
  };
}

async function redisStore(): Promise<Store> {
  const server = await startRedisServer();
  afterAll(server.stop);
  const { Redis } = await import("ioredis");
  return {
    name: "Redis",
    create: (options) => createRedisTagBus(server.url, options),
    async stored() {
      const client = new Redis(server.url);
      const all = await client.hgetall("careers:cache-tags");
      client.disconnect();
      return Object.entries(all)
        .map(([tag, value]): [string, number] => [tag, (JSON.parse(value) as { e: number }).e])
        .sort(([x], [y]) => x.localeCompare(y));
    },
  };
}

describe.each([
  { name: "PostgreSQL", store: postgresStore, skip: false },
  { name: "Redis", store: redisStore, skip: !hasRedis },
])("the $name cache-tag bus", async ({ store: makeStore, skip }) => {
  if (skip) {
    it.skip("needs redis-server", () => undefined);
    return;
  }
  const store = await makeStore();
  const a = recorder();
  const b = recorder();
  const busA = await store.create({ instance: "a", apply: a.apply });
  const busB = await store.create({ instance: "b", apply: b.apply });
  const buses = [busA, busB];
  afterAll(async () => {
    for (const bus of buses) await bus.close();
  });

  it("announces a revalidation to the other instance, not back to itself", async () => {
    expect(busA.listening() && busB.listening()).toBe(true);
    const now = Date.now();
    await busA.publish(["posting:one", "postings:listing"], now, now);
    await until(() => b.events.length === 2);
    expect(b.events).toEqual([
      { tag: "posting:one", stale: now, expired: now },
      { tag: "postings:listing", stale: now, expired: now },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.events).toEqual([]);
  });

  it("keeps the last revalidation of each tag in the store", async () => {
    const later = Date.now() + 10;
    await busB.publish(["posting:one"], later, later);
    expect(await store.stored()).toEqual([
      ["posting:one", later],
      ["postings:listing", expect.any(Number)],
    ]);
  });

  it("sends thousands of tags in several notifications below PostgreSQL's 8000-byte limit", async () => {
    const tags = Array.from({ length: 2_000 }, (_, i) => `posting:a-rather-long-posting-slug-number-${i}`);
    const before = b.events.length;
    await busA.publish(tags, Date.now(), Date.now());
    await until(() => b.events.length === before + tags.length);
    expect(new Set(b.events.slice(before).map((event) => event.tag))).toEqual(new Set(tags));
  });

  it("lets an instance that was not listening catch up from the table", async () => {
    const late = recorder();
    const at = Date.now();
    await busA.publish(["posting:missed"], at, at);
    const busC = await store.create({ instance: "c", apply: late.apply });
    buses.push(busC);
    // A start-up catch-up reads from its own start minus a second; force a full read of what came since.
    await busC.catchUp();
    expect(late.events.some((event) => event.tag === "posting:missed" && event.expired === at)).toBe(true);
  });
});
