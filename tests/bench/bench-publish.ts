// `npm run bench:publish` (issue 7): the public site under load while a
// recruiter publishes. autocannon hits /jobs and a posting (50 connections in
// all, 30 s) while a recruiter (a RECRUITER account), signed in through the real
// login form in Chromium, saves 20 edits of that live posting through the real
// editor (its server action). Prints req/s, p50/p99, the count of 5xx, and how
// long each edit took to show on the public page; exits 1 unless the targets are
// met (zero 5xx, every edit visible within 1 s of its save).
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { exitWhenDone, startBenchServer } from "./bench-server";

const PORT = Number(process.env.BENCH_PORT ?? 3501);
const DURATION = 30;
const EDITS = 20;
const SLUG = "accountant-apprentice";
const ADMIN = { email: "bench.admin@example.com", password: "bench-admin-password-1" };
const RECRUITER = { email: "bench.recruiter@example.com", password: "bench-recruiter-password-1" };

async function visibleAfter(origin: string, text: string, since: number): Promise<number> {
  for (;;) {
    const html = await (await fetch(`${origin}/jobs/${SLUG}`)).text();
    if (html.includes(text)) return Date.now() - since;
    if (Date.now() - since > 10_000) return Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function main(): Promise<void> {
  const server = await startBenchServer({ port: PORT, databaseName: "careers_bench_publish", env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
  const prisma = createPrismaClient(server.databaseUrl, 2);
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const { id } = await prisma.posting.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await prisma.user.create({ data: { email: RECRUITER.email, name: "Bench Recruiter", role: "RECRUITER", passwordHash: await hashPassword(RECRUITER.password) } });
    const page = await browser.newPage({ baseURL: server.origin });
    await page.goto("/admin/login?callbackUrl=%2Fadmin%2Fpostings");
    await page.getByLabel("Email").fill(RECRUITER.email);
    await page.getByLabel("Password").fill(RECRUITER.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Postings", level: 1 }).waitFor();
    await page.goto(`/admin/postings/${id}`);

    const load = (path: string) => autocannon({ url: server.origin + path, connections: 25, duration: DURATION });
    const loads = Promise.all([load("/jobs"), load(`/jobs/${SLUG}`)]);
    const delays: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (let edit = 1; edit <= EDITS; edit++) {
      const marker = `Bench edit ${edit} ${Date.now().toString(36)}`;
      await page.getByLabel("The role", { exact: true }).fill(`${marker}. You keep the books of a marketplace for refurbished tech.`);
      const saved = page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
      await page.getByRole("button", { name: "Save", exact: true }).click();
      const response = await saved;
      const savedAt = Date.now();
      if (!response.ok()) throw new Error(`save ${edit} answered HTTP ${response.status()}`);
      delays.push(await visibleAfter(server.origin, marker, savedAt));
      await page.waitForLoadState("networkidle");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const [jobs, posting] = await loads;
    const rows = [
      ["/jobs", jobs],
      [`/jobs/${SLUG}`, posting],
    ] as const;
    console.log("\npage                                req/s   p50 ms  p99 ms  5xx  non-2xx");
    for (const [path, result] of rows) {
      console.log(
        `${path.padEnd(35)} ${result.requests.average.toFixed(0).padStart(6)}  ${String(result.latency.p50).padStart(6)}  ${String(result.latency.p99).padStart(6)}  ${String(result["5xx"]).padStart(3)}  ${String(result.non2xx).padStart(7)}`,
      );
    }
    const sorted = [...delays].sort((a, b) => a - b);
    console.log(`\n${EDITS} edits saved; visible on the public page after (ms): ${delays.map((delay) => (Number.isFinite(delay) ? delay : "never")).join(", ")}`);
    console.log(`p50 ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms; within 1 s: ${delays.filter((delay) => delay <= 1_000).length}/${EDITS}`);
    const failures = rows.reduce((sum, [, result]) => sum + result["5xx"], 0);
    const met = failures === 0 && delays.every((delay) => delay <= 1_000);
    console.log(met ? "targets met: zero 5xx, every edit visible within 1 s" : "TARGETS MISSED");
    if (!met) process.exitCode = 1;
  } finally {
    await browser.close();
    await prisma.$disconnect();
    await server.stop();
  }
}

exitWhenDone(main);
