import { describe, expect, it } from "vitest";
import { createWorkQueue, WorkQueueFullError } from "@/lib/auth/work-queue";

describe("createWorkQueue", () => {
  it("runs at most `concurrency` tasks at once, in arrival order, and refuses beyond `maxWaiting`", async () => {
    const queue = createWorkQueue("test", 2, 3);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const task = (id: number) =>
      queue.run(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(id);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return id;
      });
    const accepted = [1, 2, 3, 4, 5].map(task);
    await expect(task(6)).rejects.toBeInstanceOf(WorkQueueFullError);
    expect(queue.load()).toEqual({ running: 2, waiting: 3 });
    while (releases.length || queue.load().running) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(accepted)).toEqual([1, 2, 3, 4, 5]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when a task throws", async () => {
    const queue = createWorkQueue("test", 1, 1);
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(() => Promise.resolve("next"))).toBe("next");
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });
});
