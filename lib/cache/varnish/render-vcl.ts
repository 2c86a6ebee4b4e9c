import { readFileSync } from "node:fs";
import path from "node:path";

// Fills in lib/cache/varnish/careers.vcl.template: the app instances behind Varnish, the addresses allowed
// to purge (the instances themselves), and the purge token the app's cache-purge engine sends.

export type VclOptions = { backends: { host: string; port: number }[]; purgers?: string[]; purgeToken: string };

const TEMPLATE = path.join(import.meta.dirname, "careers.vcl.template");

const quoted = (value: string) => {
  if (!/^[A-Za-z0-9._:\-/]+$/.test(value)) throw new Error(`refusing to put ${JSON.stringify(value)} into the VCL`);
  return `"${value}"`;
};

export function renderVcl({ backends, purgers, purgeToken }: VclOptions): string {
  if (backends.length === 0) throw new Error("at least one backend");
  if (!/^[A-Za-z0-9_-]{16,}$/.test(purgeToken)) throw new Error("the purge token must be 16+ characters of [A-Za-z0-9_-]");
  const names = backends.map((_, index) => `instance${index + 1}`);
  const backendBlocks = backends
    .map(
      (backend, index) => `backend ${names[index]} {
  .host = ${quoted(backend.host)};
  .port = "${backend.port}";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/health"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; }
}`,
    )
    .join("\n\n");
  const acl = (purgers ?? [...new Set(["127.0.0.1", "::1", ...backends.map((backend) => backend.host)])]).map((host) => `  ${quoted(host)};`).join("\n");
  return readFileSync(TEMPLATE, "utf8")
    .replace("@BACKENDS@", backendBlocks)
    .replace("@PURGERS@", acl)
    .replace("@DIRECTOR@", names.map((name) => `  instances.add_backend(${name});`).join("\n"))
    .replace("@PURGE_TOKEN@", purgeToken);
}
