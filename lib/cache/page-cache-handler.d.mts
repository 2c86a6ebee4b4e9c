/** Next's in-memory page cache, dating each stored page by the start of the render that made it; pages' HTML kept one-byte. */
export default class PageCacheHandler {
  constructor(ctx: { fs?: unknown; serverDistDir?: string; maxMemoryCacheSize?: number; flushToDisk?: boolean; revalidatedTags?: string[] });
  get(key: string, ctx: { kind: string; isFallback?: boolean }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: { kind?: string; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
}
