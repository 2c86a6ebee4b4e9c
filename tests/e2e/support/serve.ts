// The web server Playwright starts (playwright.config.ts → webServer):
// `node --import tsx tests/e2e/support/serve.ts`. The launcher of `npm start`
// (lib/launcher/run-app.ts) with its own embedded PostgreSQL (E2E_DATA_DIR,
// default .data/e2e), a database dropped and re-created at every start (so each
// run begins from the seed, its postings reposted to be open), a known admin,
// its own build folder (.next-e2e, rebuilt when missing or stale) and port 3100.
// SIGTERM (Playwright's gracefulShutdown) stops Next, then PostgreSQL.
// The specs play the reverse proxy: each browser context sends its own
// X-Forwarded-For so that the login limit counts each one as its own client,
// hence TRUSTED_PROXY_COUNT=1 here (the launcher's preload appends the socket's
// address after it, lib/launcher/peer-address.mjs). tests/security/identity-attacks.spec.ts
// runs a second server without it to prove that, by default, those headers change nothing.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { runApp } from "@/lib/launcher/run-app";
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, E2E_DATABASE, E2E_DATA_DIR, E2E_DIST_DIR, E2E_PORT } from "./constants";

Object.assign(process.env, {
  DATA_DIR: path.resolve(E2E_DATA_DIR),
  NEXT_DIST_DIR: E2E_DIST_DIR,
  PORT: String(E2E_PORT),
  SITE_URL: BASE_URL,
  AUTH_URL: BASE_URL,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  // The minute jobs (expiry, scheduled publishing, outbox) every 2 s, so tests see them within seconds.
  CAREERS_TICK_SECONDS: "2",
  TRUSTED_PROXY_COUNT: "1",
});

runApp("start", { database: { databaseName: E2E_DATABASE, fresh: true, repostForNextIntake: true } }).catch((error: unknown) => {
  console.error(`[e2e server] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
