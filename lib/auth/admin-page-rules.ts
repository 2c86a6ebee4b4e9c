import type { Permission } from "./permissions";

/**
 * Which admin pages need which permission, for proxy.ts: with Cache Components a page's response starts (200)
 * before the page runs, so a page's own forbidden() can only show the "no access" UI, not set the status
 * (node_modules/next/dist/docs/01-app/02-guides/streaming.md, "Status codes": a request-time status is the
 * Proxy's job). The proxy asks here and answers 403 (lib/auth/forbidden-response.ts); each page still checks for itself
 * (requireUser, requirePostingPage) and tests/unit/auth/admin-page-access.test.ts keeps this table and the
 * pages' own permissions the same.
 */
export const ADMIN_PAGE_RULES: readonly { pattern: RegExp; permission: Permission; posting?: true }[] = [
  { pattern: /^\/admin\/users$/, permission: "user.list" },
  { pattern: /^\/admin\/audit$/, permission: "audit.view" },
  { pattern: /^\/admin\/indexing$/, permission: "audit.view" },
  { pattern: /^\/admin\/offices$/, permission: "office.view" },
  { pattern: /^\/admin\/offices\/[^/]+$/, permission: "office.manage" },
  { pattern: /^\/admin\/teams$/, permission: "team.view" },
  { pattern: /^\/admin\/teams\/[^/]+$/, permission: "team.manage" },
  { pattern: /^\/admin\/applications$/, permission: "application.view" },
  { pattern: /^\/admin\/applications\/privacy$/, permission: "application.privacy" },
  { pattern: /^\/admin\/applications\/[^/]+$/, permission: "application.view" },
  { pattern: /^\/admin\/emails$/, permission: "mail.view" },
  { pattern: /^\/admin\/postings\/([0-9a-f-]{36})\/applications$/, permission: "application.view", posting: true },
  { pattern: /^\/admin\/postings\/new$/, permission: "posting.create" },
  { pattern: /^\/admin\/postings\/([0-9a-f-]{36})\/preview$/, permission: "posting.preview", posting: true },
  { pattern: /^\/admin\/postings\/([0-9a-f-]{36})(?:\/revisions)?$/, permission: "posting.view", posting: true },
];
