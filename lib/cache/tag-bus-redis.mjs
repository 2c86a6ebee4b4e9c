// The shared tag store on Redis or Valkey, used instead of PostgreSQL when REDIS_URL is set
// (lib/cache/shared-tags-handler.mjs): hash careers:cache-tags keeps the last revalidation of each tag,
// channel careers:cache-tags announces it. One subscriber and one command connection per instance.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Redis } = require("ioredis");

const KEY = "careers:cache-tags";
const CHANNEL = "careers:cache-tags";

/**
 * @param {string} url
 * @param {{ instance: string, apply: (tag: string, stale?: number, expired?: number) => void }} options
 */
export async function createRedisTagBus(url, { instance, apply }) {
  const commands = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const subscriber = new Redis(url, { lazyConnect: true });
  commands.on("error", () => undefined);
  let subscribed = false;
  let lastCaughtUp = 0;
  let catchingUp = null;

  async function catchUp(minIntervalMs = 0) {
    if (catchingUp) return catchingUp;
    if (Date.now() - lastCaughtUp < minIntervalMs) return;
    catchingUp = (async () => {
      try {
        const all = await commands.hgetall(KEY);
        for (const [tag, value] of Object.entries(all)) {
          const event = JSON.parse(value);
          apply(tag, event.s ?? undefined, event.e ?? undefined);
        }
      } finally {
        lastCaughtUp = Date.now();
        catchingUp = null;
      }
    })();
    return catchingUp;
  }

  subscriber.on("error", () => {
    subscribed = false;
  });
  subscriber.on("end", () => {
    subscribed = false;
  });
  subscriber.on("ready", () => {
    // ioredis re-subscribes after a reconnect; what was announced meanwhile is read from the hash.
    void subscriber
      .subscribe(CHANNEL)
      .then(() => {
        subscribed = true;
        return catchUp();
      })
      .catch(() => undefined);
  });
  subscriber.on("message", (_channel, message) => {
    try {
      const event = JSON.parse(message);
      if (event.o === instance) return;
      for (const tag of event.t ?? []) apply(tag, event.s ?? undefined, event.e ?? undefined);
    } catch {
      // Not ours: ignore.
    }
  });
  await Promise.all([commands.connect(), subscriber.connect()]);

  return {
    listening: () => subscribed,
    async close() {
      subscriber.disconnect();
      commands.disconnect();
    },
    catchUp,
    async publish(tags, stale, expired) {
      const value = JSON.stringify({ s: stale, e: expired });
      const batch = commands.multi();
      for (const tag of tags) batch.hset(KEY, tag, value);
      batch.publish(CHANNEL, JSON.stringify({ o: instance, t: tags, s: stale, e: expired }));
      await batch.exec();
    },
  };
}
