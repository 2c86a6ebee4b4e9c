import "server-only";
import { refuse } from "../refusal";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";

export type ScheduleInput = TransitionInput & { publishAt: Date };

/** Publishes at publishAt (publishDueScheduled does it); every publish check runs now and again then. */
export function schedulePublishing(actor: CmsActor, input: ScheduleInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) => {
    if (input.publishAt.getTime() <= context.now.getTime()) {
      refuse("Choose a publication time in the future.", { publishAt: ["Choose a publication time in the future."] });
    }
    return runTransition(context, actor, input, {
      transition: "schedule",
      action: "posting.schedule",
      verb: "scheduled",
      to: "SCHEDULED",
      liveFrom: () => input.publishAt,
      timestamps: () => ({ scheduledPublishAt: input.publishAt }),
    });
  });
}
