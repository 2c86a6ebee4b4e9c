import "server-only";
import type { z } from "zod";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { can, rolesFor, type Permission } from "@/lib/auth/permissions";
import { revalidatePublicPostings } from "@/lib/cache/revalidate-public";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { addToIssueMap, type IssueMap } from "@/lib/postings/issues";
import { FORBIDDEN_MESSAGE } from "../posting-permissions";
import { failure, NOTHING_CHANGED } from "../refusal";
import type { CmsActor, CmsChange, CmsResult } from "../types";

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again in another tab, then retry: your text is still here. Nothing was changed.";
export const MALFORMED_MESSAGE = "This request was not understood. Nothing was changed.";

/**
 * The shape of every posting server action: who (session and role) FIRST,
 * then a strict parse of the envelope, then the command, then the public
 * pages it touched are expired. Expected failures come back as state; an
 * unexpected one is logged and reported as "nothing changed", never a 500.
 */
export async function runPostingAction<S extends z.ZodType, T extends CmsChange>(
  permission: Permission,
  schema: S,
  raw: unknown,
  command: (actor: CmsActor, input: z.output<S>) => Promise<CmsResult<T>>,
): Promise<CmsResult<T>> {
  try {
    const session = await authorize(rolesFor(permission));
    if (!session.ok) return failure(session.error === "unauthenticated" ? SIGNED_OUT_MESSAGE : FORBIDDEN_MESSAGE);
    if (!can(session.user.role, permission)) return failure(FORBIDDEN_MESSAGE);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: IssueMap = {};
      for (const issue of parsed.error.issues) addToIssueMap(fieldErrors, issue.path, issue.message);
      return failure(MALFORMED_MESSAGE, fieldErrors);
    }
    // Messages about the posting come back in the language of the recruiter's interface.
    const result = await command({ ...session.user, ip: await requestIp(), locale: await getAdminLocale() }, parsed.data);
    if (result.ok && result.publicSlugs.length) expirePublicPages(result.publicSlugs);
    return result;
  } catch (error) {
    console.error("[cms] posting action failed", error);
    return failure(NOTHING_CHANGED);
  }
}

// The change is committed by now: a cache failure must not report it as lost.
function expirePublicPages(slugs: readonly string[]): void {
  try {
    revalidatePublicPostings(slugs);
  } catch (error) {
    console.error("[cms] the change is saved but the public pages could not be expired", error);
  }
}
