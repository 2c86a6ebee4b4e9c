import "server-only";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";

/** Files a posting away, read-only; a live one closes (410) at the same moment. */
export function archivePosting(actor: CmsActor, input: TransitionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) =>
    runTransition(context, actor, input, {
      transition: "archive",
      action: "posting.archive",
      verb: "archived",
      to: "ARCHIVED",
      timestamps: (loaded, now) => ({
        scheduledPublishAt: null,
        ...(loaded.status === "PUBLISHED" || loaded.status === "EXPIRED" ? { closedAt: loaded.closedAt ?? now, lastPublicChangeAt: now } : {}),
      }),
    }),
  );
}
