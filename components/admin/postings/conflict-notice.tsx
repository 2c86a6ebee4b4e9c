"use client";

import { diffPostings } from "@/lib/cms/diff-postings";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import type { Locale } from "@/lib/i18n/locales";
import type { CmsConflict } from "@/lib/cms/types";
import type { Posting, PostingInput } from "@/lib/postings";
import { describePath } from "./describe-path";

/**
 * "Someone else changed this posting": who and when, what their saved version
 * says where it differs from the form, and two explicit choices. The form
 * keeps the recruiter's text until they pick one.
 */
export function ConflictNotice({ conflict, locale, mine, onKeepMine, onTakeTheirs }: { conflict: CmsConflict; locale: Locale; mine: PostingInput; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const all = adminCatalogue(locale);
  const t = all.editor.conflict;
  const changes = diffPostings(conflict.posting, mine as unknown as Posting);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="flex flex-col gap-3 rounded-xl border-4 border-red-700 bg-paper p-5" data-testid="conflict">
      <h2 id="conflict-title" className="text-xl font-black">
        {t.title}
      </h2>
      <p>
        {t.body(conflict.savedBy ?? t.someone, conflict.version, all.status[conflict.status].toLowerCase(), formatParisTime(conflict.savedAt, locale))}
      </p>
      <details open={changes.length <= 8}>
        <summary className="cursor-pointer font-bold">{t.differs(changes.length)}</summary>
        <dl className="mt-2 flex max-h-80 flex-col gap-2 overflow-auto text-sm" data-testid="their-version">
          {changes.map((change) => (
            <div key={change.path} className="grid gap-1 border-b border-line pb-2 sm:grid-cols-[12rem_1fr_1fr]">
              <dt className="font-bold">{describePath(change.path, locale)}</dt>
              <dd>
                <span className="text-xs font-bold uppercase text-muted">{t.theirs}</span>
                {change.before ?? "—"}
              </dd>
              <dd>
                <span className="text-xs font-bold uppercase text-muted">{t.yours}</span>
                {change.after ?? "—"}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="rounded-full bg-ink px-5 py-2 font-bold text-paper" onClick={onKeepMine}>
          {t.keepMine}
        </button>
        <button type="button" className="rounded-full border-2 border-ink px-5 py-2 font-bold" onClick={() => window.confirm(t.takeTheirsConfirm) && onTakeTheirs()}>
          {t.takeTheirs}
        </button>
      </div>
    </section>
  );
}
