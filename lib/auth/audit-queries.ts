import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./audit-filters";

export type AuditRow = {
  id: string;
  action: string;
  actorEmail: string | null;
  entityType: string | null;
  entityId: string | null;
  data: unknown;
  ip: string | null;
  createdAt: Date;
};

/** One page of the audit log, newest first, and the actions there are to filter by. */
export async function listAuditEvents(filters: AuditFilters) {
  const where = filters.action ? { action: filters.action } : {};
  const [total, events, actions] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, actorEmail: true, entityType: true, entityId: true, data: true, ip: true, createdAt: true },
    }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events as AuditRow[],
    actions: actions.map((row) => row.action),
  };
}
