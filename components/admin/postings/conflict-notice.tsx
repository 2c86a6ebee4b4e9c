"use client";

import { diffPostings } from "@/lib/cms/diff-postings";
import { STATUS_LABELS } from "@/lib/cms/status-labels";
import type { CmsConflict } from "@/lib/cms/types";
import type { Posting, PostingInput } from "@/lib/postings";
import { describePath } from "./describe-path";

/**
 * "Someone else changed this posting": who and when, what their saved version
 * says where it differs from the form, and two explicit choices. The form
 * keeps the recruiter's text until they pick one.
 */
export function ConflictNotice({ conflict, mine, onKeepMine, onTakeTheirs }: { conflict: CmsConflict; mine: PostingInput; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const changes = diffPostings(conflict.posting, mine as unknown as Posting);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="flex flex-col gap-3 rounded-xl border-4 border-red-700 bg-paper p-5" data-testid="conflict">
      <h2 id="conflict-title" className="text-xl font-black">
        Someone else changed this posting
      </h2>
      <p>
        {conflict.savedBy ?? "Someone"} saved version {conflict.version} ({STATUS_LABELS[conflict.status].toLowerCase()}) on{" "}
        {new Date(conflict.savedAt).toLocaleString("en-GB", { timeZone: "Europe/Paris", dateStyle: "long", timeStyle: "short" })} (Paris), after you opened it.
        Your text is still in the form below; nothing of yours was saved yet.
      </p>
      <details open={changes.length <= 8}>
        <summary className="cursor-pointer font-bold">Their version differs from yours in {changes.length} place{changes.length === 1 ? "" : "s"}</summary>
        <dl className="mt-2 flex max-h-80 flex-col gap-2 overflow-auto text-sm" data-testid="their-version">
          {changes.map((change) => (
            <div key={change.path} className="grid gap-1 border-b border-line pb-2 sm:grid-cols-[12rem_1fr_1fr]">
              <dt className="font-bold">{describePath(change.path)}</dt>
              <dd>
                <span className="text-xs font-bold uppercase text-muted">Theirs: </span>
                {change.before ?? "—"}
              </dd>
              <dd>
                <span className="text-xs font-bold uppercase text-muted">Yours: </span>
                {change.after ?? "—"}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="rounded-full bg-ink px-5 py-2 font-bold text-paper" onClick={onKeepMine}>
          Save my version over theirs
        </button>
        <button type="button" className="rounded-full border-2 border-ink px-5 py-2 font-bold" onClick={() => window.confirm("Replace your text with their saved version? Your changes will be lost.") && onTakeTheirs()}>
          Discard mine and load theirs
        </button>
      </div>
    </section>
  );
}
