"use server";

import { renameInput, saveInput, scheduleInput, targetInput, transitionInput } from "@/lib/cms/actions/action-inputs";
import { runPostingAction } from "@/lib/cms/actions/run-posting-action";
import { approvePosting } from "@/lib/cms/commands/approve-posting";
import { archivePosting } from "@/lib/cms/commands/archive-posting";
import { publishPosting } from "@/lib/cms/commands/publish-posting";
import { renameSlug } from "@/lib/cms/commands/rename-slug";
import { repostPosting } from "@/lib/cms/commands/repost-posting";
import { returnToDraft } from "@/lib/cms/commands/return-to-draft";
import { savePosting } from "@/lib/cms/commands/save-posting";
import { schedulePublishing } from "@/lib/cms/commands/schedule-publishing";
import { submitForReview } from "@/lib/cms/commands/submit-for-review";
import { unpublishPosting } from "@/lib/cms/commands/unpublish-posting";

// Thin: session and role (the broadest role the action could ever need; the
// command narrows by status), strict parse, command, public pages expired.

export async function savePostingAction(input: unknown) {
  return runPostingAction("posting.editDraft", saveInput, input, savePosting);
}

export async function submitForReviewAction(input: unknown) {
  return runPostingAction("posting.submitForReview", transitionInput, input, submitForReview);
}

export async function approvePostingAction(input: unknown) {
  return runPostingAction("posting.approve", transitionInput, input, approvePosting);
}

export async function publishPostingAction(input: unknown) {
  return runPostingAction("posting.publish", transitionInput, input, publishPosting);
}

export async function schedulePublishingAction(input: unknown) {
  return runPostingAction("posting.schedule", scheduleInput, input, schedulePublishing);
}

export async function returnToDraftAction(input: unknown) {
  return runPostingAction("posting.editDraft", transitionInput, input, returnToDraft);
}

export async function unpublishPostingAction(input: unknown) {
  return runPostingAction("posting.unpublish", targetInput, input, unpublishPosting);
}

export async function archivePostingAction(input: unknown) {
  return runPostingAction("posting.archive", targetInput, input, archivePosting);
}

export async function repostPostingAction(input: unknown) {
  return runPostingAction("posting.repost", targetInput, input, repostPosting);
}

export async function renameSlugAction(input: unknown) {
  return runPostingAction("posting.editDraft", renameInput, input, renameSlug);
}
