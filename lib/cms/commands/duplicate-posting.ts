import "server-only";
import { insertPosting, type Tx } from "@/lib/db/posting-writes";
import { TEXT_LIMITS } from "@/lib/postings";
import { loadPosting, POSTING_GONE } from "../load-posting";
import { placesOf, preparePosting } from "../prepare-posting";
import { refuse } from "../refusal";
import { assignCreator } from "../assign-creator";
import { requirePermission, requirePostingReach } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsChange, CmsResult } from "../types";

export type DuplicatePostingInput = { id: string };

async function freeCopySlug(tx: Tx, slug: string): Promise<string> {
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const suffix = attempt === 1 ? "-copy" : `-copy-${attempt}`;
    const candidate = `${slug.slice(0, TEXT_LIMITS.slug - suffix.length).replace(/-+$/, "")}${suffix}`;
    const posting = await tx.posting.findUnique({ where: { slug: candidate }, select: { id: true } });
    const redirect = await tx.postingSlugRedirect.findUnique({ where: { slug: candidate }, select: { slug: true } });
    if (!posting && !redirect) return candidate;
  }
  refuse("Could not find a free address for the copy. Rename some copies first.");
}

/** A new draft with the same content under a free "-copy" address; the original is untouched. */
export function duplicatePosting(actor: CmsActor, input: DuplicatePostingInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "posting.duplicate");
    await requirePostingReach(tx, actor, input.id);
    const source = await loadPosting(tx, input.id);
    if (!source) refuse(POSTING_GONE);
    const posting = await preparePosting(tx, { ...source.posting, slug: await freeCopySlug(tx, source.slug) }, "draft", actor.locale, placesOf(source.posting));
    const row = await insertPosting(tx, posting, { status: "DRAFT", actor, action: "posting.create", data: { duplicatedFrom: source.id } });
    await assignCreator(tx, actor, row.id);
    return { id: row.id, version: row.version, status: "DRAFT" as const, slug: posting.slug, publicSlugs: [], posting };
  });
}
