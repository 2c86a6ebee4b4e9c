import type { PostingChange } from "@/lib/cms/diff-postings";
import { describePath } from "./describe-path";

/** Field-by-field differences: the old revision on the left, the current version on the right. */
export function RevisionDiff({ changes }: { changes: PostingChange[] }) {
  if (!changes.length) return <p className="font-bold">No difference: this revision has the same content as the current version.</p>;
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="revision-diff">
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="w-48 py-2 pr-4">Field</th>
          <th scope="col" className="py-2 pr-4">That revision</th>
          <th scope="col" className="py-2">Current version</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-4 font-bold">{describePath(change.path)}</th>
            <td className="whitespace-pre-wrap py-2 pr-4">{change.before === null ? <em className="text-muted">(none)</em> : <del className="bg-red-50 no-underline">{change.before}</del>}</td>
            <td className="whitespace-pre-wrap py-2">{change.after === null ? <em className="text-muted">(none)</em> : <ins className="bg-green-50 no-underline">{change.after}</ins>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
