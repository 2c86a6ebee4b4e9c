/**
 * At most `concurrency` tasks run at once; up to `maxWaiting` more wait their
 * turn in arrival order; beyond that `run` throws WorkQueueFullError at once,
 * before the task starts, so the queue's memory and delay stay bounded.
 */
export class WorkQueueFullError extends Error {
  constructor(name: string) {
    super(`${name}: too many tasks waiting`);
    this.name = "WorkQueueFullError";
  }
}

export type WorkQueue = {
  run<T>(work: () => Promise<T>): Promise<T>;
  load(): { running: number; waiting: number };
};

export function createWorkQueue(name: string, concurrency: number, maxWaiting: number): WorkQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxWaiting) throw new WorkQueueFullError(name);
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running++;
      }
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next(); // the slot passes straight to the next task
        else running--;
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

/** A count from the environment, or the fallback when unset or invalid. */
export function countFromEnv(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
