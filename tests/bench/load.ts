import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";

// The load generator of the benches: wrk when installed (C, two threads: it leaves the servers most of the
// CPU), otherwise autocannon in this process. Every figure of one run comes from the same generator.

export type LoadResult = { rps: number; p50: number; p99: number; errors: number };

export const LOAD_TOOL = spawnSync("wrk", ["--version"], { stdio: "ignore" }).error ? "autocannon" : "wrk";

function wrkMs(text: string, label: string): number {
  const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(text);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

function runWrk(url: string, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", url], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => void (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => void (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", () => {
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
      const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
      const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
      if (!Number.isFinite(rps)) reject(new Error(`wrk gave no figures for ${url}:\n${out}`));
      else resolve({ rps, p50: wrkMs(out, "50"), p99: wrkMs(out, "99"), errors });
    });
  });
}

export async function load(url: string, options: { connections?: number; seconds: number }): Promise<LoadResult> {
  const connections = options.connections ?? 50;
  if (LOAD_TOOL === "wrk") return runWrk(url, connections, options.seconds);
  const result = await autocannon({ url, connections, duration: options.seconds });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

/** Load in the background until `stop` is called (the "under load" part of a measurement). */
export function backgroundLoad(urls: string[], connections: number): { stop: () => Promise<void> } {
  if (LOAD_TOOL === "wrk") {
    const children = urls.map((url) => spawn("wrk", ["-t1", `-c${connections}`, "-d600s", url], { stdio: "ignore" }));
    return {
      stop: async () => {
        await Promise.all(children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))))));
      },
    };
  }
  const runs = urls.map((url) => {
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const instance = autocannon({ url, connections, duration: 600 }, () => done());
    return { instance, finished };
  });
  return {
    stop: async () => {
      for (const run of runs) run.instance.stop();
      await Promise.all(runs.map((run) => run.finished));
    },
  };
}
