import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { withServerPreload } from "@/lib/launcher/child-process";

// The request gate (lib/launcher/request-gate.mjs) patches Node's HTTP server, so it is tested in a child
// process started with the launcher's preload, on a real server and real requests. The script prints, in
// order, when each response came back.

const run = async (body: string) => {
  const script = `
    const http = require("node:http");
    const gate = globalThis[Symbol.for("careers.request-gate")];
    const log = [];
    const server = http.createServer((req, res) => res.end(req.method + " " + req.url));
    server.listen(0, "127.0.0.1", async () => {
      const origin = "http://127.0.0.1:" + server.address().port;
      const get = (path, init) => fetch(origin + path, init).then((r) => r.text()).then((text) => void log.push(text));
      const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      ${body}
      server.close();
      console.log(JSON.stringify(log));
    });`;
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], { encoding: "utf8", env: withServerPreload({ PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv) });
  return JSON.parse(stdout) as string[];
};

describe("the request gate (launcher preload)", () => {
  test("a GET of an awaited path waits until the app says it is rendered; other paths, other methods and the app's own requests do not", async () => {
    const log = await run(`
      let awaited = true;
      gate.maxWaitMs = 5000;
      gate.waitsFor = (path) => awaited && path === "/jobs/x";
      const waiting = get("/jobs/x?utm=1");
      await sleep(100);
      await get("/jobs/y");
      await get("/jobs/x", { method: "POST", body: "a" });
      await get("/jobs/x", { headers: { "x-careers-regeneration": gate.token } });
      const guessed = get("/jobs/x?guessed", { headers: { "x-careers-regeneration": "guessed" } });
      await sleep(100);
      log.push("rendered");
      awaited = false;
      gate.update();
      await Promise.all([waiting, guessed]);
    `);
    expect(log).toEqual(["GET /jobs/y", "POST /jobs/x", "GET /jobs/x", "rendered", "GET /jobs/x?utm=1", "GET /jobs/x?guessed"]);
  });

  test("no request waits longer than maxWaitMs, and requests go on in order of arrival", async () => {
    const log = await run(`
      gate.maxWaitMs = 150;
      gate.waitsFor = () => true;
      const started = Date.now();
      await Promise.all([get("/a"), sleep(20).then(() => get("/b"))]);
      log.push(Date.now() - started >= 150 && Date.now() - started < 2000 ? "released after maxWaitMs" : "released at " + (Date.now() - started));
    `);
    expect(log).toEqual(["GET /a", "GET /b", "released after maxWaitMs"]);
  });

  test("without waitsFor (no regeneration in this process) nothing waits", async () => {
    const log = await run(`await get("/jobs");`);
    expect(log).toEqual(["GET /jobs"]);
  });
});
