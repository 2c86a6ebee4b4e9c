import type { PostingChange } from "@/lib/cms/diff-postings";
import { describePath } from "./describe-path";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";


/** Field-by-field differences: the old revision on the left, the current version on the right. */
export function RevisionDiff({ changes, locale }: { changes: PostingChange[]; locale: Locale }) {
  const t = adminCatalogue(locale).history;
  if (!changes.length) return <p className="font-bold">{t.noDifference}</p>;
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="revision-diff">
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="w-48 py-2 pr-4">{t.diff.field}</th>
          <th scope="col" className="py-2 pr-4">{t.diff.before}</th>
          <th scope="col" className="py-2">{t.diff.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-4 font-bold">{describePath(change.path, locale)}</th>
            <td className="whitespace-pre-wrap py-2 pr-4">{change.before === null ? <em className="text-muted">{t.diff.none}</em> : <del className="bg-red-50 no-underline">{change.before}</del>}</td>
            <td className="whitespace-pre-wrap py-2">{change.after === null ? <em className="text-muted">{t.diff.none}</em> : <ins className="bg-green-50 no-underline">{change.after}</ins>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
