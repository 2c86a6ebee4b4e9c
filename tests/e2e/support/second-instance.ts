import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { freePort, health, startLauncher, type Launcher } from "../../security/launcher-process";
import { E2E_DATA_DIR, E2E_DATABASE } from "./constants";

/** The e2e server's database URL, on the embedded PostgreSQL it runs. */
export async function e2eDatabaseUrl(): Promise<string> {
  const server = await startEmbeddedPostgres(path.resolve(E2E_DATA_DIR));
  const url = new URL(server.adminUrl);
  url.pathname = `/${E2E_DATABASE}`;
  await server.stop(); // releases this process's hold; the e2e server keeps it running
  return url.toString();
}

export type SecondInstance = { origin: string; launcher: Launcher; stop: () => Promise<void> };

/**
 * Instance B: a second `npm start` (its own launcher, port and data directory, the e2e build) on the e2e
 * server's database — two instances behind one load balancer. Its minute tick is pushed out to an hour, so
 * whatever it shows fresh came from the shared invalidation, not from its own tick.
 */
export async function startSecondInstance(env: Record<string, string | undefined> = {}): Promise<SecondInstance> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "careers-b-"));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const launcher = startLauncher(dataDir, port, { DATABASE_URL: await e2eDatabaseUrl(), CAREERS_TICK_SECONDS: "3600", AUTH_SECRET: randomBytes(32).toString("base64url"), ...env });
  let exited = false;
  void launcher.exited.then(() => void (exited = true));
  const deadline = Date.now() + 180_000;
  // Ready as a load balancer would add it, once it has also warmed up (lib/internal/warm-up.ts): the timings
  // measured on B are those of an instance that has served for a while, not of its first renders.
  const warmed = () => /\[careers\] (warmed up|warm-up skipped)/.test(launcher.output());
  while ((await health(origin)) !== 200 || !warmed()) {
    if (exited || Date.now() > deadline) throw new Error(`instance B did not start:\n${launcher.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    launcher,
    async stop() {
      if (launcher.child.pid) process.kill(-launcher.child.pid, "SIGTERM");
      await launcher.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
