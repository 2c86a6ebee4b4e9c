import Link from "next/link";
import { ApplicationsCell, type ApplicationCounts } from "@/components/admin/applications/applications-cell";
import type { AdminPostingRow } from "@/lib/cms/queries/list-admin-postings";
import { STATUS_LABELS } from "@/lib/cms/status-labels";
import type { PostingStatus } from "@/lib/postings";

const FRENCH_LABELS = { NONE: "No French version", TO_TRANSLATE: "To translate", TRANSLATED: "Translated" } as const;

const STATUS_STYLES: Record<PostingStatus, string> = {
  DRAFT: "border-2 border-ink",
  IN_REVIEW: "bg-amber-100 border-2 border-amber-600",
  SCHEDULED: "bg-mist border-2 border-ink border-dashed",
  PUBLISHED: "bg-ink text-paper",
  UNPUBLISHED: "bg-mist text-muted",
  EXPIRED: "bg-mist text-muted",
  ARCHIVED: "bg-mist text-muted line-through",
};

const when = (date: Date) => date.toLocaleString("en-GB", { timeZone: "Europe/Paris", dateStyle: "medium", timeStyle: "short" });

/** `applications`: per posting the user reaches, its application count and how many are new. */
export function PostingsTable({ rows, applications }: { rows: AdminPostingRow[]; applications?: ApplicationCounts }) {
  if (!rows.length) return <p className="rounded-xl bg-mist px-6 py-10 text-center font-bold">No posting matches these filters.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-3 pr-4">Title</th>
            <th scope="col" className="py-3 pr-4">Status</th>
            <th scope="col" className="py-3 pr-4">Team</th>
            <th scope="col" className="py-3 pr-4">City</th>
            <th scope="col" className="py-3 pr-4">French</th>
            <th scope="col" className="py-3 pr-4">Last change (Paris)</th>
            <th scope="col" className="py-3 pr-4">Author</th>
            {applications ? <th scope="col" className="py-3">Applications</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top" data-testid={`posting-row-${row.slug}`}>
              <td className="py-4 pr-4">
                <Link href={`/admin/postings/${row.id}`} className="font-bold underline-offset-4 hover:underline">
                  {row.title || "(untitled)"}
                </Link>
                <div className="text-muted">/jobs/{row.slug}</div>
              </td>
              <td className="py-4 pr-4">
                <span className={`inline-block whitespace-nowrap rounded-full px-3 py-0.5 text-xs font-bold ${STATUS_STYLES[row.status]}`}>{STATUS_LABELS[row.status]}</span>
                {row.status === "SCHEDULED" && row.scheduledPublishAt ? <div className="mt-1 text-xs text-muted">{when(row.scheduledPublishAt)}</div> : null}
              </td>
              <td className="py-4 pr-4">{row.teamName}</td>
              <td className="py-4 pr-4">{row.city ?? "Remote"}</td>
              <td className="whitespace-nowrap py-4 pr-4" data-testid={`french-${row.slug}`}>
                {FRENCH_LABELS[row.frenchVersion]}
              </td>
              <td className="whitespace-nowrap py-4 pr-4">{when(row.updatedAt)}</td>
              <td className="py-4 pr-4">{row.authorName ?? "—"}</td>
              {applications ? <ApplicationsCell postingId={row.id} counts={applications.get(row.id)} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
