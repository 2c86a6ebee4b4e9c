import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { E2E_DIST_DIR } from "../e2e/support/constants";

// A second app, started the way `npm start` starts it (its own launcher, data
// directory and port), serving the build the end-to-end server just made.

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type Launcher = { child: ChildProcess; exited: Promise<number | null>; output: () => string };

/**
 * `npm start`'s launcher in its own process group (so kill -9 reaches it and its `next start`, not
 * PostgreSQL), on the embedded PostgreSQL in `dataDir`. `env` adds or, with undefined, removes variables.
 */
export function startLauncher(dataDir: string, port: number, env: Record<string, string | undefined> = {}): Launcher {
  const origin = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEXT_DIST_DIR: E2E_DIST_DIR, PORT: String(port), SITE_URL: origin, AUTH_URL: origin };
  delete childEnv.DATABASE_URL;
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  const child = spawn(process.execPath, ["--import", "tsx", "lib/launcher/cli.ts", "start"], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env: childEnv });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output.slice(-3_000) };
}

/** The health route's status, 0 while nothing listens. */
export async function health(origin: string): Promise<number> {
  try {
    return (await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}
