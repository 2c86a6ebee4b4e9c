// `npm run bench:lighthouse`: Lighthouse 12 (best practices and SEO) on the home page, the French
// listing and a posting. Prints each score and what cost points; exits non-zero when a score is
// below 1.00 or a page is missing. Not a test (`npm test` does not run it): Lighthouse needs a
// browser and minutes. LIGHTHOUSE_URL=http://localhost:3100 checks a running server; without it,
// the benchmark server is started (a fresh seeded database, the build in .next-bench).
// Chromium: CHROME_PATH, default /usr/bin/chromium.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { exitWhenDone, startBenchServer } from "./bench-server";

const PAGES = ["/", "/fr/jobs", "/jobs/accountant-apprentice"];
const CATEGORIES = ["best-practices", "seo"] as const;
const LIGHTHOUSE_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve("lighthouse/package.json")), "cli/index.js");

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string };
type Report = { categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, Audit> };

function lighthouse(url: string): Promise<Report> {
  const args = [
    LIGHTHOUSE_BIN,
    url,
    `--only-categories=${CATEGORIES.join(",")}`,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`));
      try {
        resolve(JSON.parse(stdout) as Report);
      } catch {
        reject(new Error(`lighthouse printed no report: ${stderr.slice(-2000)}`));
      }
    });
  });
}

/** The audits of a category that cost points (weighted, scored below 1). */
function lostPoints(report: Report, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ ref, audit }) => audit && ref.weight > 0 && audit.scoreDisplayMode !== "notApplicable" && audit.score !== null && audit.score < 1)
    .map(({ audit }) => `${audit!.id}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ""}`);
}

async function check(origin: string): Promise<boolean> {
  let passed = true;
  for (const page of PAGES) {
    const url = origin + page;
    const status = (await fetch(url, { redirect: "manual" })).status;
    if (status !== 200) {
      console.log(`${page.padEnd(32)} not found (HTTP ${status})${page.startsWith("/fr") ? ": the French site is not merged yet?" : ""}`);
      passed = false;
      continue;
    }
    const report = await lighthouse(url);
    const scores = CATEGORIES.map((category) => `${category} ${(report.categories[category]?.score ?? 0).toFixed(2)}`);
    console.log(`${page.padEnd(32)} ${scores.join("  ")}`);
    for (const category of CATEGORIES) {
      if ((report.categories[category]?.score ?? 0) < 1) passed = false;
      for (const line of lostPoints(report, category)) console.log(`    ${category}: ${line}`);
    }
  }
  console.log(passed ? "all pages at 1.00" : "below 1.00 or missing: see above");
  return passed;
}

async function main(): Promise<void> {
  const given = process.env.LIGHTHOUSE_URL;
  if (given) {
    if (!(await check(given.replace(/\/$/, "")))) process.exitCode = 1;
    return;
  }
  const server = await startBenchServer({ port: Number(process.env.BENCH_PORT ?? 3500), databaseName: "careers_lighthouse" });
  try {
    if (!(await check(server.origin))) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

exitWhenDone(main);
