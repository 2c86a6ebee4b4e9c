import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatParisDateTime, type Posting, type PostingStatus } from "@/lib/postings";
import type { CommandContext } from "./run-command";
import { loadTarget, type LoadedPosting } from "./load-posting";
import { canStartFrom, editPermission, permissionForTransition, slugPermission, type Transition } from "./posting-permissions";
import { assertPublishable, placesOf, preparePosting } from "./prepare-posting";
import { refuse } from "./refusal";
import { requirePermission, requirePostingReach } from "./require-permission";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { messagesText, type MessagesText } from "@/lib/i18n/admin-messages";
import type { CmsActor, CmsChange, PostingTarget } from "./types";
import { writePosting, type PostingTimestamps } from "./write-posting";

/** A status change, optionally saving the editor's content with it (Publish straight from the form). */
export type TransitionInput = PostingTarget & { posting?: unknown };

export type TransitionSpec = {
  transition: Transition;
  action: string;
  /** What the recruiter tried, for the refusal: "published", "sent for review"… */
  /** What the transition does, named in messagesText(locale).cms.verbs. */
  verb: keyof MessagesText["cms"]["verbs"];
  to: PostingStatus;
  /** Set when the posting goes live at that instant (now, or a scheduled time): publish rules apply. */
  liveFrom?: (loaded: LoadedPosting, now: Date) => Date;
  timestamps: (loaded: LoadedPosting, now: Date) => PostingTimestamps;
  /** Publish rules without going live now (submitting for review). */
  requirePublishable?: boolean;
  /** Extra facts for the audit row. */
  data?: Prisma.InputJsonObject;
};

/** A never-published posting is dated the day it goes live, the date crawlers show as "posted". */
function datedForFirstRelease(loaded: LoadedPosting, posting: Posting, liveFrom: Date | undefined, goesLiveNow: boolean): Posting {
  if (!goesLiveNow || !liveFrom || loaded.firstPublishedAt) return posting;
  return { ...posting, dates: { ...posting.dates, datePosted: formatParisDateTime(liveFrom) } };
}

export async function runTransition(
  { tx, now }: CommandContext,
  actor: CmsActor | null,
  input: TransitionInput,
  spec: TransitionSpec,
): Promise<CmsChange> {
  if (actor) {
    // The role first where the status does not matter (publishing is never a hiring manager's), then whether
    // the actor reaches this posting at all, before it is loaded: a refusal never carries its content.
    if (spec.transition !== "returnToDraft") requirePermission(actor, permissionForTransition(spec.transition, "DRAFT"));
    await requirePostingReach(tx, actor, input.id);
  }
  const loaded = await loadTarget(tx, input);
  if (!canStartFrom(spec.transition, loaded.status)) {
    const m = messagesText(actor?.locale).cms;
    refuse(m.wrongStatus(adminCatalogue(actor?.locale ?? "en").status[loaded.status], m.verbs[spec.verb]));
  }
  if (actor) requirePermission(actor, permissionForTransition(spec.transition, loaded.status));
  const liveFrom = spec.liveFrom?.(loaded, now);
  const publishing = liveFrom !== undefined || spec.requirePublishable === true;
  let posting = loaded.posting;
  if (input.posting !== undefined) {
    if (actor) requirePermission(actor, editPermission(loaded.status));
    posting = await preparePosting(tx, input.posting, "draft", actor?.locale, placesOf(loaded.posting));
    if (actor && posting.slug !== loaded.slug) requirePermission(actor, slugPermission(loaded.status, loaded.firstPublishedAt !== null));
  }
  posting = datedForFirstRelease(loaded, posting, liveFrom, spec.to === "PUBLISHED");
  if (publishing) {
    posting = await preparePosting(tx, posting, "publish", actor?.locale, placesOf(loaded.posting));
    assertPublishable(posting, liveFrom, actor?.locale);
  }
  return writePosting(tx, { actor, now, loaded, posting, status: spec.to, action: spec.action, timestamps: spec.timestamps(loaded, now), data: spec.data });
}
