import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The SQL Prisma would create for prisma/schema.prisma, from prisma 6.19's CLI
 * with its WASM schema engine (`engine: "js"`), which needs no downloaded engine.
 * Prisma 6 still wants a datasource url in the schema, so it reads a copy.
 */
export function schemaToSql(connectionString: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "careers-drift-"));
  const schema = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8").replace(
    /provider = "postgresql"/,
    'provider = "postgresql"\n  url      = env("DRIFT_DATABASE_URL")',
  );
  writeFileSync(path.join(dir, "schema.prisma"), schema);
  writeFileSync(
    path.join(dir, "prisma.config.ts"),
    `import { PrismaPg } from "@prisma/adapter-pg";
export default { engine: "js", schema: "schema.prisma", experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: process.env.DRIFT_DATABASE_URL }) };
`,
  );
  execFileSync("ln", ["-s", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  return execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/prisma6/build/index.js"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", "schema.prisma", "--script"],
    { cwd: dir, encoding: "utf8", env: { ...process.env, DRIFT_DATABASE_URL: connectionString, PRISMA_QUERY_ENGINE_LIBRARY: path.join(ROOT, "prisma/schema-engine-stub.sh"), PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
}
