import os from "node:os";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler.mjs";
import { applyTagEvent } from "@/lib/cache/shared-tags-handler.mjs";

// The rendered-page cache (next.config.ts → cacheHandler): a page whose render started before one of its tags
// expired is not served as fresh, however late the render finished — which Next's own cache does.

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default as typeof PageCacheHandler;
const { nodeFs } = require("next/dist/server/lib/node-fs-methods.js") as { nodeFs: unknown };

const handlerContext = { fs: nodeFs, serverDistDir: os.tmpdir(), maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: false, revalidatedTags: [] };
const lookup = { kind: "APP_ROUTE", isFallback: false };
const store = { kind: "APP_ROUTE", cacheControl: { revalidate: 900 as const } };
const page = (body: string, tag: string) => ({ kind: "APP_ROUTE", body: Buffer.from(body), status: 200, headers: { "x-next-cache-tags": tag } });
const pause = () => new Promise((resolve) => setTimeout(resolve, 3));
const expireNow = (tag: string) => {
  const at = Date.now();
  applyTagEvent(tag, at, at);
};

/** One request's lookup and store (a handler per request, as Next makes them), with a change in between when asked. */
async function render(Handler: typeof PageCacheHandler, key: string, body: string, tag: string, changeDuringRender: boolean) {
  const handler = new Handler(handlerContext);
  await handler.get(key, lookup);
  await pause();
  if (changeDuringRender) expireNow(tag);
  await pause();
  await handler.set(key, page(body, tag), store);
}

const served = async (Handler: typeof PageCacheHandler, key: string) => {
  const entry = await new Handler(handlerContext).get(key, lookup);
  return entry ? Buffer.from((entry.value as { body: Buffer }).body).toString() : null;
};

describe("page cache handler", () => {
  it("does not keep a page whose render overlapped a change of its data", async () => {
    await render(PageCacheHandler, "/overlap", "read before the change", "test:overlap", true);
    expect(await served(PageCacheHandler, "/overlap")).toBeNull();
    // The next render starts after the change: kept.
    await render(PageCacheHandler, "/overlap", "read after the change", "test:overlap", false);
    expect(await served(PageCacheHandler, "/overlap")).toBe("read after the change");
    // A later change expires it as usual.
    await pause();
    expireNow("test:overlap");
    await pause();
    expect(await served(PageCacheHandler, "/overlap")).toBeNull();
  });

  it("where Next's own page cache keeps the overlapping render as fresh", async () => {
    await render(FileSystemCache, "/overlap-next", "read before the change", "test:overlap-next", true);
    expect(await served(FileSystemCache, "/overlap-next")).toBe("read before the change");
  });
});
