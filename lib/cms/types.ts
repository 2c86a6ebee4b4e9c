import type { Locale } from "@/lib/i18n/locales";
import type { SessionUser } from "@/lib/auth/session-user";
import type { IssueMap, Posting, PostingStatus } from "@/lib/postings";

/** Who runs a command: the signed-in user as lib/auth/guard returns it, and the client address for the audit log. */
/** Who acts; `locale` is the language their messages come back in (English when not given). */
export type CmsActor = SessionUser & { ip?: string | null; locale?: Locale };

/** What the editor shows when someone else saved first: their saved version, never merged into the form. */
export type CmsConflict = {
  version: number;
  status: PostingStatus;
  posting: Posting;
  savedAt: string;
  savedBy: string | null;
};

export type CmsFailure = {
  ok: false;
  fieldErrors: IssueMap;
  formError: string | null;
  conflict: CmsConflict | null;
};

/** A command either succeeds with its data or fails with messages for the form; only bugs throw. */
export type CmsResult<T extends object = object> = ({ ok: true } & T) | CmsFailure;

/** Every successful change says which public pages it touched so the caller can expire them. */
export type CmsChange = { id: string; version: number; status: PostingStatus; slug: string; publicSlugs: string[]; posting: Posting };

/** The posting an existing-posting command targets, at the version the recruiter saw. */
export type PostingTarget = { id: string; version: number };
