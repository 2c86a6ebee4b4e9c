import "server-only";
import { insertPosting } from "@/lib/db/posting-writes";
import { assertSlugFree } from "../move-slug";
import { preparePosting } from "../prepare-posting";
import { assignCreator } from "../assign-creator";
import { requirePermission } from "../require-permission";
import { runCommand, type CommandOptions } from "../run-command";
import type { CmsActor, CmsChange, CmsResult } from "../types";

export type CreateDraftInput = { posting: unknown };

/** A new draft, never public; only junk blocks it, rule errors wait until publishing. */
export function createDraft(actor: CmsActor, input: CreateDraftInput, options: CommandOptions = {}): Promise<CmsResult<CmsChange>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "posting.create");
    const posting = await preparePosting(tx, input.posting, "draft", actor.locale);
    await assertSlugFree(tx, posting.slug, null);
    const row = await insertPosting(tx, posting, { status: "DRAFT", actor, action: "posting.create" });
    await assignCreator(tx, actor, row.id);
    return { id: row.id, version: row.version, status: "DRAFT" as const, slug: posting.slug, publicSlugs: [], posting };
  });
}
