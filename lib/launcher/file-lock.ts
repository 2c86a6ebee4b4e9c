import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isAlive } from "./process-alive";

/**
 * Runs work while holding a lock file (created exclusively, holding our pid) so
 * that processes doing the same thing take turns. A lock left by a dead process
 * (kill -9) is taken over; after waitMs of waiting for a live holder, fails with `what`.
 */
export async function withFileLock<T>(file: string, what: string, work: () => Promise<T>, waitMs = 120_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(file, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = 0;
      try {
        holder = Number(readFileSync(file, "utf8").trim() || 0);
      } catch {
        continue; // released meanwhile
      }
      if (holder && !isAlive(holder)) rmSync(file, { force: true });
      else if (Date.now() > deadline) throw new Error(`Another process (pid ${holder}) has been ${what} for ${Math.round(waitMs / 1000)} s; stop it or remove ${file}.`);
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}
