import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { NEXT_BIN, run, withServerPreload } from "@/lib/launcher/child-process";
import { markBuildComplete, needsBuild } from "@/lib/launcher/build-state";
import { prepareDatabase } from "@/lib/launcher/prepare-database";

// What the benchmark scripts share: a fresh seeded database on the embedded
// PostgreSQL (DATA_DIR/bench), a production build in .next-bench, `next start`.

export const DIST_DIR = ".next-bench";

/** The environment of a bench instance of the app on `port` (the cluster bench starts a second one). */
export function instanceEnv(port: number, databaseUrl: string): NodeJS.ProcessEnv {
  const origin = `http://127.0.0.1:${port}`;
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_DIR,
    PORT: String(port),
    SITE_URL: origin,
    AUTH_URL: origin,
    AUTH_SECRET: "bench-only-secret-bench-only-secret-0123456789",
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

const WARM_LINE = /\[careers\] (warmed up|warm-up skipped)/;

/**
 * `next start` of the bench build, its output passed through. Resolves once it answers its health check and has
 * warmed up (lib/internal/warm-up.ts): measuring while it renders its pages five times would measure the warm-up.
 */
type NextProcess = { child: ChildProcess; exited: Promise<number>; ready: Promise<void> };

function startNext(port: number, env: NodeJS.ProcessEnv): NextProcess {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"], env: withServerPreload(env) });
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  let warmed = false;
  let tail = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    tail = (tail + chunk.toString()).slice(-2_000);
    if (WARM_LINE.test(tail)) warmed = true;
  });
  child.stderr!.pipe(process.stderr);
  const ready = (async () => {
    await waitForHealth(`http://127.0.0.1:${port}`);
    const deadline = Date.now() + 120_000;
    while (!warmed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  })();
  return { child, exited, ready };
}

/** Another `next start` of the bench build on the same database (instance B of the cluster bench). */
export async function startInstance(port: number, databaseUrl: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = startNext(port, instanceEnv(port, databaseUrl));
  await server.ready;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    stop: async () => {
      server.child.kill("SIGTERM");
      await server.exited;
    },
  };
}

export type BenchServer = { origin: string; databaseUrl: string; stop: () => Promise<void> };

async function waitForHealth(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not become healthy");
}

/** Prepares the database (then `fill` it), builds when needed and starts the server. */
export async function startBenchServer(options: {
  port: number;
  databaseName: string;
  env?: Record<string, string>;
  fill?: (databaseUrl: string) => Promise<void>;
}): Promise<BenchServer> {
  Object.assign(process.env, options.env);
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", "bench");
  const database = await prepareDatabase(dataDir, { databaseName: options.databaseName, fresh: true, seedIfEmpty: true, repostForNextIntake: true });
  const origin = `http://127.0.0.1:${options.port}`;
  let server: NextProcess | undefined;
  const stop = async () => {
    if (server) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await database.stop();
  };
  try {
    await options.fill?.(database.url);
    const env = instanceEnv(options.port, database.url);
    if (needsBuild(DIST_DIR)) {
      console.log("building (next build)…");
      await run(process.execPath, [NEXT_BIN, "build"], env);
      markBuildComplete(DIST_DIR);
    }
    server = startNext(options.port, env);
    await server.ready;
    return { origin, databaseUrl: database.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function exitWhenDone(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
