import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { NEXT_BIN } from "@/lib/launcher/child-process";

// The cluster bench's reference: a bare Next.js 16 app (same `next` as the project, no proxy, no data) whose
// static pages /listing-size and /posting-size have the byte size of the careers pages they stand for,
// built and started with `next start` in DATA_DIR/bench-reference (inside the repository, so the build finds
// the project's node_modules; Turbopack does not follow a symlinked one).

const ROOT = path.resolve(import.meta.dirname, "../..");

// Next sends a static page's text twice (the HTML and its inline RSC payload) plus ~5 KB of scripts and
// markup: the text is sized so that the whole response matches.
const FRAMEWORK_BYTES = 5_000;

function page(bytes: number): string {
  const sentence = "Back Market careers reference page, a static page of the same size. ";
  const repeats = Math.max(1, Math.round((bytes - FRAMEWORK_BYTES) / 2 / sentence.length));
  return `export default function Page() {\n  return <main>{${JSON.stringify(sentence.repeat(repeats))}}</main>;\n}\n`;
}

export async function startReferenceApp(port: number, sizes: { listing: number; posting: number }): Promise<{ origin: string; stop: () => Promise<void> }> {
  const dir = path.resolve(ROOT, process.env.DATA_DIR ?? ".data", "bench-reference");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(ROOT)} } };\n`);
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
