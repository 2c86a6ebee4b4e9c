import "server-only";
import { isDurationReason } from "@/lib/postings";
import { loadTarget } from "../load-posting";
import { editPermission } from "../posting-permissions";
import { assertPublishable, placesOf, preparePosting, validationModeFor } from "../prepare-posting";
import { refuse } from "../refusal";
import { requirePermission, requirePostingReach } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsChange, CmsResult, PostingTarget } from "../types";
import { writePosting } from "../write-posting";
import { ARCHIVED_READ_ONLY } from "./save-posting";

export type RestoreRevisionInput = PostingTarget & { revisionId: string };

/**
 * Saves an old revision's content as the newest version (history is never
 * rewritten). The address stays the current one: moving it is a rename.
 */
export function restoreRevision(actor: CmsActor, input: RestoreRevisionInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, async ({ tx, now }) => {
    await requirePostingReach(tx, actor, input.id);
    const loaded = await loadTarget(tx, input);
    requirePermission(actor, "posting.restoreRevision");
    requirePermission(actor, editPermission(loaded.status));
    if (loaded.status === "ARCHIVED") refuse(ARCHIVED_READ_ONLY);
    const revision = await tx.postingRevision.findFirst({
      where: { id: input.revisionId, postingId: loaded.id },
      select: { version: true, snapshot: true },
    });
    if (!revision) refuse("This revision does not belong to this posting.");
    const snapshot = upgradeSnapshot({ ...(revision.snapshot as Record<string, unknown>), slug: loaded.slug });
    const mode = validationModeFor(loaded.status);
    const posting = await preparePosting(tx, snapshot, mode, actor.locale, placesOf(loaded.posting));
    if (mode === "publish") assertPublishable(posting, loaded.status === "SCHEDULED" ? (loaded.scheduledPublishAt ?? now) : undefined, actor.locale);
    return writePosting(tx, {
      actor,
      now,
      loaded,
      posting,
      status: loaded.status,
      action: "posting.restoreRevision",
      data: { restoredVersion: revision.version },
    });
  });
}

/**
 * Reads an old revision as today's schema expects: a free-text duration reason (before the legal
 * cases) is none; a French version from before the translation state counts as translated when its
 * text differs from the English (as the migration decided for the postings themselves).
 */
function upgradeSnapshot(snapshot: Record<string, unknown>): Record<string, unknown> {
  let upgraded = snapshot;
  const contract = snapshot.contract;
  if (contract && typeof contract === "object") {
    const { durationReason } = contract as { durationReason?: unknown };
    if (durationReason !== null && durationReason !== undefined && !isDurationReason(durationReason)) {
      upgraded = { ...upgraded, contract: { ...contract, durationReason: null } };
    }
  }
  const content = snapshot.content as { en?: unknown; fr?: unknown } | undefined;
  if (!("frenchTranslated" in snapshot) && content?.fr !== undefined) {
    upgraded = { ...upgraded, frenchTranslated: JSON.stringify(content.fr) !== JSON.stringify(content.en) };
  }
  return upgraded;
}
