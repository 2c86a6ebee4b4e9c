import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { normalizeEmail } from "@/lib/auth/email";
import { emailSchema } from "@/lib/auth/user-schemas";
import { SERVER_PRELOAD, withServerPreload } from "@/lib/launcher/child-process";

const env_ = (values: Record<string, string | undefined>) => values as NodeJS.ProcessEnv;

describe("normalizeEmail: trim, NFC, lower-case — and nothing else", () => {
  test("spellings of one address become one string", () => {
    const nfc = "zo\u00eb@example.com";
    for (const spelling of [nfc, "zoe\u0308@example.com", " ZOE\u0308@EXAMPLE.COM\t", "Zo\u00cb@Example.Com"]) expect(normalizeEmail(spelling)).toBe(nfc);
  });

  test("wildcards, a trailing dot and look-alikes stay what they are (other addresses)", () => {
    for (const other of ["victim@example.co_", "%", "victim@example.co\\m", "victim@example.com.", "victim@\u0435xample.com"]) {
      expect(normalizeEmail(other)).toBe(other);
    }
  });

  test("non-strings are empty; very long input is bounded", () => {
    expect(normalizeEmail(undefined)).toBe("");
    expect(normalizeEmail(["a@example.com"])).toBe("");
    expect(normalizeEmail(`${"a".repeat(400)}@example.com`)).toHaveLength(320);
  });

  test("the user form's schema stores the same normal form", () => {
    expect(emailSchema.parse("  New.Manager@Example.COM ")).toBe("new.manager@example.com");
    expect(emailSchema.safeParse("%@example.com").success).toBe(false);
  });
});

describe("the launcher's peer-address preload (Node's http.server.request.start channel)", () => {
  test("withServerPreload adds --import of the preload to NODE_OPTIONS once, keeping the caller's options", () => {
    const env = withServerPreload(env_({ NODE_OPTIONS: "--max-old-space-size=512" }));
    expect(env.NODE_OPTIONS).toBe(`--max-old-space-size=512 --import ${JSON.stringify(SERVER_PRELOAD)}`);
    expect(withServerPreload(env).NODE_OPTIONS).toBe(env.NODE_OPTIONS);
    expect(withServerPreload(env_({})).NODE_OPTIONS).toBe(`--import ${JSON.stringify(SERVER_PRELOAD)}`);
  });

  test("under the preload, a request handler sees the socket's address appended after whatever the client sent", () => {
    const script = `
      const http = require("node:http");
      const seen = [];
      const server = http.createServer((req, res) => { seen.push(req.headers["x-forwarded-for"]); res.end(); });
      server.listen(0, "127.0.0.1", async () => {
        const url = "http://127.0.0.1:" + server.address().port + "/";
        await fetch(url, { headers: { "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.8" } });
        await fetch(url);
        server.close();
        console.log(JSON.stringify({ seen, marker: globalThis[Symbol.for("careers.peer-address-appended")] === true }));
      });`;
    const output = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env: withServerPreload(env_({ PATH: process.env.PATH })) });
    expect(JSON.parse(output)).toEqual({ seen: ["198.51.100.7, 127.0.0.1", "127.0.0.1"], marker: true });
  });
});
