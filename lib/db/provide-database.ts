import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type ProvidedDatabase = {
  url: string;
  kind: "embedded" | "external";
  describe: string;
  stop: () => Promise<void>;
};

export const APP_DATABASE = "careers";

/** Creates the database on the server behind adminUrl when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in dataDir/postgres. */
export async function provideDatabase(dataDir: string): Promise<ProvidedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = new URL(external);
    return { url: external, kind: "external", describe: `PostgreSQL at ${url.host}${url.pathname}`, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres(dataDir);
  const url = await ensureDatabase(server.adminUrl, APP_DATABASE);
  const how = server.owned ? "started" : "reused (already running)";
  return {
    url,
    kind: "embedded",
    describe: `embedded PostgreSQL ${how} on 127.0.0.1:${server.port}, data in ${path.relative(process.cwd(), server.dataDir) || server.dataDir}`,
    stop: server.stop,
  };
}
