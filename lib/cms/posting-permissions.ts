import { can, type Permission } from "@/lib/auth/permissions";
import { en } from "@/lib/i18n/admin-messages/en";
import type { Role } from "@/lib/auth/roles";
import type { PostingStatus } from "@/lib/postings";

// Status rules on top of lib/auth/permissions' table (which says who may do
// what at all): pure, so the editor hides the buttons the commands would refuse.

/** English; the commands refuse in the actor's language (messagesText(actor.locale).cms.forbidden). */
export const FORBIDDEN_MESSAGE = en.cms.forbidden;

export type PostingCommandName =
  | "save"
  | "submitForReview"
  | "approve"
  | "publish"
  | "schedule"
  | "returnToDraft"
  | "unpublish"
  | "archive"
  | "repost"
  | "restoreRevision"
  | "renameSlug"
  | "duplicate";

/** Editing a draft is open to hiring managers; anything else may change what the public sees. */
export function editPermission(status: PostingStatus): Permission {
  return status === "DRAFT" ? "posting.editDraft" : "posting.edit";
}

/** Sending back to draft: withdrawing a review, cancelling a schedule, taking out of the archive, reopening a closed one. */
export function returnToDraftPermission(status: PostingStatus): Permission | null {
  switch (status) {
    case "IN_REVIEW":
      return "posting.submitForReview";
    case "SCHEDULED":
      return "posting.schedule";
    case "ARCHIVED":
      return "posting.archive";
    case "UNPUBLISHED":
    case "EXPIRED":
      return "posting.edit";
    default:
      return null;
  }
}

/** The statuses each transition starts from. */
export const TRANSITION_SOURCES = {
  submitForReview: ["DRAFT"],
  approve: ["IN_REVIEW"],
  publish: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED", "EXPIRED"],
  schedule: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED", "EXPIRED"],
  returnToDraft: ["IN_REVIEW", "SCHEDULED", "ARCHIVED", "UNPUBLISHED", "EXPIRED"],
  unpublish: ["PUBLISHED", "EXPIRED"],
  archive: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "EXPIRED"],
} as const satisfies Record<string, readonly PostingStatus[]>;

const TRANSITION_PERMISSIONS = {
  submitForReview: "posting.submitForReview",
  approve: "posting.approve",
  publish: "posting.publish",
  schedule: "posting.schedule",
  unpublish: "posting.unpublish",
  archive: "posting.archive",
} as const satisfies Partial<Record<keyof typeof TRANSITION_SOURCES, Permission>>;

export type Transition = keyof typeof TRANSITION_SOURCES;

export function canStartFrom(transition: Transition, status: PostingStatus): boolean {
  return (TRANSITION_SOURCES[transition] as readonly PostingStatus[]).includes(status);
}

export function permissionForTransition(transition: Transition, status: PostingStatus): Permission | null {
  return transition === "returnToDraft" ? returnToDraftPermission(status) : TRANSITION_PERMISSIONS[transition];
}

/**
 * Renaming the address of a posting that was ever public leaves a redirect
 * behind, a change to the public surface; a never-published draft's address is
 * just part of the draft.
 */
export function slugPermission(status: PostingStatus, everPublished: boolean): Permission {
  return everPublished ? "posting.editSlug" : editPermission(status);
}

export type PostingAbilities = Record<PostingCommandName, boolean>;

/** What `role` may do to a posting in `status` right now: the buttons the editor shows. */
export function postingAbilities(role: Role, status: PostingStatus, everPublished: boolean): PostingAbilities {
  const transition = (name: Transition) => {
    const permission = permissionForTransition(name, status);
    return canStartFrom(name, status) && permission !== null && can(role, permission);
  };
  return {
    save: status !== "ARCHIVED" && can(role, editPermission(status)),
    submitForReview: transition("submitForReview"),
    approve: transition("approve"),
    publish: transition("publish"),
    schedule: transition("schedule"),
    returnToDraft: transition("returnToDraft"),
    unpublish: transition("unpublish"),
    archive: transition("archive"),
    repost: can(role, "posting.repost"),
    restoreRevision: status !== "ARCHIVED" && can(role, "posting.restoreRevision") && can(role, editPermission(status)),
    renameSlug: status !== "ARCHIVED" && can(role, slugPermission(status, everPublished)),
    duplicate: can(role, "posting.duplicate"),
  };
}
