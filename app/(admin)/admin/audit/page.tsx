import type { Metadata } from "next";
import Link from "next/link";
import { secondaryButtonClass } from "@/components/admin/auth/form-field";
import { auditHref, parseAuditFilters } from "@/lib/auth/audit-filters";
import { listAuditEvents, type AuditRow } from "@/lib/auth/audit-queries";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import type { AdminCatalogue } from "@/lib/i18n/admin/catalogue";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.audit.title };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function describeData(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  return Object.entries(data as Record<string, unknown>)
    .filter(([, value]) => value === null || ["string", "number", "boolean"].includes(typeof value))
    .filter(([, value]) => !(typeof value === "string" && UUID.test(value)))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ")
    .slice(0, 300);
}

const describeAction = (t: AdminCatalogue, action: string) => t.actions[action] ?? t.audit.unknownAction(action);

function describeEntity(t: AdminCatalogue, event: AuditRow): string {
  if (!event.entityType) return t.common.none;
  const kind = t.audit.entity[event.entityType] ?? event.entityType;
  return event.entityLabel ? `${kind}: ${event.entityLabel}` : kind;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser(rolesFor("audit.view"));
  const { locale, t } = await getAdminText();
  const filters = parseAuditFilters(await searchParams);
  const { total, pages, events, actions } = await listAuditEvents(filters);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.audit.title}</h1>
        <p className="text-muted">{t.audit.intro}</p>
      </div>

      <form method="get" action="/admin/audit" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="audit-action" className="text-sm font-bold">
            {t.audit.action}
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className="rounded-lg border-2 border-ink bg-paper px-3 py-2">
            <option value="">{t.audit.allActions}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {describeAction(t, action)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>
          {t.common.filter}
        </button>
      </form>

      <p className="text-sm font-bold" role="status">
        {t.audit.count(total)}
        {filters.action ? t.audit.forAction(describeAction(t, filters.action)) : ""} · {t.audit.page(Math.min(filters.page, pages), pages)}
      </p>

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">{t.audit.columns.time}</th>
              <th scope="col" className="py-3 pr-4">{t.audit.columns.actor}</th>
              <th scope="col" className="py-3 pr-4">{t.audit.columns.action}</th>
              <th scope="col" className="py-3 pr-4">{t.audit.columns.entity}</th>
              <th scope="col" className="py-3 pr-4">{t.audit.columns.ip}</th>
              <th scope="col" className="py-3">{t.audit.columns.details}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-line align-top" data-testid="audit-row">
                <td className="py-3 pr-4 whitespace-nowrap">
                  <time dateTime={event.createdAt.toISOString()}>{formatParisTime(event.createdAt, locale, { seconds: true })}</time>
                </td>
                <td className="py-3 pr-4 break-words">{event.actorName ?? event.actorEmail ?? t.audit.system}</td>
                <td className="py-3 pr-4" data-action={event.action}>{describeAction(t, event.action)}</td>
                <td className="py-3 pr-4 break-words">{describeEntity(t, event)}</td>
                <td className="py-3 pr-4 font-mono">{event.ip ?? t.common.none}</td>
                <td className="py-3 break-all text-muted">{describeData(event.data)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 ? <p className="py-6 text-muted">{t.audit.empty}</p> : null}
      </div>

      <nav aria-label={t.audit.pagesLabel} className="flex gap-3">
        {filters.page > 1 ? (
          <Link className={secondaryButtonClass} href={auditHref({ ...filters, page: Math.min(filters.page - 1, pages) })}>
            {t.audit.newer}
          </Link>
        ) : null}
        {filters.page < pages ? (
          <Link className={secondaryButtonClass} href={auditHref({ ...filters, page: filters.page + 1 })}>
            {t.audit.older}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
