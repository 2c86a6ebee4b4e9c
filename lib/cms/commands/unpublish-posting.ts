import "server-only";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";

/** Takes a posting off the site: its page answers 410 Gone and it leaves every list and feed. */
export function unpublishPosting(actor: CmsActor, input: TransitionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) =>
    runTransition(context, actor, input, {
      transition: "unpublish",
      action: "posting.unpublish",
      verb: "unpublished",
      to: "UNPUBLISHED",
      timestamps: (loaded, now) => ({ closedAt: loaded.closedAt ?? now, lastPublicChangeAt: now }),
    }),
  );
}
