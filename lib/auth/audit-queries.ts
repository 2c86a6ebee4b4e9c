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
      entityLabel: event.entityId ? (labelOf(labels, event.entityType)?.get(event.entityId) ?? null) : null,
    })),
    actions: actions.map((row) => row.action),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type EntityLabels = Record<"users" | "postings" | "offices" | "teams", Map<string, string>>;

/** Applications are named by their kind only: the candidate's name stays in the inbox. */
function labelOf(labels: EntityLabels, entityType: string | null): Map<string, string> | null {
  switch (entityType) {
    case "posting":
      return labels.postings;
    case "user":
      return labels.users;
    case "office":
      return labels.offices;
    case "team":
      return labels.teams;
    default:
      return null;
  }
}

/** Names of the users, titles of the postings and names of the offices and teams a page of events mentions. */
async function labelEntities(events: { actorId: string | null; entityType: string | null; entityId: string | null }[]): Promise<EntityLabels> {
  const ids = { user: new Set<string>(), posting: new Set<string>(), office: new Set<string>(), team: new Set<string>() };
  for (const event of events) {
    if (event.actorId && UUID.test(event.actorId)) ids.user.add(event.actorId);
    if (!event.entityId || !UUID.test(event.entityId)) continue;
    if (event.entityType === "posting" || event.entityType === "user" || event.entityType === "office" || event.entityType === "team") ids[event.entityType].add(event.entityId);
  }
  const some = (set: Set<string>) => ({ id: { in: [...set] } });
  const [users, postings, offices, teams] = await Promise.all([
    ids.user.size ? db.user.findMany({ where: some(ids.user), select: { id: true, name: true, email: true } }) : [],
    ids.posting.size ? db.posting.findMany({ where: some(ids.posting), select: { id: true, title: true } }) : [],
    ids.office.size ? db.office.findMany({ where: some(ids.office), select: { id: true, name: true } }) : [],
    ids.team.size ? db.team.findMany({ where: some(ids.team), select: { id: true, name: true } }) : [],
  ]);
  return {
    users: new Map(users.map((user) => [user.id, `${user.name} (${user.email})`])),
    postings: new Map(postings.map((posting) => [posting.id, posting.title])),
    offices: new Map(offices.map((office) => [office.id, office.name])),
    teams: new Map(teams.map((team) => [team.id, team.name])),
  };
}
