import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { needsBuild } from "@/lib/launcher/build-state";
import { E2E_DIST_DIR } from "../e2e/support/constants";
import { freePort, health, startLauncher, type Launcher } from "./launcher-process";

// Faults of the running app (issue 7), on its own launcher, data directory and
// port, serving the build the end-to-end server just made: PostgreSQL stopped
// under it (health 503, then 200 once the pool reconnects) and the app itself
// killed with -9 (the next start adopts the database and serves the same data).

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("PostgreSQL restarted under the app: health 503 while it is down, 200 once the pool reconnects; after kill -9 of the app the next start serves the same data", async () => {
  test.setTimeout(150_000);
  // The launcher would rebuild a stale build into the folder the end-to-end server is serving.
  test.skip(needsBuild(E2E_DIST_DIR), `the build in ${E2E_DIST_DIR} is older than the sources (changed during this run)`);
  const dataDir = path.resolve(".data", `app-fault-${randomBytes(4).toString("hex")}`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const launchers: Launcher[] = [];
  let database: EmbeddedPostgres | undefined;
  try {
    const first = startLauncher(dataDir, port);
    launchers.push(first);
    await expect.poll(() => health(origin), { timeout: 90_000, intervals: [250], message: first.output() }).toBe(200);
    const pageBefore = await (await fetch(`${origin}/admin/login`)).status;
    expect(pageBefore).toBe(200);

    // PostgreSQL stops (fast shutdown) under the running app.
    const pid = postmasterPid(dataDir);
    process.kill(pid, "SIGINT");
    await until(() => !alive(pid), 30_000);
    await expect.poll(() => health(origin), { timeout: 15_000, intervals: [250] }).toBe(503);
    const down = await fetch(`${origin}/api/health`);
    expect(await down.json()).toMatchObject({ database: "down" });
    // The login page needs no database to render: the app is still serving.
    expect((await fetch(`${origin}/admin/login`)).status).toBe(200);

    // Back on the same port: the app's pool reconnects by itself.
    database = await startEmbeddedPostgres(dataDir);
    await expect.poll(() => health(origin), { timeout: 20_000, intervals: [250] }).toBe(200);
    const { default: pg } = await import("pg");
    const countPostings = async () => {
      const client = new pg.Client({ connectionString: database!.adminUrl.replace(/\/postgres$/, "/careers") });
      await client.connect();
      try {
        return Number((await client.query("SELECT count(*) AS n FROM postings")).rows[0].n);
      } finally {
        await client.end();
      }
    };
    const postings = await countPostings();
    expect(postings).toBeGreaterThan(0);

    // kill -9 of the app (launcher and next start; PostgreSQL is in its own process group).
    process.kill(-first.child.pid!, "SIGKILL");
    await first.exited;
    await expect.poll(() => health(origin), { timeout: 15_000, intervals: [250] }).toBe(0);

    const second = startLauncher(dataDir, port);
    launchers.push(second);
    await expect.poll(() => health(origin), { timeout: 90_000, intervals: [250], message: second.output() }).toBe(200);
    expect(second.output()).not.toMatch(/initdb|seed: \d+ postings added/);
    expect(await countPostings()).toBe(postings);
    expect((await fetch(`${origin}/admin/login`)).status).toBe(200);
  } finally {
    for (const launcher of launchers) {
      if (launcher.child.exitCode === null && launcher.child.signalCode === null) {
        process.kill(-launcher.child.pid!, "SIGTERM");
        await Promise.race([launcher.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      }
    }
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
