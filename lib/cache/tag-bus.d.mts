/** The shared tag store and announcement channel behind lib/cache/shared-tags-handler.mjs. */
export type TagBus = {
  /** Whether announcements are being received (otherwise requests catch up from the store). */
  listening(): boolean;
  /** Applies what the store recorded since the last catch-up, at most once per `minIntervalMs`. */
  catchUp(minIntervalMs?: number): Promise<void>;
  /** Records and announces a revalidation (instants in ms; null when not set). */
  publish(tags: readonly string[], stale: number | null, expired: number | null): Promise<void>;
  close(): Promise<void>;
};

export type TagBusOptions = { instance: string; apply: (tag: string, stale?: number, expired?: number) => void };
