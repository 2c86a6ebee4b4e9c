// What the end-to-end server (serve.ts) is started with, for the config and the specs.
// Override the port, data directory or build folder to run beside another e2e run:
// E2E_PORT=3111 E2E_DATA_DIR=.data/e2e-mine E2E_DIST_DIR=.next-e2e-mine npx playwright test

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
/** The e2e database, re-created from the seed at every server start. */
export const E2E_DATABASE = "careers_e2e";

/** The admin account the seed creates for the e2e server. */
export const ADMIN_EMAIL = "admin@example.com";
export const ADMIN_PASSWORD = "e2e-admin-password-1";

/** The three seeded postings (prisma/seed-data/postings), open thanks to repostForNextIntake. */
export const SEEDED_POSTING_SLUGS = ["people-ops-payroll-apprentice", "accountant-apprentice", "technical-program-management-intern"] as const;
