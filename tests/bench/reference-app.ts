import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { NEXT_BIN } from "@/lib/launcher/child-process";

// The cluster bench's reference: a bare Next.js 16 app (same `next` as the project, no proxy, no data) whose
// static pages /listing-size and /posting-size have the byte size of the careers pages they stand for,
// built and started with `next start` in a temporary folder.

const ROOT = path.resolve(import.meta.dirname, "../..");

function page(bytes: number): string {
  const sentence = "Back Market careers reference page, a static page of the same size. ";
  return `export default function Page() {\n  return <main>{${JSON.stringify(sentence.repeat(Math.max(1, Math.floor(bytes / sentence.length))))}}</main>;\n}\n`;
}

export async function startReferenceApp(port: number, sizes: { listing: number; posting: number }): Promise<{ origin: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "careers-reference-"));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "careers-reference", private: true }));
  writeFileSync(path.join(dir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  mkdirSync(path.join(dir, "app/listing-size"), { recursive: true });
  mkdirSync(path.join(dir, "app/posting-size"), { recursive: true });
  writeFileSync(path.join(dir, "app/layout.jsx"), 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
  writeFileSync(path.join(dir, "app/listing-size/page.jsx"), page(sizes.listing));
  writeFileSync(path.join(dir, "app/posting-size/page.jsx"), page(sizes.posting));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NEXT_DIST_DIR;
  const next = (args: string[]) => spawn(process.execPath, [NEXT_BIN, ...args], { cwd: dir, env, stdio: ["ignore", "inherit", "inherit"] });
  await new Promise<void>((resolve, reject) => next(["build"]).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`reference build failed (${code})`)))));
  const server = next(["start", "--port", String(port)]);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${origin}/listing-size`)).ok) break;
    } catch {
      // not yet listening
    }
    if (attempt > 240) throw new Error("the reference app did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: async () => {
      server.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
