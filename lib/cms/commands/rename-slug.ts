import "server-only";
import { loadTarget } from "../load-posting";
import { slugPermission } from "../posting-permissions";
import { placesOf, preparePosting, validationModeFor } from "../prepare-posting";
import { refuse } from "../refusal";
import { requirePermission, requirePostingReach } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsChange, CmsResult, PostingTarget } from "../types";
import { writePosting } from "../write-posting";
import { ARCHIVED_READ_ONLY } from "./save-posting";

export type RenameSlugInput = PostingTarget & { slug: string };

/** A new address; the old one keeps answering with a 308 to the new one. */
export function renameSlug(actor: CmsActor, input: RenameSlugInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, async ({ tx, now }) => {
    await requirePostingReach(tx, actor, input.id);
    const loaded = await loadTarget(tx, input);
    requirePermission(actor, slugPermission(loaded.status, loaded.firstPublishedAt !== null));
    if (loaded.status === "ARCHIVED") refuse(ARCHIVED_READ_ONLY);
    const posting = await preparePosting(tx, { ...loaded.posting, slug: input.slug }, validationModeFor(loaded.status), actor.locale, placesOf(loaded.posting));
    if (posting.slug === loaded.slug) refuse("This is already the posting's address.", { slug: ["This is already the posting's address."] });
    return writePosting(tx, { actor, now, loaded, posting, status: loaded.status, action: "posting.renameSlug" });
  });
}
