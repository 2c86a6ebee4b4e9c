"use client";

import Link from "next/link";
import { useState } from "react";
import type { PostingAbilities } from "@/lib/cms/posting-permissions";
import { STATUS_LABELS } from "@/lib/cms/status-labels";
import type { PostingStatus } from "@/lib/postings";

export type ToolbarCommand = "save" | "submitForReview" | "approve" | "publish" | "returnToDraft" | "unpublish" | "archive" | "repost" | "duplicate";

const primary = "rounded-full bg-ink px-5 py-2.5 font-bold text-paper hover:bg-ink/85 disabled:opacity-50";
const secondary = "rounded-full border-2 border-ink px-4 py-2 font-bold hover:bg-mist disabled:opacity-50";

const BACK_TO_DRAFT: Partial<Record<PostingStatus, string>> = {
  IN_REVIEW: "Withdraw from review",
  SCHEDULED: "Cancel the schedule",
  ARCHIVED: "Take out of the archive",
  UNPUBLISHED: "Back to draft",
  EXPIRED: "Back to draft",
};

type Props = {
  id: string | null;
  status: PostingStatus;
  version: number;
  scheduledPublishAt: string | null;
  abilities: PostingAbilities;
  pending: boolean;
  dirty: boolean;
  onCommand: (command: ToolbarCommand) => void;
  onSchedule: (localDateTime: string) => void;
};

/** Only the buttons this role may use on a posting in this status; the actions refuse the rest anyway. */
export function EditorToolbar({ id, status, version, scheduledPublishAt, abilities, pending, dirty, onCommand, onSchedule }: Props) {
  const [when, setWhen] = useState("");
  if (!id) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primary} disabled={pending} onClick={() => onCommand("save")}>
          {pending ? "Saving…" : "Create draft"}
        </button>
        <span className="text-sm text-muted">A new posting starts as a draft: nobody outside sees it.</span>
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
    <div className="flex flex-col gap-4">
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <span className="rounded-full bg-ink px-3 py-1 font-bold text-paper" data-testid="posting-status">
          {STATUS_LABELS[status]}
        </span>
        <span className="text-muted">Version {version}</span>
        {scheduledPublishAt && status === "SCHEDULED" ? <span>Goes live {new Date(scheduledPublishAt).toLocaleString("en-GB", { timeZone: "Europe/Paris", dateStyle: "long", timeStyle: "short" })} (Paris)</span> : null}
        {dirty ? <strong className="text-amber-700">Unsaved changes</strong> : null}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {button("save", pending ? "Saving…" : "Save", primary)}
        {button("publish", status === "PUBLISHED" ? "Publish" : "Publish now", primary)}
        {button("approve", "Approve and publish", primary)}
        {button("submitForReview", "Submit for review")}
        {abilities.returnToDraft ? button("returnToDraft", BACK_TO_DRAFT[status] ?? "Back to draft") : null}
        {button("unpublish", "Unpublish", secondary, "Unpublish this posting? Its page will answer “gone” (410) and it leaves the site and the feeds at once.")}
        {button("archive", "Archive", secondary, "Archive this posting? It becomes read-only; a published posting closes at once.")}
        {button("repost", "Repost for next intake", secondary, "Move this posting's dates to its next intake? A closed posting comes back as a draft to check.")}
        {button("duplicate", "Duplicate")}
        <Link href={`/admin/postings/${id}/preview`} className="font-bold underline underline-offset-4">
          Preview
        </Link>
        <Link href={`/admin/postings/${id}/revisions`} className="font-bold underline underline-offset-4">
          History
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
            Publish later (Paris time)
            <input type="datetime-local" className="rounded-lg border-2 border-ink px-3 py-1.5" value={when} onChange={(event) => setWhen(event.target.value)} required />
          </label>
          <button type="submit" className={secondary} disabled={pending || !when}>
            Schedule
          </button>
        </form>
      ) : null}
    </div>
  );
}
