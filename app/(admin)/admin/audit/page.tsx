import type { Metadata } from "next";
import Link from "next/link";
import { secondaryButtonClass } from "@/components/admin/auth/form-field";
import { auditHref, parseAuditFilters } from "@/lib/auth/audit-filters";
import { listAuditEvents } from "@/lib/auth/audit-queries";
import { formatUtc } from "@/lib/auth/format-utc";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Audit log" };

function describeData(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  return Object.entries(data as Record<string, unknown>)
    .filter(([, value]) => value === null || ["string", "number", "boolean"].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ")
    .slice(0, 300);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser(rolesFor("audit.view"));
  const filters = parseAuditFilters(await searchParams);
  const { total, pages, events, actions } = await listAuditEvents(filters);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">Audit log</h1>
        <p className="text-muted">Sign-ins, user changes and posting changes. Times are UTC.</p>
      </div>

      <form method="get" action="/admin/audit" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="audit-action" className="text-sm font-bold">
            Action
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className="rounded-lg border-2 border-ink bg-paper px-3 py-2">
            <option value="">All actions</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Filter
        </button>
      </form>

      <p className="text-sm font-bold" role="status">
        {total} {total === 1 ? "event" : "events"}
        {filters.action ? ` for ${filters.action}` : ""} · page {Math.min(filters.page, pages)} of {pages}
      </p>

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">Time (UTC)</th>
              <th scope="col" className="py-3 pr-4">Actor</th>
              <th scope="col" className="py-3 pr-4">Action</th>
              <th scope="col" className="py-3 pr-4">Entity</th>
              <th scope="col" className="py-3 pr-4">IP</th>
              <th scope="col" className="py-3">Details</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-line align-top">
                <td className="py-3 pr-4 whitespace-nowrap">
                  <time dateTime={event.createdAt.toISOString()}>{formatUtc(event.createdAt)}</time>
                </td>
                <td className="py-3 pr-4 break-all">{event.actorEmail ?? "—"}</td>
                <td className="py-3 pr-4 font-mono">{event.action}</td>
                <td className="py-3 pr-4 break-all">{event.entityType ? `${event.entityType} ${event.entityId ?? ""}` : "—"}</td>
                <td className="py-3 pr-4 font-mono">{event.ip ?? "—"}</td>
                <td className="py-3 break-all text-muted">{describeData(event.data)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 ? <p className="py-6 text-muted">No events here.</p> : null}
      </div>

      <nav aria-label="Audit log pages" className="flex gap-3">
        {filters.page > 1 ? (
          <Link className={secondaryButtonClass} href={auditHref({ ...filters, page: Math.min(filters.page - 1, pages) })}>
            Newer
          </Link>
        ) : null}
        {filters.page < pages ? (
          <Link className={secondaryButtonClass} href={auditHref({ ...filters, page: filters.page + 1 })}>
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
