import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISTING_PATHS, postingPaths, slugOfTag } from "@/lib/cache/public-tags";
import { createRequire } from "node:module";
import tagHandler, { applyTagEvent } from "@/lib/cache/shared-tags-handler.mjs";
import { tagExpiryListeners } from "@/lib/cache/tag-expiry-listeners.mjs";
import { startPageRegeneration } from "@/lib/internal/regenerate-pages";

// An expiry applied to this instance's tag table (lib/cache/shared-tags-handler.mjs) is announced once per
// turn of the event loop, and lib/internal/regenerate-pages.ts then requests the pages those tags cover from
// the instance, one at a time: here a real HTTP server stands in for the instance and records the requests.

const listeners = tagExpiryListeners;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("expiry announcements", () => {
  it("announces the tags that expire now, together, and never an older, repeated or future event", async () => {
    const heard: string[][] = [];
    const listener = (tags: string[]) => void heard.push(tags);
    listeners().add(listener);
    try {
      const now = Date.now();
      applyTagEvent("test:a", now, now);
      applyTagEvent("test:b", now, now);
      await nextTurn();
      expect(heard).toEqual([["test:a", "test:b"]]);

      applyTagEvent("test:a", now - 10, now - 10); // older than what the table holds
      applyTagEvent("test:c", now + 3_600_000, now + 3_600_000); // expires in an hour
      applyTagEvent("test:d", now - 120_000, now - 120_000); // an old event read again by a catch-up
      await nextTurn();
      expect(heard).toHaveLength(1);
    } finally {
      listeners().delete(listener);
    }
  });

  it("announces a change made on this instance even when Next's built-in handler wrote the table first", async () => {
    // Next calls its built-in "use cache" handler beside this one for every revalidateTag; it writes the same
    // tag table first, with the same instant (here a slightly later one, as when the millisecond turns).
    const { tagsManifest } = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
      tagsManifest: Map<string, { stale?: number; expired?: number }>;
    };
    const heard: string[][] = [];
    const listener = (tags: string[]) => void heard.push(tags);
    listeners().add(listener);
    const saved = { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL };
    delete process.env.DATABASE_URL; // no shared bus: this instance alone
    delete process.env.REDIS_URL;
    try {
      const written = Date.now() + 200;
      tagsManifest.set("test:here", { stale: written, expired: written });
      await tagHandler.updateTags(["test:here"], { expire: 0 });
      await nextTurn();
      expect(heard).toEqual([["test:here"]]);
    } finally {
      Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)));
      listeners().delete(listener);
    }
  });
});

describe("public-tags helpers", () => {
  it("names a posting's addresses and reads a slug back from its tag", () => {
    expect(postingPaths("people-ops-payroll")).toEqual(["/jobs/people-ops-payroll", "/fr/jobs/people-ops-payroll"]);
    expect(slugOfTag("posting:people-ops-payroll")).toBe("people-ops-payroll");
    expect(slugOfTag("postings:listing")).toBeNull();
    expect(slugOfTag("posting:")).toBeNull();
  });
});

describe("page regeneration", () => {
  const requested: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  let server: http.Server;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requested.push(request.url ?? "");
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        response.end("ok");
      }, 5);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    startPageRegeneration(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("renders the changed posting's pages first, then the listings, one request at a time, each once", async () => {
    const now = Date.now();
    for (const tag of ["postings:listing", "posting:tpm-intern"]) applyTagEvent(tag, now, now);
    const expected = [...postingPaths("tpm-intern"), ...LISTING_PATHS];
    const end = Date.now() + 5_000;
    while (requested.length < expected.length && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
    // An expiry of a page still waiting in the queue does not queue it twice.
    expect(requested).toEqual(expected);
    expect(mostInFlight).toBe(1);

    // A second change while the first of them renders: that one again after the rest, the others once.
    await new Promise((resolve) => setTimeout(resolve, 50)); // the last response of the first change is in
    requested.length = 0;
    const later = Date.now() + 1;
    applyTagEvent("postings:listing", later, later);
    const until = async (count: number) => {
      const deadline = Date.now() + 3_000;
      while (requested.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
    };
    await until(1);
    applyTagEvent("postings:listing", later + 1, later + 1);
    await until(LISTING_PATHS.length + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requested).toEqual([...LISTING_PATHS, LISTING_PATHS[0]]);
  });
});

describe("page regeneration with the request gate", () => {
  // The gate object the launcher preloads (lib/launcher/request-gate.mjs) is a plain object on globalThis; here
  // the process has no preload, so the test puts one there and reads what the regeneration sets on it. The
  // stand-in server asks the gate, while each page renders, which visitors' requests would wait.
  const GATE = Symbol.for("careers.request-gate");
  const gate = { token: "test-token", maxWaitMs: 0, waitsFor: null as ((path: string) => boolean) | null, update: () => void updates++ };
  let updates = 0;
  const seen: { path: string; token: string | undefined; waits: Record<string, boolean> }[] = [];
  let server: http.Server;
  let release: () => void = () => undefined;
  const ask = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, gate.waitsFor!(p)]));

  beforeAll(async () => {
    (globalThis as Record<symbol, unknown>)[GATE] = gate;
    server = http.createServer((request, response) => {
      const path = request.url ?? "";
      const probe =
        path === "/jobs/tpm-intern" || path === "/jobs/people-ops-payroll"
          ? ["/", "/jobs", "/jobs/other", "/feeds/jobs.rss", "/_next/static/app.js", "/admin", "/ADMIN/postings", "/api/health"]
          : path === "/fr/jobs"
            ? ["/", "/jobs", "/fr/jobs", "/jobs/other", "/feeds/indeed.xml"]
            : [];
      seen.push({ path, token: request.headers["x-careers-regeneration"] as string | undefined, waits: ask(probe) });
      if (path === "/jobs") new Promise<void>((resolve) => (release = resolve)).then(() => response.end("ok"));
      else response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    startPageRegeneration(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    delete (globalThis as Record<symbol, unknown>)[GATE];
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 3_000;
    while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
  };

  it("on a busy instance, holds every visitor's page while a changed posting renders (never assets, admin or API), then only the pages still to render", { timeout: 10_000 }, async () => {
    expect(gate.maxWaitMs).toBe(300);
    expect(gate.waitsFor!("/jobs")).toBe(false);
    // A busy instance: its event loop worked all along the last second and a half.
    for (const until = Date.now() + 1_500; Date.now() < until; );
    const now = Date.now();
    applyTagEvent("postings:listing", now, now);
    await until(() => seen.length >= 1); // /jobs renders, and its response is held back by the test
    expect(seen[0]!.path).toBe("/jobs");

    // A posting changes while /jobs renders: its pages go before the listings still queued.
    applyTagEvent("posting:tpm-intern", now + 1, now + 1);
    await nextTurn();
    release();
    await until(() => seen.length >= LISTING_PATHS.length + 2);
    expect(seen.map((entry) => entry.path)).toEqual(["/jobs", ...postingPaths("tpm-intern"), ...LISTING_PATHS.slice(1)]);
    expect(seen.every((entry) => entry.token === "test-token")).toBe(true);

    expect(seen[1]!.waits).toEqual({ "/": true, "/jobs": true, "/jobs/other": true, "/feeds/jobs.rss": true, "/_next/static/app.js": false, "/admin": false, "/ADMIN/postings": false, "/api/health": false });
    // While /fr/jobs renders: it and the pages after it wait; /jobs is rendered; another posting is not concerned.
    expect(seen[3]!.waits).toEqual({ "/": true, "/jobs": false, "/fr/jobs": true, "/jobs/other": false, "/feeds/indeed.xml": true });
    await until(() => updates >= LISTING_PATHS.length + 2);
    expect(ask(["/", "/jobs", "/feeds/jobs.rss", "/jobs/other"])).toEqual({ "/": false, "/jobs": false, "/feeds/jobs.rss": false, "/jobs/other": false });
  });

  it("on an idle instance, lets nobody wait: its visitors would not slow the renders down", { timeout: 10_000 }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // an idle second or two
    seen.length = 0;
    const now = Date.now() + 10;
    applyTagEvent("posting:people-ops-payroll", now, now);
    await until(() => seen.length >= 2);
    expect(seen[0]).toMatchObject({ path: "/jobs/people-ops-payroll", waits: { "/": false, "/jobs": false, "/jobs/other": false, "/feeds/jobs.rss": false } });
    expect(seen[1]!.path).toBe("/fr/jobs/people-ops-payroll");
  });
});
