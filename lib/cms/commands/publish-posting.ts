import "server-only";
import { runCommand, type CommandOptions } from "../run-command";
import { runTransition, type TransitionInput, type TransitionSpec } from "../run-transition";
import type { CmsActor, CmsChange, CmsResult } from "../types";

export const PUBLISH_NOW: TransitionSpec = {
  transition: "publish",
  action: "posting.publish",
  verb: "published",
  to: "PUBLISHED",
  liveFrom: (_loaded, now) => now,
  timestamps: (loaded, now) => ({ publishedAt: now, firstPublishedAt: loaded.firstPublishedAt ?? now, closedAt: null, scheduledPublishAt: null }),
};

/** Publishes now: the posting schema's publish rules and the JobPosting checklist must pass. */
export function publishPosting(actor: CmsActor, input: TransitionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, (context) => runTransition(context, actor, input, PUBLISH_NOW));
}
