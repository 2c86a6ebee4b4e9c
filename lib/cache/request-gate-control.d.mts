export type RequestGate = {
  /** Sent as `x-careers-regeneration` by this process's own requests, which never wait. */
  token: string;
  /** The longest a visitor's request waits. */
  maxWaitMs: number;
  /** Whether a visitor's GET/HEAD of this path waits (it is about to be rendered again). */
  waitsFor: ((pathname: string) => boolean) | null;
  /** Lets go the waiting requests whose path is no longer awaited or that have waited long enough. */
  update: () => void;
};

/** The gate preloaded by the launcher, or null when the server was started without it. */
export function requestGate(): RequestGate | null;
