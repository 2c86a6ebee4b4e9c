/** Next's in-memory page cache, dating each stored page by the start of the render that made it. */
export default class PageCacheHandler {
  constructor(ctx: { fs?: unknown; serverDistDir?: string; maxMemoryCacheSize?: number; flushToDisk?: boolean; revalidatedTags?: string[] });
  get(key: string, ctx: { kind: string }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: { cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
}
