import "server-only";
import type { z } from "zod";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { can, rolesFor, type Permission } from "@/lib/auth/permissions";
import { expirePublicPagesAfterCommit } from "@/lib/cache/expire-after-commit";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { addToIssueMap, type IssueMap } from "@/lib/postings/issues";
import { en, messagesText } from "@/lib/i18n/admin-messages";
import type { Locale } from "@/lib/i18n/locales";
import { failure, NOTHING_CHANGED } from "../refusal";
import type { CmsActor, CmsChange, CmsResult } from "../types";

export const SIGNED_OUT_MESSAGE = en.cms.signedOut;
export const MALFORMED_MESSAGE = en.cms.malformed;

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
  let locale: Locale = "en";
  try {
    const session = await authorize(rolesFor(permission));
    // Messages come back in the language of the recruiter's interface.
    locale = await getAdminLocale();
    const m = messagesText(locale).cms;
    if (!session.ok) return failure(session.error === "unauthenticated" ? m.signedOut : m.forbidden);
    if (!can(session.user.role, permission)) return failure(m.forbidden);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: IssueMap = {};
      for (const issue of parsed.error.issues) addToIssueMap(fieldErrors, issue.path, issue.message);
      return failure(m.malformed, fieldErrors);
    }
    const result = await command({ ...session.user, ip: await requestIp(), locale }, parsed.data);
    if (result.ok && result.publicSlugs.length) expirePublicPagesAfterCommit(result.publicSlugs);
    return result.ok ? result : inReadersLanguage(result, locale);
  } catch (error) {
    console.error("[cms] posting action failed", error);
    return failure(messagesText(locale).cms.nothingChanged);
  }
}

/**
 * The two refusals raised where the actor is not known (lib/cms/load-posting.ts's version check, run-command's
 * unexpected error) are written in English there; they are said again here in the reader's language.
 */
function inReadersLanguage<F extends { formError: string | null; conflict: unknown }>(result: F, locale: Locale): F {
  const m = messagesText(locale).cms;
  if (result.conflict) return { ...result, formError: m.conflict };
  if (result.formError === NOTHING_CHANGED) return { ...result, formError: m.nothingChanged };
  return result;
}
