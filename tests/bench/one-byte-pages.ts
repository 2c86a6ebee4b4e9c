// `npm run bench:one-byte-pages`: why stored pages are kept as one-byte strings (lib/cache/one-byte-html.mjs).
// A bare Node HTTP server answers a careers posting page (the seeded accountant posting's length, 70,000
// characters with its ’, —, € and …) as Next answers a cached page: it hashes the string for the ETag (Next's
// FNV-1a, the same loop) and sends it with `res.end(string)`. Four ways of holding the same page, measured in one
// run with the cluster bench's load generator:
// - as rendered: a two-byte string (V8 keeps two bytes per character as soon as one is beyond Latin-1);
// - that string turned into UTF-8 bytes for each response (what the launcher's preload did before);
// - the one-byte page the page cache now stores (characters beyond Latin-1 escaped: &#x2019;, \u2019);
// - that one-byte page turned into bytes for each response (had the preload been kept beside it).
import { spawn } from "node:child_process";
import { load, LOAD_TOOL } from "./load";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CHARACTERS = 70_000;

const server = (variant: string) => `
  const http = require("node:http");
  const words = "Back Market recrute un·e alternant·e comptable — l’équipe finance, 1 200 € brut… ";
  const rendered = words.repeat(Math.ceil(${CHARACTERS} / words.length)).slice(0, ${CHARACTERS});
  const variant = ${JSON.stringify(variant)};
  let body = rendered;
  if (variant.startsWith("one-byte")) {
    import(${JSON.stringify(new URL("../../lib/cache/one-byte-html.mjs", import.meta.url).href)}).then((m) => { body = m.toOneByteHtml(rendered); start(); });
  } else start();
  const etag = (a) => { let b=a.length,c=0,d=0,e=8997,f=0,g=33826,h=0,i=40164,j=0,k=52210;for(;c<b;)e^=a.charCodeAt(c++),d=435*e,f=435*g,h=435*i,j=435*k,h+=e<<8,j+=g<<8,f+=d>>>16,e=65535&d,h+=f>>>16,g=65535&f,k=j+(h>>>16)&65535,i=65535&h;return(15&k)*0x1000000000000+0x100000000*i+65536*g+(e^k>>4) };
  function start() {
    http.createServer((req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("ETag", '"' + etag(body).toString(36) + '"');
      res.setHeader("Content-Length", Buffer.byteLength(body));
      res.end(variant.endsWith("as bytes") ? Buffer.from(body) : body);
    }).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
  }`;

async function measure(name: string, port: number): Promise<void> {
  const child = spawn(process.execPath, ["-e", server(name)], { env: { PATH: process.env.PATH, PORT: String(port) } as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  try {
    const result = await load(`http://127.0.0.1:${port}/`, { seconds: SECONDS });
    console.log(`${name.padEnd(34)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(1)} ms  errors ${result.errors}`);
  } finally {
    child.kill();
  }
}

console.log(`${LOAD_TOOL}, 50 connections, ${SECONDS} s each, a ${CHARACTERS.toLocaleString("en")}-character page`);
await measure("two-byte (as rendered)", 3661);
await measure("two-byte, as bytes", 3662);
await measure("one-byte (as stored)", 3663);
await measure("one-byte, as bytes", 3664);
