"use server";

import { restoreInput } from "@/lib/cms/actions/action-inputs";
import { runPostingAction } from "@/lib/cms/actions/run-posting-action";
import { restoreRevision } from "@/lib/cms/commands/restore-revision";

export async function restoreRevisionAction(input: unknown) {
  return runPostingAction("posting.restoreRevision", restoreInput, input, restoreRevision);
}
