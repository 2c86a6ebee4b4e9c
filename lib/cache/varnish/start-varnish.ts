import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { renderVcl, type VclOptions } from "./render-vcl";

// Runs varnishd in the foreground with the rendered VCL, its working directory in a temporary folder:
// `npm run varnish` (lib/cache/varnish/cli.ts), the cluster bench and the two-instance tests.

export function varnishInstalled(): boolean {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

export type RunningVarnish = { origin: string; child: ChildProcess; stop: () => Promise<void>; output: () => string };

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Varnish keeps what the instances send, as they send it: with its own gzip support on, it asks the backends for
 * gzip and gunzips the stored copy for every client that did not ask for it (a 32 KB page went out at 13,000
 * req/s that way against ~17,000 otherwise). Off, the instances compress per Accept-Encoding, which the VCL
 * reduces to "gzip" or nothing, so each page is stored at most twice (see careers.vcl.template).
 */
export const VARNISH_PARAMETERS = ["-p", "http_gzip_support=off"];

export async function startVarnish(options: VclOptions & { port: number; memory?: string; stdio?: "inherit" | "pipe" }): Promise<RunningVarnish> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "careers-varnish-"));
  chmodSync(workDir, 0o755); // varnishd drops to its own user for the cache process
  const vclFile = path.join(workDir, "careers.vcl");
  writeFileSync(vclFile, renderVcl(options), { mode: 0o644 });
  const child = spawn(
    "varnishd",
    ["-F", "-n", path.join(workDir, "state"), "-a", `127.0.0.1:${options.port}`, "-f", vclFile, "-s", `malloc,${options.memory ?? "256m"}`, "-p", "default_grace=0", ...VARNISH_PARAMETERS],
    { stdio: options.stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const deadline = Date.now() + 20_000;
  while (!(await listening(options.port))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      child.kill("SIGKILL");
      rmSync(workDir, { recursive: true, force: true });
      throw new Error(`varnishd did not start on ${options.port}:\n${output.slice(-2_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin: `http://127.0.0.1:${options.port}`,
    child,
    output: () => output.slice(-3_000),
    async stop() {
      if (exitCode === undefined) child.kill("SIGTERM");
      await exited;
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
