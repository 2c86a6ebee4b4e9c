import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type TestServer = { adminUrl: string; describe: string; stop: () => Promise<void> };

/**
 * The PostgreSQL server the tests create their databases on: DATABASE_URL's
 * server when set (CI runs the suite again on the machine's PostgreSQL 15),
 * otherwise an embedded one in DATA_DIR/test, apart from the app's own data.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { adminUrl: external, describe: `DATABASE_URL (${new URL(external).host})`, stop: async () => undefined };
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", "test");
  const server = await startEmbeddedPostgres(dataDir);
  return { adminUrl: server.adminUrl, describe: `embedded PostgreSQL on port ${server.port}`, stop: server.stop };
}
