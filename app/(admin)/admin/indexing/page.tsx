import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";
import { configuredSenders } from "@/lib/indexing/senders";
import { siteUrl } from "@/lib/public/site-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.indexing.title };
}

// The URL-notification outbox (lib/indexing): what was, or would have been, sent to search engines.
export default async function IndexingPage() {
  await requireUser(rolesFor("audit.view"));
  const { locale, t } = await getAdminText();
  const senders = configuredSenders(siteUrl()).map((sender) => sender.name);
  const [rows, counts] = await Promise.all([
    db.urlNotification.findMany({ orderBy: { createdAt: "desc" }, take: 200 }),
    db.urlNotification.groupBy({ by: ["status"], _count: true }),
  ]);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.indexing.title}</h1>
        <p className="text-muted">
          {t.indexing.intro} {senders.length ? t.indexing.configured(senders.join(", ")) : t.indexing.notConfigured}
        </p>
      </div>
      <p className="text-sm font-bold" role="status">
        {counts.map((count) => `${count._count} ${t.indexing.statuses[count.status]}`).join(" · ") || t.indexing.nothing}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">{t.indexing.columns.queued}</th>
              <th scope="col" className="py-3 pr-4">{t.indexing.columns.type}</th>
              <th scope="col" className="py-3 pr-4">{t.indexing.columns.url}</th>
              <th scope="col" className="py-3 pr-4">{t.indexing.columns.status}</th>
              <th scope="col" className="py-3 pr-4">{t.indexing.columns.attempts}</th>
              <th scope="col" className="py-3 pr-4">{t.indexing.columns.error}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <td className="py-3 pr-4 whitespace-nowrap">{formatParisTime(row.createdAt, locale)}</td>
                <td className="py-3 pr-4">{t.indexing.types[row.type] ?? row.type}</td>
                <td className="py-3 pr-4 break-all">{row.url}</td>
                <td className="py-3 pr-4">{t.indexing.statuses[row.status]}</td>
                <td className="py-3 pr-4">{row.attempts}</td>
                <td className="py-3 pr-4 break-all">{row.lastError ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
