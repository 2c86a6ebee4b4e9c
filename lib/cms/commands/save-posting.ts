import "server-only";
import { samePosting } from "../diff-postings";
import { loadTarget } from "../load-posting";
import { editPermission, slugPermission } from "../posting-permissions";
import { assertPublishable, placesOf, preparePosting, validationModeFor } from "../prepare-posting";
import { refuse } from "../refusal";
import { requirePermission, requirePostingReach } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsChange, CmsResult, PostingTarget } from "../types";
import { writePosting } from "../write-posting";

export type SavePostingInput = PostingTarget & { posting: unknown };

export const ARCHIVED_READ_ONLY = "This posting is archived and read-only. Move it back to draft to edit it.";

/**
 * Saves the editor's content at the version it was opened at; a stale version
 * is a conflict carrying what is saved now. A live or scheduled posting must
 * stay publishable with every save.
 */
export function savePosting(actor: CmsActor, input: SavePostingInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, async ({ tx, now }) => {
    await requirePostingReach(tx, actor, input.id);
    const loaded = await loadTarget(tx, input);
    requirePermission(actor, editPermission(loaded.status));
    if (loaded.status === "ARCHIVED") refuse(ARCHIVED_READ_ONLY);
    const mode = validationModeFor(loaded.status);
    const posting = await preparePosting(tx, input.posting, mode, actor.locale, placesOf(loaded.posting));
    if (posting.slug !== loaded.slug) requirePermission(actor, slugPermission(loaded.status, loaded.firstPublishedAt !== null));
    if (mode === "publish") assertPublishable(posting, loaded.status === "SCHEDULED" ? (loaded.scheduledPublishAt ?? now) : undefined, actor.locale);
    // Saving what is already saved changes nothing: no new version to make other editors stale.
    if (samePosting(loaded.posting, posting)) {
      return { id: loaded.id, version: loaded.version, status: loaded.status, slug: loaded.slug, publicSlugs: [], posting: loaded.posting };
    }
    return writePosting(tx, { actor, now, loaded, posting, status: loaded.status, action: "posting.edit" });
  });
}
