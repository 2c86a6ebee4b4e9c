import type pg from "pg";

const INSUFFICIENT_PRIVILEGE = "42501";
const OBJECT_IN_USE = "55006";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ends this role's other connections to a database. Only the role's own: pg_terminate_backend on an
 * autovacuum worker fails for a role that is not a superuser ("must be a superuser to terminate superuser
 * process" on PostgreSQL 15), and DROP / ALTER DATABASE … RENAME stop those workers themselves.
 */
export async function closeOwnConnections(client: pg.Client, name: string): Promise<void> {
  await client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND usename = current_user`,
    [name],
  );
}

/**
 * DROP DATABASE IF EXISTS, closing the connections to it, as a role that is not a superuser.
 *
 * `WITH (FORCE)` refuses ("must be a member of the role whose process is being terminated") while an
 * autovacuum worker is in the database — seen on PostgreSQL 15 — because that worker belongs to no role. A
 * plain DROP DATABASE does stop autovacuum workers itself, so on that refusal this closes the role's own
 * connections and drops without FORCE, retrying while a connection is still going away.
 */
export async function dropDatabaseForcefully(client: pg.Client, name: string): Promise<void> {
  const quoted = `"${name.replaceAll('"', '""')}"`;
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
  }
  for (let attempt = 1; ; attempt++) {
    await closeOwnConnections(client, name);
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoted}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === 10) throw error;
      await pause(200 * attempt);
    }
  }
}
