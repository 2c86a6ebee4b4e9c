import "server-only";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";

/** Back to draft: withdraws a review, cancels a schedule, takes a posting out of the archive or reopens a closed one for work. */
export function returnToDraft(actor: CmsActor, input: TransitionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) =>
    runTransition(context, actor, input, {
      transition: "returnToDraft",
      action: "posting.returnToDraft",
      verb: "movedBackToDraft",
      to: "DRAFT",
      timestamps: () => ({ scheduledPublishAt: null }),
    }),
  );
}
