// `npm run bench:cluster` (issue 12): two instances of the app on one database, Varnish in front of them when
// installed, measured in one run against two references that are not the project — a bare Next.js 16 static
// page of the same size served by `next start`, and nginx serving the same bytes — then the time from a save
// on instance A to the new content on B and through Varnish (20 edits, under load), and the lag between a
// posting's closing instant and its leaving the listings. Prints a table; exits 1 when a target is missed.
import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";
import { startVarnish, varnishInstalled } from "@/lib/cache/varnish/start-varnish";
import { createPrismaClient } from "@/lib/db/create-client";
import { insertPosting } from "@/lib/db/posting-writes";
import { validatePosting } from "@/lib/postings";
import { tpmIntern } from "@/prisma/seed-data/postings";
import { exitWhenDone, startBenchServer, startInstance } from "./bench-server";
import { backgroundLoad, load, LOAD_TOOL, type LoadResult } from "./load";
import { nginxInstalled, startNginx } from "./nginx-reference";
import { startReferenceApp } from "./reference-app";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const PORTS = { a: 3601, b: 3602, reference: 3603, varnish: 3680, nginx: 3690 };
const ADMIN_EMAIL = "bench-admin@example.com";
const ADMIN_PASSWORD = randomBytes(18).toString("base64url");
const PURGE_TOKEN = randomBytes(18).toString("base64url");
const POSTING = "/jobs/accountant-apprentice";
const TARGETS = { perInstance: 0.85, varnishVsNginx: 0.5, editP50: 300, editMax: 1_000, expiryLag: 1_000 };

type Row = { layer: string; page: string; result: LoadResult; ratio?: number; target?: string; ok?: boolean };

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/** Milliseconds from `since` until `check` holds on `url` (polling every 10 ms, at most 15 s). */
async function msUntil(url: string, since: number, check: (body: string, status: number) => boolean): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (check(await response.text(), response.status)) return Date.now() - since;
    } catch {
      // A request that timed out under load: ask again.
    }
    if (Date.now() - since > 15_000) return Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function main(): Promise<void> {
  const withVarnish = varnishInstalled();
  const withNginx = nginxInstalled();
  const front = `http://127.0.0.1:${PORTS.varnish}`;
  const a = await startBenchServer({
    port: PORTS.a,
    databaseName: "careers_bench_cluster",
    env: { ADMIN_EMAIL, ADMIN_PASSWORD, ...(withVarnish ? { CACHE_PURGE_URL: front, CACHE_PURGE_TOKEN: PURGE_TOKEN } : {}), CAREERS_TICK_SECONDS: "60" },
  });
  const stops: (() => Promise<void>)[] = [a.stop];
  try {
    const b = await startInstance(PORTS.b, a.databaseUrl);
    stops.unshift(b.stop);
    const varnish = withVarnish
      ? await startVarnish({ port: PORTS.varnish, backends: [{ host: "127.0.0.1", port: PORTS.a }, { host: "127.0.0.1", port: PORTS.b }], purgeToken: PURGE_TOKEN })
      : null;
    if (varnish) stops.unshift(varnish.stop);
    else console.warn("varnishd is not installed (apt-get install -y varnish): the Varnish rows are skipped");

    const listingBytes = new Uint8Array(await (await fetch(`${a.origin}/jobs`)).arrayBuffer());
    const postingBytes = new Uint8Array(await (await fetch(`${a.origin}${POSTING}`)).arrayBuffer());
    console.log(`page sizes: /jobs ${listingBytes.byteLength} B, ${POSTING} ${postingBytes.byteLength} B`);
    const reference = await startReferenceApp(PORTS.reference, { listing: listingBytes.byteLength, posting: postingBytes.byteLength });
    stops.unshift(reference.stop);
    const nginx = withNginx ? await startNginx(PORTS.nginx, { "jobs.html": listingBytes, "posting.html": postingBytes }) : null;
    if (nginx) stops.unshift(nginx.stop);

    // Throughput, one layer after the other, same generator, same run.
    const pages = [
      { page: "/jobs", reference: "/listing-size", nginx: "/jobs.html", path: "/jobs" },
      { page: "posting", reference: "/posting-size", nginx: "/posting.html", path: POSTING },
      { page: "home", reference: "/listing-size", nginx: "/jobs.html", path: "/" },
    ];
    const rows: Row[] = [];
    for (const target of pages) {
      const measure = async (layer: string, url: string) => {
        for (let i = 0; i < 3; i++) await fetch(url); // warm
        console.log(`${LOAD_TOOL} ${layer} ${target.page} (${SECONDS} s)…`);
        const result = await load(url, { seconds: SECONDS });
        rows.push({ layer, page: target.page, result });
        return result;
      };
      const bare = await measure("bare Next static page", reference.origin + target.reference);
      const nginxResult = nginx ? await measure("nginx, same bytes", nginx.origin + target.nginx) : null;
      for (const [layer, origin] of [
        ["instance A", a.origin],
        ["instance B", b.origin],
      ] as const) {
        const result = await measure(layer, origin + target.path);
        const row = rows.at(-1)!;
        row.ratio = result.rps / bare.rps;
        row.target = `≥ ${TARGETS.perInstance} × bare Next`;
        row.ok = row.ratio >= TARGETS.perInstance && result.errors === 0;
      }
      if (varnish && target.page !== "home") {
        const result = await measure("Varnish → A, B", varnish.origin + target.path);
        const row = rows.at(-1)!;
        if (nginxResult) {
          row.ratio = result.rps / nginxResult.rps;
          row.target = `≥ ${TARGETS.varnishVsNginx} × nginx`;
          row.ok = row.ratio >= TARGETS.varnishVsNginx && result.errors === 0;
        }
      }
    }

    // The throughput table, printed at once (the freshness part below may take long or fail).
    console.log(`\nthroughput (${LOAD_TOOL}, 50 connections, ${SECONDS} s each; 2 cores shared with the load generator)`);
    console.log("layer                      page      req/s   p50 ms  p99 ms  errors  ratio  target                 ");
    for (const row of rows) {
      console.log(
        `${row.layer.padEnd(26)} ${row.page.padEnd(8)} ${row.result.rps.toFixed(0).padStart(6)}  ${row.result.p50.toFixed(1).padStart(6)}  ${row.result.p99.toFixed(1).padStart(6)}  ${String(row.result.errors).padStart(6)}  ${row.ratio === undefined ? "     " : row.ratio.toFixed(2).padStart(5)}  ${row.target ?? ""}${row.ok === undefined ? "" : row.ok ? "  ok" : "  MISSED"}`,
      );
    }

    // Edits on A under load: the new title on B, and through Varnish.
    const prisma = createPrismaClient(a.databaseUrl, 2);
    stops.unshift(() => prisma.$disconnect());
    const posting = await prisma.posting.findUniqueOrThrow({ where: { slug: "accountant-apprentice" }, select: { id: true } });
    const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium" });
    stops.unshift(() => browser.close());
    const page = await browser.newPage({ baseURL: a.origin });
    await page.goto(`/admin/login?callbackUrl=${encodeURIComponent(`/admin/postings/${posting.id}`)}`);
    await page.getByLabel("Email").fill(ADMIN_EMAIL);
    await page.getByLabel("Password").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByLabel("Job title (English)").waitFor();
    // What visitors of B's and Varnish's /jobs see under this load, first with nothing changing, then during
    // the edits (B renders the changed pages first and lets their visitors wait for them: lib/launcher/request-gate.mjs).
    const pressured = [`${b.origin}/jobs`, ...(varnish ? [`${varnish.origin}/jobs`] : [])];
    const quiet = backgroundLoad(pressured, 8);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const visitorsQuiet = await quiet.stop();
    const pressure = backgroundLoad(pressured, 8);
    let visitorsDuringEdits: LoadResult[] = [];
    const onB: number[] = [];
    const throughVarnish: number[] = [];
    try {
      for (let edit = 1; edit <= EDITS; edit++) {
        const title = `Accountant Apprentice (bench edit ${edit} ${Date.now().toString(36)})`;
        await page.getByLabel("Job title (English)").fill(title);
        await page.getByRole("button", { name: "Save", exact: true }).click();
        await page.getByTestId("editor-notice").getByText("Saved.").waitFor();
        const saved = Date.now();
        const [bMs, vMs] = await Promise.all([
          msUntil(`${b.origin}${POSTING}`, saved, (body) => body.includes(title.replace(/&/g, "&amp;"))),
          varnish ? msUntil(`${varnish.origin}${POSTING}`, saved, (body) => body.includes(title.replace(/&/g, "&amp;"))) : Promise.resolve(Number.NaN),
        ]);
        onB.push(bMs);
        if (varnish) throughVarnish.push(vMs);
        console.log(`edit ${edit}: on B after ${bMs} ms${varnish ? `, through Varnish after ${vMs} ms` : ""}`);
      }
    } finally {
      visitorsDuringEdits = await pressure.stop();
    }

    // A closing instant: off B's listing and Varnish's within a second of it.
    const result = validatePosting({ ...tpmIntern, slug: `bench-expiry-${Date.now().toString(36)}` }, { mode: "draft" });
    if (!result.ok) throw new Error("fixture is invalid");
    // Far enough ahead that both B and Varnish list it first, even while the machine is busy.
    const closesAt = Date.now() + 30_000;
    const now = new Date();
    await prisma.$transaction((tx) =>
      insertPosting(tx, { ...result.data, dates: { ...result.data.dates, datePosted: now.toISOString(), validThrough: new Date(closesAt).toISOString() } }, {
        status: "PUBLISHED",
        actor: { id: null, email: "bench" },
        action: "posting.publish",
        firstPublishedAt: now,
        publishedAt: now,
        lastPublicChangeAt: now,
      }),
    );
    // Made outside the app: A's tick would announce it within a minute; ask for the listing to be refreshed now.
    const slug = result.data.slug;
    await page.goto(`/admin/postings/${posting.id}`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByTestId("editor-notice").getByText("Saved.").waitFor();
    const listedOn = (origin: string) => msUntil(`${origin}/jobs`, Date.now(), (body) => body.includes(`/jobs/${slug}"`));
    await Promise.all([listedOn(b.origin), ...(varnish ? [listedOn(varnish.origin)] : [])]);
    let expiryB = Number.POSITIVE_INFINITY;
    let expiryVarnish = varnish ? Number.POSITIVE_INFINITY : Number.NaN;
    if (Date.now() > closesAt - 1_000) console.log("closing instant: the posting was not listed on B and Varnish a second before it; counted as missed");
    else {
      await new Promise((resolve) => setTimeout(resolve, closesAt - Date.now()));
      const gone = (origin: string) => msUntil(`${origin}/jobs`, closesAt, (body) => !body.includes(`/jobs/${slug}"`));
      [expiryB, expiryVarnish] = await Promise.all([gone(b.origin), varnish ? gone(varnish.origin) : Promise.resolve(Number.NaN)]);
    }

    const checks = [
      { name: `edit on A → B, p50 (target ≤ ${TARGETS.editP50} ms)`, value: quantile(onB, 0.5), ok: quantile(onB, 0.5) <= TARGETS.editP50 },
      { name: `edit on A → B, max (target ≤ ${TARGETS.editMax} ms)`, value: Math.max(...onB), ok: Math.max(...onB) <= TARGETS.editMax },
      ...(varnish
        ? [
            { name: `edit on A → Varnish, p50 (target ≤ ${TARGETS.editP50} ms)`, value: quantile(throughVarnish, 0.5), ok: quantile(throughVarnish, 0.5) <= TARGETS.editP50 },
            { name: `edit on A → Varnish, max (target ≤ ${TARGETS.editMax} ms)`, value: Math.max(...throughVarnish), ok: Math.max(...throughVarnish) <= TARGETS.editMax },
          ]
        : []),
      { name: `closing instant → off B's /jobs (target ≤ ${TARGETS.expiryLag} ms)`, value: expiryB, ok: expiryB <= TARGETS.expiryLag },
      ...(varnish ? [{ name: `closing instant → off Varnish's /jobs (target ≤ ${TARGETS.expiryLag} ms)`, value: expiryVarnish, ok: expiryVarnish <= TARGETS.expiryLag }] : []),
    ];
    console.log(`\nfreshness (${EDITS} edits through A's editor while B${varnish ? " and Varnish" : ""} serve /jobs under load)`);
    for (const check of checks) console.log(`${check.name.padEnd(58)} ${String(Math.round(check.value)).padStart(6)} ms  ${check.ok ? "ok" : "MISSED"}`);
    console.log(`\nvisitors under that load (wrk, 8 connections each): /jobs req/s, p50 / p99 / max ms, errors`);
    pressured.forEach((url, i) => {
      const layer = i === 0 ? "B" : "Varnish";
      for (const [when, result] of [["nothing changing", visitorsQuiet[i]], ["during the edits", visitorsDuringEdits[i]]] as const) {
        if (result) console.log(`${`${layer}, ${when}`.padEnd(28)} ${result.rps.toFixed(0).padStart(6)}  ${[result.p50, result.p99, result.max].map((ms) => ms.toFixed(1)).join(" / ").padStart(22)}  ${result.errors}`);
      }
    });
    const missed = [...rows.filter((row) => row.ok === false).map((row) => `${row.layer} ${row.page}`), ...checks.filter((check) => !check.ok).map((check) => check.name)];
    if (!withVarnish || !withNginx) console.log(`\nnot measured: ${[!withVarnish && "Varnish (apt-get install -y varnish)", !withNginx && "nginx (apt-get install -y nginx)"].filter(Boolean).join(", ")}`);
    if (missed.length) {
      console.log(`\nMISSED: ${missed.join("; ")}`);
      process.exitCode = 1;
    } else console.log("\nall targets met");
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
  }
}

exitWhenDone(main);
