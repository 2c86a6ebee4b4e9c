import { ensureAuthSecret } from "./auth-secret";
import { NEXT_BIN, onShutdown, run, supervise } from "./child-process";
import { needsBuild } from "./build-state";
import { resolveDataDir } from "./data-dir";
import { prepareDatabase } from "./prepare-database";

const log = (line: string) => console.log(`[careers] ${line}`);

/** `npm start` (build when needed, then next start) and `npm run dev` (next dev). */
export async function runApp(mode: "start" | "dev"): Promise<never> {
  const dataDir = resolveDataDir();
  const database = await prepareDatabase(dataDir, { seedIfEmpty: true });
  const port = process.env.PORT ?? "3000";
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: ensureAuthSecret(dataDir, database.kind),
    SITE_URL: siteUrl,
    AUTH_URL: process.env.AUTH_URL ?? siteUrl,
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };

  const server: { current?: ReturnType<typeof supervise> } = {};
  onShutdown(async (signal) => {
    log(`${signal}: stopping`);
    if (server.current) {
      server.current.child.kill("SIGTERM");
      await Promise.race([server.current.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await database.stop();
    log("stopped");
  });

  try {
    if (mode === "start" && needsBuild(".next")) {
      log("building the app (next build)…");
      await run(process.execPath, [NEXT_BIN, "build"], env);
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  log(`${mode === "dev" ? "development" : "production"} server on ${siteUrl} (data directory ${dataDir})`);
  server.current = supervise(process.execPath, [NEXT_BIN, mode, "--port", port], env);
  const code = await server.current.exited;
  await database.stop();
  process.exit(code);
}
