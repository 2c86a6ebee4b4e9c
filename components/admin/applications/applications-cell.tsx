import Link from "next/link";
import { applicationsText } from "@/lib/i18n/admin-applications";
import type { Locale } from "@/lib/i18n/locales";

export type ApplicationCounts = Map<string, { total: number; fresh: number }>;

/** The postings table's Applications column: the count, the new ones, a link to the posting's inbox. */
export function ApplicationsCell({ postingId, counts, locale }: { postingId: string; counts: { total: number; fresh: number } | undefined; locale: Locale }) {
  if (!counts) return <td className="py-4 text-muted">—</td>;
  return (
    <td className="whitespace-nowrap py-4">
      <Link href={`/admin/postings/${postingId}/applications`} className="font-bold underline-offset-4 hover:underline">
        {counts.total}
        {counts.fresh ? applicationsText(locale).inbox.newCount(counts.fresh) : ""}
      </Link>
    </td>
  );
}
