import Link from "next/link";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES, type ApplicationStatus } from "@/lib/applications/application-statuses";
import type { ApplicationRow } from "@/lib/applications/list-applications";

/** The status filter: links that keep the filter in the URL (?status=new). */
export function StatusFilter({ basePath, current }: { basePath: string; current: ApplicationStatus | null }) {
  const options: { value: ApplicationStatus | null; label: string }[] = [{ value: null, label: "All" }, ...APPLICATION_STATUSES.map((value) => ({ value, label: APPLICATION_STATUS_LABELS[value] }))];
  return (
    <nav aria-label="Filter by status">
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
export function ApplicationsTable({ rows, showPosting }: { rows: ApplicationRow[]; showPosting: boolean }) {
  if (!rows.length) return <p className="rounded-xl bg-mist px-6 py-10 text-center font-bold">No application here yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-3 pr-4">Candidate</th>
            {showPosting ? <th scope="col" className="py-3 pr-4">Posting</th> : null}
            <th scope="col" className="py-3 pr-4">Status</th>
            <th scope="col" className="py-3 pr-4">Received (UTC)</th>
            <th scope="col" className="py-3 pr-4">CV</th>
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
              <td className="py-3 pr-4">{APPLICATION_STATUS_LABELS[row.status]}</td>
              <td className="py-3 pr-4 whitespace-nowrap">{formatParisTime(row.createdAt, "en")}</td>
              <td className="py-3 pr-4">
                {row.cv ? (
                  <a href={`/admin/applications/${row.id}/cv`} className="underline underline-offset-4" download>
                    Download CV<span className="sr-only"> of {row.name}</span>
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
