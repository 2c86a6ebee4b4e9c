import { createHash } from "node:crypto";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describeCvStorage, readS3Settings } from "@/lib/applications/file-store/s3-settings";
import { ensureAuthSecret } from "./auth-secret";
import { NEXT_BIN, onShutdown, run, supervise, withServerPreload } from "./child-process";
import { markBuildComplete, needsBuild } from "./build-state";
import { resolveDataDir } from "./data-dir";
import { withFileLock } from "./file-lock";
import { prepareDatabase, type PrepareOptions } from "./prepare-database";

const log = (line: string) => console.log(`[careers] ${line}`);

export type RunAppOptions = { database?: Omit<PrepareOptions, "seedIfEmpty"> };

/** Resolves when nothing listens on port, so a second `npm start` fails before touching anything. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is already in use (is the app already running?). Stop it, or set PORT to another port.`)
          : error,
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** `next build` into distDir when it is missing or stale; one build at a time per distDir. */
async function buildWhenNeeded(distDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const key = createHash("sha256").update(path.resolve(distDir)).digest("hex").slice(0, 12);
  await withFileLock(path.join(os.tmpdir(), `careers-build-${key}.lock`), `building into ${distDir}`, async () => {
    if (!needsBuild(distDir)) return;
    log(`building the app (next build into ${distDir})…`);
    await run(process.execPath, [NEXT_BIN, "build"], env);
    markBuildComplete(distDir);
  }, 900_000);
}

/**
 * `npm start` (build when needed, then next start) and `npm run dev` (next dev):
 * provides, migrates and seeds the database, then runs Next as a child, and
 * stops both on SIGINT/SIGTERM. The end-to-end server (tests/e2e/support/serve.ts)
 * runs this too, with its own environment and a fresh database.
 */
export async function runApp(mode: "start" | "dev", options: RunAppOptions = {}): Promise<never> {
  const dataDir = resolveDataDir();
  const port = process.env.PORT ?? "3000";
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  await assertPortFree(Number(port));
  // A half-configured bucket stops the start here rather than failing the first application.
  log(describeCvStorage(readS3Settings(process.env)));
  const database = await prepareDatabase(dataDir, { ...options.database, seedIfEmpty: true });
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  const server: { current?: ReturnType<typeof supervise>; stopping?: boolean } = {};
  onShutdown(async (signal) => {
    server.stopping = true;
    log(`${signal}: stopping`);
    if (server.current) {
      server.current.child.kill("SIGTERM");
      await Promise.race([server.current.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await database.stop();
    log("stopped");
  });

  let env: NodeJS.ProcessEnv;
  try {
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: ensureAuthSecret(dataDir, database.kind),
      SITE_URL: siteUrl,
      AUTH_URL: process.env.AUTH_URL ?? siteUrl,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (mode === "start") await buildWhenNeeded(distDir, env);
  } catch (error) {
    await database.stop();
    throw error;
  }
  log(`${mode === "dev" ? "development" : "production"} server on ${siteUrl} (data directory ${dataDir})`);
  server.current = supervise(process.execPath, [NEXT_BIN, mode, "--port", port], withServerPreload(env));
  const code = await server.current.exited;
  // On Ctrl-C Next gets the signal too and may end first: the shutdown handler finishes and exits.
  if (server.stopping) return new Promise<never>(() => undefined);
  log(`next ${mode} exited (${code}); stopping the database`);
  await database.stop();
  process.exit(code);
}
