import { defineConfig, devices } from "@playwright/test";
import { BASE_URL } from "./tests/e2e/support/constants";

// End-to-end tests on the system Chromium against `next start` (a production
// build), served by tests/e2e/support/serve.ts with a fresh seeded database.
// Chromium: `apt-get install -y chromium` on Debian (elsewhere
// `npx playwright install chromium` and set PLAYWRIGHT_CHROMIUM_PATH, or leave it empty).
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  // End-to-end journeys (tests/e2e) and the security suite's HTTP and browser attacks (tests/security).
  testDir: "tests",
  testMatch: /(e2e|security)\/.*\.spec\.ts$/,
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2, // a 2-core machine: Next, PostgreSQL and two browsers are enough
  // A journey signs in (argon2 runs one at a time, lib/auth/password.ts) and fills long forms while the other
  // worker runs axe: 30 s left too little headroom on 2 cores. Assertions still wait 10 s at most.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    video: "off",
  },
  // The candidate journeys assert exact results on the seeded postings (only People Ops in Bordeaux…), so
  // they run first, alone; the specs that add postings (CMS, crawler, security) run after them.
  projects: [
    {
      name: "public-site",
      testMatch: /e2e\/(careers-site|smoke|outside-validators|french-site)\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: executablePath || undefined } },
    },
    {
      name: "chromium",
      testIgnore: [/e2e\/(careers-site|smoke|outside-validators|french-site|cluster)\.spec\.ts$/, /security\//],
      dependencies: ["public-site"],
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: executablePath || undefined } },
    },
    // The attack and fault specs (tests/security) assert that the database did not change, so they run last
    // and one at a time: nothing else writes while they compare before and after.
    // Alone while iterating: `npx playwright test --project=security --no-deps`.
    {
      name: "security",
      testMatch: /security\/.*\.spec\.ts$/,
      dependencies: ["chromium"],
      workers: 1,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: executablePath || undefined } },
    },
    // Two instances (and Varnish when installed: .ci/run installs it) on the e2e database, timing how fast a
    // change reaches the second one: alone at the end, so the timings measure the app and not the other workers.
    // Measured on this 2-core machine (2 December 2026, 3 runs, 18 timings): 74–603 ms against the 1 s bound, with
    // instance B warmed up (lib/internal/warm-up.ts) and rendering pages again as changes arrive. E2E_CLUSTER=0 leaves it out.
    ...(process.env.E2E_CLUSTER !== "0"
      ? [
          {
            name: "cluster",
            testMatch: /e2e\/cluster\.spec\.ts$/,
            dependencies: ["security"],
            workers: 1,
            use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: executablePath || undefined } },
          },
        ]
      : []),
  ],
  webServer: {
    command: "node --import tsx tests/e2e/support/serve.ts",
    url: `${BASE_URL}/api/health`,
    // First run: embedded PostgreSQL init, migrations, seed and `next build` on 2 cores.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
