import "server-only";
import { repostForNextIntake, type PostingStatus } from "@/lib/postings";
import { loadTarget } from "../load-posting";
import { assertPublishable, placesOf, preparePosting, validationModeFor } from "../prepare-posting";
import { requirePermission, requirePostingReach } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsChange, CmsResult, PostingTarget } from "../types";
import { writePosting } from "../write-posting";

const CLOSED: readonly PostingStatus[] = ["UNPUBLISHED", "EXPIRED", "ARCHIVED"];

/**
 * The same posting, at the same address, moved to its next intake (lib/postings
 * repostForNextIntake, as the seed does). A live one stays live with its new
 * dates; a closed one comes back as a draft to check before publishing again.
 */
export function repostPosting(actor: CmsActor, input: PostingTarget, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, async ({ tx, now }) => {
    await requirePostingReach(tx, actor, input.id);
    const loaded = await loadTarget(tx, input);
    requirePermission(actor, "posting.repost");
    const status: PostingStatus = CLOSED.includes(loaded.status) ? "DRAFT" : loaded.status;
    const mode = validationModeFor(status);
    const posting = await preparePosting(tx, repostForNextIntake(loaded.posting, now), mode, actor.locale, placesOf(loaded.posting));
    if (mode === "publish") assertPublishable(posting, status === "SCHEDULED" ? (loaded.scheduledPublishAt ?? now) : now, actor.locale);
    return writePosting(tx, {
      actor,
      now,
      loaded,
      posting,
      status,
      action: "posting.repost",
      timestamps: status === "PUBLISHED" ? { publishedAt: now, closedAt: null } : { closedAt: CLOSED.includes(loaded.status) ? loaded.closedAt : null },
    });
  });
}
