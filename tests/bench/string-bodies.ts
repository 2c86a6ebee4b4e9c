// `npm run bench:string-bodies`: why lib/launcher/string-bodies.mjs exists. A bare Node HTTP server answers one
// body of a careers posting's length (68,000 characters) as Next answers a cached page, `res.end(string)`:
// Latin-1 text, the same text with one "’" (V8 then keeps two bytes per character), and that text again under
// the launcher's preload. Prints req/s of each, measured in one run with the cluster bench's load generator.
import { spawn } from "node:child_process";
import { withPeerAddress } from "@/lib/launcher/child-process";
import { load, LOAD_TOOL } from "./load";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CHARACTERS = 68_000;

const server = (text: string) => `
  const http = require("node:http");
  const sentence = "Back Market careers, a posting page of the same length. ";
  const body = (${JSON.stringify(text)} + sentence.repeat(${CHARACTERS})).slice(0, ${CHARACTERS});
  http.createServer((req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.end(body);
  }).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));`;

async function measure(name: string, text: string, env: NodeJS.ProcessEnv, port: number): Promise<void> {
  const child = spawn(process.execPath, ["-e", server(text)], { env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  try {
    const result = await load(`http://127.0.0.1:${port}/`, { seconds: SECONDS });
    console.log(`${name.padEnd(44)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(1)} ms  errors ${result.errors}`);
  } finally {
    child.kill();
  }
}

const plain = { PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv;
console.log(`${LOAD_TOOL}, 50 connections, ${SECONDS} s each, a ${CHARACTERS.toLocaleString("en")}-character body`);
await measure("Latin-1 string", "", plain, 3661);
await measure("one ’ in it (two-byte string)", "’", plain, 3662);
await measure("one ’ in it, under the launcher's preload", "’", withPeerAddress(plain), 3663);
