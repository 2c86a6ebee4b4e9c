import net, { type AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAcceleratorBans } from "@/lib/cache/ban-on-expiry";
import { applyTagEvent } from "@/lib/cache/shared-tags-handler.mjs";

// Every instance bans, at the accelerators in front, the public tags that expire on it (lib/cache/ban-on-expiry.ts),
// and only once its own tag table has them: a TCP server speaking enough HTTP/1.1 stands in for Varnish (Node's
// HTTP parser refuses the BAN method), records each ban and reads this process's tag table when it arrives.

const { tagsManifest } = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
  tagsManifest: Map<string, { expired?: number }>;
};

type Ban = { tag: string; token: string | undefined; expiredHere: boolean };

describe("accelerator bans on expiry", () => {
  const bans: Ban[] = [];
  let slowFirst = false;
  let server: net.Server;
  const sockets = new Set<net.Socket>();
  let stop: () => void;

  beforeAll(async () => {
    server = net.createServer((socket) => {
      sockets.add(socket);
      let buffered = "";
      socket.on("data", (chunk) => {
        buffered += chunk.toString("latin1");
        for (let end = buffered.indexOf("\r\n\r\n"); end >= 0; end = buffered.indexOf("\r\n\r\n")) {
          const [requestLine, ...lines] = buffered.slice(0, end).split("\r\n");
          buffered = buffered.slice(end + 4);
          const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
          const tag = headers.get("x-ban-tag") ?? "";
          const expired = tagsManifest.get(tag)?.expired;
          bans.push({ tag, token: headers.get("x-purge-token"), expiredHere: typeof expired === "number" && expired <= Date.now() });
          const delay = slowFirst ? 100 : 0;
          slowFirst = false;
          const status = requestLine?.startsWith("BAN ") ? "200 Banned" : "405 Method Not Allowed";
          setTimeout(() => socket.write(`HTTP/1.1 ${status}\r\nContent-Length: 0\r\n\r\n`), delay);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.CACHE_PURGE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.CACHE_PURGE_TOKEN = "unit-test-purge-token";
    stop = startAcceleratorBans();
  });
  afterAll(async () => {
    stop();
    delete process.env.CACHE_PURGE_URL;
    delete process.env.CACHE_PURGE_TOKEN;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const until = async (count: number, waitMs = 3_000) => {
    const deadline = Date.now() + waitMs;
    while (bans.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it("bans the public tags that expired here, after this instance's table has them, with the app's token", async () => {
    const now = Date.now();
    for (const tag of ["postings:listing", "posting:ban-unit-intern", "_N_T_/jobs", "offices:list"]) applyTagEvent(tag, now, now);
    await until(2);
    expect(bans).toEqual([
      { tag: "postings:listing", token: "unit-test-purge-token", expiredHere: true },
      { tag: "posting:ban-unit-intern", token: "unit-test-purge-token", expiredHere: true },
    ]);
  });

  it("bans nothing for an expiry in the future or an old event read again", async () => {
    bans.length = 0;
    const now = Date.now();
    applyTagEvent("posting:ban-unit-later", now + 3_600_000, now + 3_600_000);
    applyTagEvent("posting:ban-unit-old", now - 120_000, now - 120_000);
    await until(1, 300);
    expect(bans).toEqual([]);
  });

  it("sends the tags that expire during a round of bans in the next round, each once", async () => {
    bans.length = 0;
    slowFirst = true;
    applyTagEvent("posting:ban-unit-first", Date.now(), Date.now());
    await until(1);
    const later = Date.now() + 1;
    applyTagEvent("posting:ban-unit-first", later, later);
    await new Promise((resolve) => setImmediate(resolve));
    applyTagEvent("posting:ban-unit-second", later, later);
    await new Promise((resolve) => setImmediate(resolve));
    applyTagEvent("posting:ban-unit-second", later + 1, later + 1);
    await until(3);
    expect(bans.map((ban) => ban.tag)).toEqual(["posting:ban-unit-first", "posting:ban-unit-first", "posting:ban-unit-second"]);
  });
});
