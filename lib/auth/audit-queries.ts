import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./audit-filters";

export type AuditRow = {
  id: string;
  action: string;
  actorEmail: string | null;
  /** Who, by name when the account still exists. */
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  /** What the event is about, by title or name (never a bare identifier when it can be found). */
  entityLabel: string | null;
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
      select: { id: true, action: true, actorId: true, actorEmail: true, entityType: true, entityId: true, data: true, ip: true, createdAt: true },
    }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const labels = await labelEntities(events);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map(({ actorId, ...event }): AuditRow => ({
      ...event,
      actorName: actorId ? (labels.users.get(actorId) ?? null) : null,
      entityLabel: event.entityId ? (labels[event.entityType === "posting" ? "postings" : "users"].get(event.entityId) ?? null) : null,
    })),
    actions: actions.map((row) => row.action),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names of the users and titles of the postings a page of events mentions, in two queries. */
async function labelEntities(events: { actorId: string | null; entityType: string | null; entityId: string | null }[]) {
  const userIds = new Set<string>();
  const postingIds = new Set<string>();
  for (const event of events) {
    if (event.actorId && UUID.test(event.actorId)) userIds.add(event.actorId);
    if (!event.entityId || !UUID.test(event.entityId)) continue;
    if (event.entityType === "posting") postingIds.add(event.entityId);
    else if (event.entityType === "user") userIds.add(event.entityId);
  }
  const [users, postings] = await Promise.all([
    userIds.size ? db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true, email: true } }) : [],
    postingIds.size ? db.posting.findMany({ where: { id: { in: [...postingIds] } }, select: { id: true, title: true } }) : [],
  ]);
  return {
    users: new Map(users.map((user) => [user.id, `${user.name} (${user.email})`])),
    postings: new Map(postings.map((posting) => [posting.id, posting.title])),
  };
}
