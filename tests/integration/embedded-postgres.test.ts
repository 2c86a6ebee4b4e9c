import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

// The launcher's guarantees for one data directory, with real processes:
// never two servers, a second user shares the running one, the last user
// stops it, and a server left by a launcher killed with -9 is adopted with its data.

type Held = { child: ChildProcess; how: string; port: number; adminUrl: string };

const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careers-embedded-"));
chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as "postgres", which must reach it
const children: ChildProcess[] = [];

function hold(): Promise<Held> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/hold-embedded-postgres.ts", dataDir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`holder exited (${code})`)));
    createInterface({ input: child.stdout! }).once("line", (line) => resolve({ child, ...JSON.parse(line) }));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));

async function query(adminUrl: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  if (existsSync(path.join(dataDir, "postgres", "postmaster.pid"))) {
    try {
      process.kill(postmasterPid(), "SIGINT");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test("one server per data directory: shared, stopped by its last user, adopted after kill -9", { timeout: 120_000 }, async () => {
  const first = await hold();
  expect(first.how).toBe("started");
  const second = await hold();
  expect(second).toMatchObject({ how: "reused", port: first.port });
  const serverPid = postmasterPid();

  // The first user stops: the server stays up for the second.
  first.child.kill("SIGTERM");
  await exited(first.child);
  await query(second.adminUrl, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('written before kill -9')");

  // The second is killed outright: the server is left running, and the next start adopts it.
  second.child.kill("SIGKILL");
  await exited(second.child);
  const adopter = await startEmbeddedPostgres(dataDir);
  expect(adopter).toMatchObject({ how: "adopted", port: first.port });
  expect(postmasterPid()).toBe(serverPid);
  expect(await query(adopter.adminUrl, "SELECT v FROM kept")).toEqual([{ v: "written before kill -9" }]);

  // The last user stops it.
  await adopter.stop();
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
});
