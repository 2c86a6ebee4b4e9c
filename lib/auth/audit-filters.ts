/**
 * The audit log's URL state (?action=…&page=…), parsed leniently: anything odd
 * (repeated keys, huge or negative pages, strange action names) falls back to
 * a default instead of failing.
 */
export type AuditFilters = { page: number; action: string | null };

export const AUDIT_PAGE_SIZE = 50;
const MAX_PAGE = 100_000;

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const rawPage = single(params.page);
  const page = rawPage && /^\d{1,9}$/.test(rawPage) ? Math.min(Math.max(1, Number(rawPage)), MAX_PAGE) : 1;
  const rawAction = single(params.action);
  const action = rawAction && /^[a-z][a-z0-9_.]{0,63}$/.test(rawAction) ? rawAction : null;
  return { page, action };
}

export function auditHref(filters: AuditFilters): string {
  const search = new URLSearchParams();
  if (filters.action) search.set("action", filters.action);
  if (filters.page > 1) search.set("page", String(filters.page));
  const query = search.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
