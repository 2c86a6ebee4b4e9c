import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const NEXT_BIN = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");

/** What the Next process preloads: the socket's address appended to X-Forwarded-For, the request gate (see the files). */
export const SERVER_PRELOAD = path.resolve(import.meta.dirname, "preload.mjs");

/**
 * The environment for the Next server (`next start` / `next dev`): NODE_OPTIONS
 * preloads preload.mjs — peer-address.mjs, so lib/auth/client-ip.ts can tell the
 * socket's address from what a client claims, and request-gate.mjs, so a page
 * rendered again after a change is served fresh under load. Keeps NODE_OPTIONS
 * the caller already set.
 */
export function withServerPreload(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import ${JSON.stringify(SERVER_PRELOAD)}`;
  const current = env.NODE_OPTIONS?.trim() ?? "";
  return { ...env, NODE_OPTIONS: current.includes(SERVER_PRELOAD) ? current : [current, preload].filter(Boolean).join(" ") };
}

/** Runs a command to completion, inheriting the terminal; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} ${args[1] ?? ""} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Starts a long-running child and resolves with its exit code once it ends. */
export function supervise(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number> } {
  const child = spawn(command, args, { stdio: "inherit", env });
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
    child.on("error", () => resolve(1));
  });
  return { child, exited };
}

/** Calls cleanup once on SIGINT/SIGTERM/SIGHUP, then exits. */
export function onShutdown(cleanup: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      cleanup(signal)
        .catch((error) => console.error(error))
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
}
