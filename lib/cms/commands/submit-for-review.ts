import "server-only";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";

/** Sends a draft to the recruiters: it must already meet the publish rules, so approving is one click. */
export function submitForReview(actor: CmsActor, input: TransitionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) =>
    runTransition(context, actor, input, {
      transition: "submitForReview",
      action: "posting.submitForReview",
      verb: "sentForReview",
      to: "IN_REVIEW",
      requirePublishable: true,
      timestamps: () => ({}),
    }),
  );
}
