"use client";

import Link from "next/link";
import { useState } from "react";
import type { PostingAbilities } from "@/lib/cms/posting-permissions";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import type { Locale } from "@/lib/i18n/locales";
import type { PostingStatus } from "@/lib/postings";

export type ToolbarCommand = "save" | "submitForReview" | "approve" | "publish" | "returnToDraft" | "unpublish" | "archive" | "repost" | "duplicate";

// Smaller at narrow widths: the toolbar is sticky, so every pixel it takes hides the form.
const primary = "rounded-full bg-ink px-3 py-1.5 text-sm font-bold text-paper hover:bg-ink/85 disabled:opacity-50 sm:px-5 sm:py-2.5 sm:text-base";
const secondary = "rounded-full border-2 border-ink px-3 py-1 text-sm font-bold hover:bg-mist disabled:opacity-50 sm:px-4 sm:py-2 sm:text-base";
const row = "flex items-center gap-2 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:gap-3 sm:whitespace-normal";

type Props = {
  id: string | null;
  status: PostingStatus;
  version: number;
  scheduledPublishAt: string | null;
  abilities: PostingAbilities;
  pending: boolean;
  dirty: boolean;
  locale: Locale;
  onCommand: (command: ToolbarCommand) => void;
  onSchedule: (localDateTime: string) => void;
};

/** Only the buttons this role may use on a posting in this status; the actions refuse the rest anyway. */
export function EditorToolbar({ id, status, version, scheduledPublishAt, abilities, pending, dirty, locale, onCommand, onSchedule }: Props) {
  const [when, setWhen] = useState("");
  const all = adminCatalogue(locale);
  const t = all.editor.toolbar;
  if (!id) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primary} disabled={pending} onClick={() => onCommand("save")}>
          {pending ? t.saving : t.createDraft}
        </button>
        <span className="text-sm text-muted">{t.newHint}</span>
      </div>
    );
  }
  const button = (command: ToolbarCommand, label: string, style = secondary, confirmText?: string) =>
    abilities[command] ? (
      <button
        type="button"
        className={style}
        disabled={pending}
        data-command={command}
        onClick={() => (!confirmText || window.confirm(confirmText)) && onCommand(command)}
      >
        {label}
      </button>
    ) : null;
  return (
    <div className="flex flex-col gap-2 sm:gap-4">
      <p className="flex flex-wrap items-center gap-2 text-sm sm:gap-3">
        <span className="rounded-full bg-ink px-3 py-0.5 font-bold text-paper sm:py-1" data-testid="posting-status">
          {all.status[status]}
        </span>
        <span className="text-muted">{t.version(version)}</span>
        {scheduledPublishAt && status === "SCHEDULED" ? <span>{t.goesLive(formatParisTime(scheduledPublishAt, locale))}</span> : null}
        {dirty ? <strong className="text-amber-700">{t.unsaved}</strong> : null}
      </p>
      <div className={row} role="group" aria-label={t.actionsLabel}>
        {button("save", pending ? t.saving : t.save, primary)}
        {button("publish", status === "PUBLISHED" ? t.publish : t.publishNow, primary)}
        {button("approve", t.approve, primary)}
        {button("submitForReview", t.submitForReview)}
        {abilities.returnToDraft ? button("returnToDraft", t.backToDraft[status] ?? t.backToDraftDefault) : null}
        {button("unpublish", t.unpublish, secondary, t.unpublishConfirm)}
        {button("archive", t.archive, secondary, t.archiveConfirm)}
        {button("repost", t.repost, secondary, t.repostConfirm)}
        {button("duplicate", t.duplicate)}
        <Link href={`/admin/postings/${id}/preview`} className="font-bold underline underline-offset-4">
          {t.preview}
        </Link>
        <Link href={`/admin/postings/${id}/revisions`} className="font-bold underline underline-offset-4">
          {t.history}
        </Link>
      </div>
      {abilities.schedule ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            onSchedule(when);
          }}
        >
          <label className="flex flex-col gap-1 text-sm font-bold">
            {t.publishLater}
            <input type="datetime-local" className="rounded-lg border-2 border-ink px-3 py-1.5" value={when} onChange={(event) => setWhen(event.target.value)} required />
          </label>
          <button type="submit" className={secondary} disabled={pending || !when}>
            {t.schedule}
          </button>
        </form>
      ) : null}
    </div>
  );
}
