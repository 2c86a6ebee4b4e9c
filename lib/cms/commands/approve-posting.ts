import "server-only";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";
import { PUBLISH_NOW } from "./publish-posting";

/** Approves a posting sent for review, which publishes it (with every publish check). */
export function approvePosting(actor: CmsActor, input: TransitionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) =>
    runTransition(context, actor, input, { ...PUBLISH_NOW, transition: "approve", action: "posting.approve", verb: "approved" }),
  );
}
