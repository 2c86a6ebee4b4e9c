import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "package.json", "postcss.config.mjs", "proxy.ts"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

// Written after `next build` exits 0: Next writes BUILD_ID early, so a build cut short (a killed session, a full
// disk) leaves a BUILD_ID beside a half-written server folder that `next start` cannot run.
const COMPLETE_MARKER = ".careers-build-complete";

/** Records that `next build` into distDir finished; call only after it exited 0. */
export function markBuildComplete(distDir: string): void {
  writeFileSync(path.join(ROOT, distDir, COMPLETE_MARKER), new Date().toISOString() + "\n");
}

/** True when distDir holds no finished build, or a source file changed after it was built. */
export function needsBuild(distDir: string): boolean {
  const marker = path.join(ROOT, distDir, COMPLETE_MARKER);
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}
