import path from "node:path";
import pg from "pg";
import { dropDatabaseForcefully } from "./drop-database";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type ProvidedDatabase = {
  url: string;
  kind: "embedded" | "external";
  describe: string;
  stop: () => Promise<void>;
};

export const APP_DATABASE = "careers";

export type ProvideOptions = {
  /** Database to use on the server; default APP_DATABASE. With DATABASE_URL set and no name, its own database. */
  databaseName?: string;
  /** Drop and re-create the database first (the end-to-end server starts every run from the seed). */
  fresh?: boolean;
};

/**
 * Creates the database on the server behind adminUrl when it does not exist yet
 * (with fresh: drops it first, closing its connections).
 */
export async function ensureDatabase(adminUrl: string, name: string, options: { fresh?: boolean } = {}): Promise<string> {
  const quoted = `"${name.replaceAll('"', '""')}"`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (options.fresh) await dropDatabaseForcefully(client, name);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${quoted}`).catch((error: { code?: string }) => {
        // Another launcher starting at the same moment created it first.
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
    }
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in dataDir/postgres.
 * A databaseName with DATABASE_URL uses that server, with its credentials, for another database.
 */
export async function provideDatabase(dataDir: string, options: ProvideOptions = {}): Promise<ProvidedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = options.databaseName ? await ensureDatabase(external, options.databaseName, options) : external;
    const { host, pathname } = new URL(url);
    return { url, kind: "external", describe: `PostgreSQL at ${host}${pathname}`, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres(dataDir);
  let url: string;
  try {
    url = await ensureDatabase(server.adminUrl, options.databaseName ?? APP_DATABASE, options);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const how = { started: "started", adopted: "adopted (left running by a stopped launcher)", reused: "reused (in use by another process)" }[server.how];
  return {
    url,
    kind: "embedded",
    describe: `embedded PostgreSQL ${how} on 127.0.0.1:${server.port}, data in ${path.relative(process.cwd(), server.dataDir) || server.dataDir}`,
    stop: server.stop,
  };
}
