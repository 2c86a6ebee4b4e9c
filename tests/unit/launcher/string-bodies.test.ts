import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { withPeerAddress } from "@/lib/launcher/child-process";

// lib/launcher/string-bodies.mjs, loaded with the launcher's preload: long string bodies reach Node as Buffers.
// What matters is that nothing a client receives changes — bytes, lengths, encodings, callbacks — and that the
// Next process really gets the shim (through the same NODE_OPTIONS as the peer-address preload).

const script = `
  const http = require("node:http");
  const long = "Offre d’alternance — comptabilité, cœur de métier « finance ». ".repeat(2000);
  const latin1 = "café ".repeat(8000);
  const callbacks = [];
  const server = http.createServer((req, res) => {
    if (req.url === "/end") return res.end(long, () => callbacks.push("end"));
    if (req.url === "/end-encoding") return res.end(latin1, "latin1", () => callbacks.push("end-encoding"));
    if (req.url === "/write") { res.write(long, () => callbacks.push("write")); res.write("short"); return res.end(long.slice(0, 20)); }
    if (req.url === "/length") { res.setHeader("Content-Length", Buffer.byteLength(long)); return res.end(long); }
    res.end("short body");
  });
  server.listen(0, "127.0.0.1", async () => {
    const base = "http://127.0.0.1:" + server.address().port;
    const read = async (path) => Buffer.from(await (await fetch(base + path)).arrayBuffer());
    const [end, endEncoding, write, length, short] = [await read("/end"), await read("/end-encoding"), await read("/write"), await read("/length"), await read("/short")];
    server.close();
    console.log(JSON.stringify({
      patched: http.ServerResponse.prototype.end.name,
      end: end.equals(Buffer.from(long)),
      endEncoding: endEncoding.equals(Buffer.from(latin1, "latin1")),
      write: write.equals(Buffer.concat([Buffer.from(long), Buffer.from("short"), Buffer.from(long.slice(0, 20))])),
      length: length.equals(Buffer.from(long)),
      short: short.toString(),
      callbacks: callbacks.sort(),
    }));
  });`;

describe("the launcher's string-bodies preload", () => {
  test("a Next process started by the launcher sends long string bodies unchanged, through the Buffer path", () => {
    const output = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env: withPeerAddress({ PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv) });
    expect(JSON.parse(output)).toEqual({
      patched: "endWithBuffer",
      end: true,
      endEncoding: true,
      write: true,
      length: true,
      short: "short body",
      callbacks: ["end", "end-encoding", "write"],
    });
  });
});
