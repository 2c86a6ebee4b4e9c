import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";

// The load generator of the benches: wrk when installed (C, two threads: it leaves the servers most of the
// CPU), otherwise autocannon in this process. Every figure of one run comes from the same generator.

export type LoadResult = { rps: number; p50: number; p99: number; max: number; errors: number };

export const LOAD_TOOL = spawnSync("wrk", ["--version"], { stdio: "ignore" }).error ? "autocannon" : "wrk";

function wrkMs(text: string, label: string): number {
  const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(text);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

function wrkResult(out: string, url: string): LoadResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  if (!Number.isFinite(rps)) throw new Error(`wrk gave no figures for ${url}:\n${out}`);
  const max = /^\s*Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s)/m.exec(out);
  const maxMs = max ? Number(max[1]) * (max[2] === "us" ? 0.001 : max[2] === "s" ? 1000 : 1) : Number.NaN;
  return { rps, p50: wrkMs(out, "50"), p99: wrkMs(out, "99"), max: maxMs, errors };
}

/** wrk against `url`; resolves with its figures when it ends (after `seconds`, or at once on `interrupt`). */
function runWrk(url: string, connections: number, seconds: number, threads = 2): { done: Promise<LoadResult>; interrupt: () => void } {
  const child = spawn("wrk", [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--latency", url], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => void (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => void (out += chunk.toString()));
  const done = new Promise<LoadResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", () => {
      try {
        resolve(wrkResult(out, url));
      } catch (error) {
        reject(error as Error);
      }
    });
  });
  // wrk prints its figures when interrupted.
  return { done, interrupt: () => void (child.exitCode === null && child.kill("SIGINT")) };
}

export async function load(url: string, options: { connections?: number; seconds: number }): Promise<LoadResult> {
  const connections = options.connections ?? 50;
  if (LOAD_TOOL === "wrk") return runWrk(url, connections, options.seconds).done;
  return autocannonResult(await autocannon({ url, connections, duration: options.seconds }));
}

const autocannonResult = (result: autocannon.Result): LoadResult => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  errors: result.non2xx + result.errors,
});

/** Load in the background until `stop` is called (the "under load" part of a measurement); `stop` resolves with
 * what each URL's visitors saw meanwhile. */
export function backgroundLoad(urls: string[], connections: number): { stop: () => Promise<LoadResult[]> } {
  if (LOAD_TOOL === "wrk") {
    const runs = urls.map((url) => runWrk(url, connections, 600, 1));
    return {
      stop: () => {
        for (const run of runs) run.interrupt();
        return Promise.all(runs.map((run) => run.done));
      },
    };
  }
  const runs = urls.map((url) => {
    let done: (result: autocannon.Result) => void = () => undefined;
    const finished = new Promise<autocannon.Result>((resolve) => (done = resolve));
    const instance = autocannon({ url, connections, duration: 600 }, (_error, result) => done(result));
    return { instance, finished };
  });
  return {
    stop: async () => {
      for (const run of runs) run.instance.stop();
      return (await Promise.all(runs.map((run) => run.finished))).map(autocannonResult);
    },
  };
}
