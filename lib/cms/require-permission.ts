import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { reachesPosting } from "./assignments";
import { en, messagesText } from "@/lib/i18n/admin-messages";
import { refuse } from "./refusal";
import type { CmsActor } from "./types";

/** The commands check again what the actions checked: they are the last door before the database. */
export function requirePermission(actor: CmsActor, permission: Permission | null): void {
  if (permission === null || !can(actor.role, permission)) refuse(messagesText(actor.locale).cms.forbidden);
}

export const NOT_ASSIGNED_MESSAGE = en.cms.notAssigned;

/**
 * Posting-level access (lib/cms/assignments.ts): a hiring manager acts only on the postings assigned to them.
 * Checked before the posting is loaded, so a refusal never carries its content (as a conflict would).
 */
export async function requirePostingReach(client: Parameters<typeof reachesPosting>[0], actor: CmsActor, postingId: string): Promise<void> {
  if (!(await reachesPosting(client, actor, postingId))) refuse(messagesText(actor.locale).cms.notAssigned);
}
