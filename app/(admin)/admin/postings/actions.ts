"use server";

import { createInput, idInput } from "@/lib/cms/actions/action-inputs";
import { runPostingAction } from "@/lib/cms/actions/run-posting-action";
import { createDraft } from "@/lib/cms/commands/create-draft";
import { duplicatePosting } from "@/lib/cms/commands/duplicate-posting";

// Thin: session and role, strict parse, command. The commands hold the rules.

export async function createPostingAction(input: unknown) {
  return runPostingAction("posting.create", createInput, input, createDraft);
}

export async function duplicatePostingAction(input: unknown) {
  return runPostingAction("posting.duplicate", idInput, input, duplicatePosting);
}
