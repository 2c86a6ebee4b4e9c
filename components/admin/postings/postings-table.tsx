import Link from "next/link";
import { ApplicationsCell, type ApplicationCounts } from "@/components/admin/applications/applications-cell";
import type { AdminPostingRow } from "@/lib/cms/queries/list-admin-postings";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import type { Locale } from "@/lib/i18n/locales";
import type { PostingStatus } from "@/lib/postings";

const STATUS_STYLES: Record<PostingStatus, string> = {
  DRAFT: "border-2 border-ink",
  IN_REVIEW: "bg-amber-100 border-2 border-amber-600",
  SCHEDULED: "bg-mist border-2 border-ink border-dashed",
  PUBLISHED: "bg-ink text-paper",
  UNPUBLISHED: "bg-mist text-muted",
  EXPIRED: "bg-mist text-muted",
  ARCHIVED: "bg-mist text-muted line-through",
};

/** `applications`: per posting the user reaches, its application count and how many are new. */
export function PostingsTable({ rows, locale, applications }: { rows: AdminPostingRow[]; locale: Locale; applications?: ApplicationCounts }) {
  const t = adminCatalogue(locale);
  const when = (date: Date) => formatParisTime(date, locale);
  if (!rows.length) return <p className="rounded-xl bg-mist px-6 py-10 text-center font-bold">{t.postings.empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-3 pr-4">{t.postings.columns.title}</th>
            <th scope="col" className="py-3 pr-4">{t.postings.columns.status}</th>
            <th scope="col" className="py-3 pr-4">{t.postings.columns.team}</th>
            <th scope="col" className="py-3 pr-4">{t.postings.columns.city}</th>
            <th scope="col" className="py-3 pr-4">{t.postings.columns.french}</th>
            <th scope="col" className="py-3 pr-4">{t.postings.columns.updated}</th>
            <th scope="col" className={applications ? "py-3 pr-4" : "py-3"}>{t.postings.columns.author}</th>
            {applications ? <th scope="col" className="py-3">{t.postings.columns.applications}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top" data-testid={`posting-row-${row.slug}`}>
              <td className="py-4 pr-4">
                <Link href={`/admin/postings/${row.id}`} className="font-bold underline-offset-4 hover:underline">
                  {row.title || t.common.untitled}
                </Link>
                <div className="text-muted">/jobs/{row.slug}</div>
              </td>
              <td className="py-4 pr-4">
                <span className={`inline-block whitespace-nowrap rounded-full px-3 py-0.5 text-xs font-bold ${STATUS_STYLES[row.status]}`}>{t.status[row.status]}</span>
                {row.status === "SCHEDULED" && row.scheduledPublishAt ? <div className="mt-1 text-xs text-muted">{t.postings.goesLive(when(row.scheduledPublishAt))}</div> : null}
              </td>
              <td className="py-4 pr-4">{row.teamName}</td>
              <td className="py-4 pr-4">{row.city ?? t.common.remote}</td>
              <td className="whitespace-nowrap py-4 pr-4" data-testid={`french-${row.slug}`}>
                {t.postings.french[row.frenchVersion]}
              </td>
              <td className="whitespace-nowrap py-4 pr-4">{when(row.updatedAt)}</td>
              <td className="py-4 pr-4">{row.authorName ?? "—"}</td>
              {applications ? <ApplicationsCell postingId={row.id} counts={applications.get(row.id)} locale={locale} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
