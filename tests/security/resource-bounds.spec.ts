import { readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BASE_URL, E2E_DIST_DIR, E2E_PORT } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { actionNamed, actionShapes, actionUrl, ensureDraft, postShape, serverActions, type Shape } from "./support";

// Resources an anonymous client must not be able to exhaust (issue items 5–7):
// the page cache (disk and memory) under any URL mix, server actions answering
// 500 to junk bodies, and the health check starving under a sign-in burst.
// The bounds asserted here are the ones README.md states ("How the public side
// stays fast and truthful").

/** README: the build folder does not grow at runtime (1 MiB of slack for logs and manifests Next rewrites). */
const DIST_GROWTH_BOUND_BYTES = 1024 * 1024;
// Memory is bounded when a flood of distinct URLs levels off: the server warms up (heap growth, the two 32 MB
// LRUs filling), then stays flat. Measured in November: 253 MiB → ~490 MiB within the first 1,000 searches, then
// 485 → 505 MiB over the next 11,000; after the whole e2e suite the same flood took a server from 602 to 898 MiB.
// On 1 December (French site, applications, shared cache tags): fresh 301 → 721 MiB, after the whole suite
// 469 → 1,006 MiB, both flat over the second half (README, "How the public side stays fast and truthful").
const RSS_GROWTH_BOUND_BYTES = 640 * 1024 * 1024;
// Over the floods that follow the first, of 5,900 other URLs each: a leak at the rate measured before the fix
// (~52 KB a search) adds ~300 MB in every one of them. V8's heap may still step up once after warming up (seen:
// +40 to +260 MiB over a single flood, depending on when the heap grew), so the bound applies to the smaller growth
// of the second and third floods: a one-off step passes, a steady leak fails both.
const RSS_PLATEAU_BOUND_BYTES = 160 * 1024 * 1024;

function folderBytes(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        files++;
      }
    }
  };
  walk(folder);
  return { bytes, files };
}

/** The pid of the process listening on the e2e port (Next's server, a child of the launcher). */
function serverPid(port: number): number {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      // state 0A = LISTEN
      if (local && fields[3] === "0A" && parseInt(local.split(":")[1] ?? "", 16) === port) inodes.add(fields[9] ?? "");
    }
  }
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      } catch {
        // the fd closed meanwhile
      }
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/** Runs `work` over `items` with `concurrency` at a time. */
async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One flood: 5,000 distinct searches and 900 filter views or searches with filters, all new for `round`. */
function floodUrls(round: number): string[] {
  const words = ["payroll", "comptable", "program", "stage", "paris", "bordeaux", "alternance", "finance", "people", "manager"];
  const urls: string[] = [];
  for (let i = 0; i < 5_000; i++) urls.push(`/jobs?q=${encodeURIComponent(`${words[i % words.length]} ${round}${i.toString(36)}`)}`);
  // Filter views, existing and not (unknown teams and cities are still valid filters), searches combined with filters.
  const filters = ["team=technology", "team=people", "contract=STAGE", "contract=CDI", "remote=HYBRID", "language=fr", "city=Paris", "city=Bordeaux"];
  for (let i = 0; i < 300; i++) {
    urls.push(`/jobs?${filters[i % filters.length]}&page=${(i % 20) + 1 + round * 20}`);
    urls.push(`/jobs?team=team-${round}-${i}&city=Ville${round}${i.toString(36).replace(/\d/g, "")}`);
    urls.push(`/jobs?q=${round}x${i}&${filters[i % filters.length]}`);
  }
  return urls;
}

test("5,000 distinct searches and a mix of filter views keep the build folder and the server's memory within the README's bound", async () => {
  test.setTimeout(900_000);
  const pid = serverPid(E2E_PORT);
  const distBefore = folderBytes(E2E_DIST_DIR);
  const rssBefore = rssBytes(pid);
  const statuses = new Map<number, number>();
  // The peak while the server warms up (the first flood), then while each later flood of other URLs runs: a server
  // that levels off barely grows in them; one that keeps something per URL grows by as much again in each.
  const peaks = [rssBefore, 0, 0];
  let round = 0;
  const sample = () => {
    peaks[round] = Math.max(peaks[round]!, rssBytes(pid));
  };
  const started = Date.now();
  const sampler = setInterval(sample, 250);
  let requests = 0;
  try {
    for (round = 0; round < peaks.length; round++) {
      const urls = floodUrls(round);
      requests += urls.length;
      await pool(urls, 12, async (url) => {
        const response = await fetch(`${BASE_URL}${url}`, { redirect: "manual" });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      });
      sample();
      if (round + 1 < peaks.length) peaks[round + 1] = peaks[round]!;
    }
  } finally {
    clearInterval(sampler);
    round = peaks.length - 1;
  }
  const seconds = (Date.now() - started) / 1000;
  const distAfter = folderBytes(E2E_DIST_DIR);
  const rssAfter = rssBytes(pid);
  const report = [
    `${requests} requests in ${seconds.toFixed(1)} s, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    `${E2E_DIST_DIR}: ${distBefore.bytes} B in ${distBefore.files} files → ${distAfter.bytes} B in ${distAfter.files} files`,
    `RSS of pid ${pid}: ${(rssBefore / 2 ** 20).toFixed(0)} MiB → ${(rssAfter / 2 ** 20).toFixed(0)} MiB (peaks over the three floods ${peaks.map((peak) => (peak / 2 ** 20).toFixed(0)).join(", ")} MiB)`,
  ].join("\n");
  console.log(report);
  test.info().annotations.push({ type: "measured", description: report });
  expect([...statuses.keys()].filter((status) => status >= 500), report).toEqual([]);
  expect(distAfter.bytes - distBefore.bytes, report).toBeLessThanOrEqual(DIST_GROWTH_BOUND_BYTES);
  expect(peaks[0]! - rssBefore, report).toBeLessThanOrEqual(RSS_GROWTH_BOUND_BYTES);
  const laterGrowth = Math.min(peaks[1]! - peaks[0]!, peaks[2]! - peaks[1]!);
  expect(laterGrowth, report).toBeLessThanOrEqual(RSS_PLATEAU_BOUND_BYTES);
});

test("junk server-action bodies get 400 from every action, and valid calls still work", async ({ request }) => {
  test.setTimeout(120_000);
  const target = await ensureDraft();
  const text = (data: string): Omit<Shape, "headers"> => ({ name: `text ${JSON.stringify(data.slice(0, 30))}`, data });
  const multipart = (name: string, entries: [string, string][]): Omit<Shape, "headers"> => ({ name: `multipart ${name}`, multipart: entries });
  const junkBodies: Omit<Shape, "headers">[] = [
    text(JSON.stringify(["$Q1"])),
    text(JSON.stringify(["$K1"])),
    text(JSON.stringify(["$@1"])),
    text(JSON.stringify(["$W1"])),
    text(JSON.stringify(["$i1"])),
    text(JSON.stringify(["$1"])),
    text(JSON.stringify(["$0"])),
    text(JSON.stringify(["$Q0"])),
    text(JSON.stringify(["$h1"])),
    text(JSON.stringify(["$B1"])),
    text(JSON.stringify(["$nxyz"])),
    text(JSON.stringify([{ a: "$1:x:y" }])),
    text(JSON.stringify(["$0:9"])),
    text("{"),
    text(""),
    text("null"),
    text('"$Q1"'),
    text("\u00ff\u00fe\u0000\u0001garbage"),
    multipart("row 0 promising a missing row", [["0", JSON.stringify(["$@1"])]]),
    multipart("row 0 not JSON", [["0", "{"]]),
    multipart("Map of an object", [["0", JSON.stringify(["$Q1"])], ["1", "{}"]]),
    multipart("no row 0", [["1", "[]"]]),
    multipart("Blob reference to a text field", [["0", JSON.stringify(["$B1"])], ["1", "text"]]),
    multipart("path that does not resolve", [["0", JSON.stringify(["$1:a:b"])], ["1", "{}"]]),
    multipart("row referencing itself", [["0", JSON.stringify(["$1"])], ["1", JSON.stringify(["$1"])]]),
  ];
  const statuses: string[] = [];
  for (const action of serverActions()) {
    const url = actionUrl(action, target);
    const fetchHeaders = { "Next-Action": action.id, Accept: "text/x-component" };
    const shapes: Shape[] = junkBodies.map((body) => ({ ...body, headers: body.data === undefined ? fetchHeaders : { ...fetchHeaders, "Content-Type": "text/plain;charset=UTF-8" } }));
    // No-JavaScript form posts (no Next-Action header) whose bound arguments are junk.
    const descriptor = JSON.stringify({ id: action.id, bound: "$@1" });
    shapes.push({ name: "no-JS form, missing bound arguments", headers: {}, multipart: [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_KEY", "k0"]] });
    shapes.push({ name: "no-JS form, bound arguments not JSON", headers: {}, multipart: [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", "{"]] });
    shapes.push({ name: "no-JS form, Map of a string", headers: {}, multipart: [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", JSON.stringify(["$Q2"])], ["$ACTION_1:2", '"x"']] });
    for (const shape of shapes) {
      const response = await postShape(request, url, shape);
      const label = `${action.exportedName} at ${url}, ${shape.name} → ${response.status()}`;
      statuses.push(label);
      expect(response.status(), label).toBe(400);
    }
  }
  // Raw bytes that are no multipart body at all, under a multipart content type, with and without Next-Action.
  const signIn = actionNamed("signInAction");
  for (const headers of [{ "Next-Action": signIn.id }, {}] as Record<string, string>[]) {
    const response = await request.post("/admin/login", {
      headers: { Origin: BASE_URL, "Content-Type": "multipart/form-data; boundary=xyz", ...headers },
      data: Buffer.from([0x2d, 0x2d, 0x78, 0x79, 0x7a, 0x0d, 0x0a, 0xff, 0x00, 0x13, 0x37]),
      maxRedirects: 0,
    });
    expect(response.status(), `random multipart bytes ${JSON.stringify(headers)}`).toBe(400);
  }
  test.info().annotations.push({ type: "statuses", description: statuses.join("\n") });

  // Controls: the same actions still decode valid calls of every shape (a wrong password is a 200 with the
  // generic message for the fetch call, a 303 back to the login page for the no-JS form).
  const fields = { email: "nobody@example.com", password: "wrong-password", callbackUrl: "/admin" };
  const [, formDataShape, , noJsStateShape] = actionShapes(signIn, target, { fields, argument: { status: "idle" } });
  const xff = { "x-forwarded-for": "198.51.100.77" };
  const viaFetch = await postShape(request, "/admin/login", formDataShape!, xff);
  expect(viaFetch.status()).toBe(200);
  expect(await viaFetch.text()).toContain("couldn't sign you in");
  const viaForm = await postShape(request, "/admin/login", noJsStateShape!, xff);
  expect(viaForm.status()).toBe(303);
  expect(viaForm.headers().location).toContain("error=CredentialsSignin");
  // A reply with outlined rows and a path reference, as React's encodeReply writes a repeated object.
  const outlined = await postShape(request, "/admin/login", {
    name: "outlined rows",
    headers: { "Next-Action": signIn.id, Accept: "text/x-component" },
    multipart: [
      ["_1_email", fields.email],
      ["_1_password", fields.password],
      ["1", JSON.stringify({ status: "idle", values: { email: "x" } })],
      ["0", JSON.stringify(["$1", "$K1", "$1:values"])],
    ],
  }, xff);
  expect(outlined.status()).toBe(200);
});

test("with 200 concurrent sign-ins, /api/health answers with a p95 under 200 ms and every sign-in is counted once", async () => {
  test.setTimeout(180_000);
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  const run = Date.now().toString(36);
  const emails = Array.from({ length: 200 }, (_, i) => `load-${run}-${i}@example.com`);

  let signingIn = true;
  const samples: number[] = [];
  const healthFailures: number[] = [];
  const health = (async () => {
    while (signingIn) {
      const started = performance.now();
      const response = await fetch(`${BASE_URL}/api/health`);
      await response.arrayBuffer();
      samples.push(performance.now() - started);
      if (response.status !== 200) healthFailures.push(response.status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const signInStatuses = new Map<number, number>();
  const started = Date.now();
  await Promise.all(
    emails.map(async (email, i) => {
      const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Cookie: cookie,
          Origin: BASE_URL,
          "x-forwarded-for": `203.0.113.${i % 250}`,
        },
        body: new URLSearchParams({ csrfToken, email, password: `wrong-${i}`, callbackUrl: `${BASE_URL}/admin` }),
      });
      await response.arrayBuffer();
      signInStatuses.set(response.status, (signInStatuses.get(response.status) ?? 0) + 1);
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  signingIn = false;
  await health;
  const report = `200 sign-ins in ${seconds.toFixed(1)} s (${JSON.stringify(Object.fromEntries(signInStatuses))}); ${samples.length} health samples: p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms; non-200: ${JSON.stringify(healthFailures)}`;
  console.log(report);
  test.info().annotations.push({ type: "measured", description: report });
  expect([...signInStatuses.keys()].filter((status) => status >= 500), report).toEqual([]);
  expect(samples.length, report).toBeGreaterThanOrEqual(10);
  expect(healthFailures, report).toEqual([]);
  expect(percentile(samples, 95), report).toBeLessThan(200);

  // The login limit still saw every try exactly once, and none was left PENDING (a failure or, for an address
  // already locked by an earlier run, a refusal).
  const outcomes = await withE2eDatabase((prisma) =>
    prisma.loginAttempt.groupBy({ by: ["outcome"], where: { email: { in: emails } }, _count: { _all: true } }),
  );
  const counts = Object.fromEntries(outcomes.map((row) => [row.outcome, row._count._all]));
  expect((counts.FAILURE ?? 0) + (counts.REFUSED ?? 0), `${report}; ${JSON.stringify(counts)}`).toBe(200);
  expect(counts.PENDING, JSON.stringify(counts)).toBeUndefined();
});
