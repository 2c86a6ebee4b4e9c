import Link from "next/link";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/lib/applications/application-statuses";
import type { ApplicationRow } from "@/lib/applications/list-applications";
import { applicationsText } from "@/lib/i18n/admin-applications";
import type { Locale } from "@/lib/i18n/locales";

/** The status filter: links that keep the filter in the URL (?status=new). */
export function StatusFilter({ basePath, current, locale }: { basePath: string; current: ApplicationStatus | null; locale: Locale }) {
  const t = applicationsText(locale);
  const options: { value: ApplicationStatus | null; label: string }[] = [{ value: null, label: t.inbox.all }, ...APPLICATION_STATUSES.map((value) => ({ value, label: t.statuses[value] }))];
  return (
    <nav aria-label={t.inbox.filterLabel}>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.label}>
            <Link
              href={option.value ? `${basePath}?status=${option.value.toLowerCase()}` : basePath}
              aria-current={option.value === current ? "page" : undefined}
              className="rounded-full border-2 border-ink px-3 py-1 text-sm font-bold hover:bg-mist aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Candidates' text is rendered as text only (React escapes it); nothing they sent is HTML here. */
export function ApplicationsTable({ rows, showPosting, locale }: { rows: ApplicationRow[]; showPosting: boolean; locale: Locale }) {
  const { inbox: t, statuses } = applicationsText(locale);
  if (!rows.length) return <p className="rounded-xl bg-mist px-6 py-10 text-center font-bold">{t.empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-3 pr-4">{t.columns.candidate}</th>
            {showPosting ? <th scope="col" className="py-3 pr-4">{t.columns.posting}</th> : null}
            <th scope="col" className="py-3 pr-4">{t.columns.status}</th>
            <th scope="col" className="py-3 pr-4">{t.columns.received}</th>
            <th scope="col" className="py-3 pr-4">{t.columns.cv}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <td className="py-3 pr-4">
                <Link href={`/admin/applications/${row.id}`} className="font-bold underline underline-offset-4">
                  {row.name}
                </Link>
                <div className="break-all text-muted">{row.email}</div>
              </td>
              {showPosting ? (
                <td className="py-3 pr-4">
                  <Link href={`/admin/postings/${row.posting.id}/applications`} className="underline underline-offset-4">
                    {row.posting.title}
                  </Link>
                </td>
              ) : null}
              <td className="py-3 pr-4">{statuses[row.status]}</td>
              <td className="py-3 pr-4 whitespace-nowrap">{formatParisTime(row.createdAt, locale)}</td>
              <td className="py-3 pr-4">
                {row.cv ? (
                  <a href={`/admin/applications/${row.id}/cv`} className="underline underline-offset-4" download>
                    {t.downloadCv}<span className="sr-only">{t.cvOf(row.name)}</span>
                  </a>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
