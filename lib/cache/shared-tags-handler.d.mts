import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

/** Writes a revalidation into this process's tag table, keeping the later of two events; announces a new expiry to the listeners of lib/cache/tag-expiry-listeners.mjs. */
export function applyTagEvent(tag: string, stale?: number, expired?: number): void;

declare const handler: CacheHandler;
export default handler;
