import type { IssueMap } from "@/lib/postings";
import type { CmsConflict, CmsFailure } from "./types";

import { en } from "@/lib/i18n/admin-messages/en";

// English; runPostingAction answers in the reader's language (messagesText(locale).cms).
export const NOTHING_CHANGED = en.cms.nothingChanged;
export const CONFLICT_MESSAGE = en.cms.conflict;

/**
 * Thrown inside a command's transaction so it rolls back, then returned to the
 * caller as a CmsFailure: an expected refusal, never a 500.
 */
export class CmsRefusal extends Error {
  constructor(readonly failure: CmsFailure) {
    super(failure.formError ?? "Refused");
    this.name = "CmsRefusal";
  }
}

export function failure(formError: string | null, fieldErrors: IssueMap = {}, conflict: CmsConflict | null = null): CmsFailure {
  return { ok: false, fieldErrors, formError, conflict };
}

export function refuse(formError: string | null, fieldErrors: IssueMap = {}): never {
  throw new CmsRefusal(failure(formError, fieldErrors));
}

export function refuseConflict(conflict: CmsConflict): never {
  throw new CmsRefusal(failure(CONFLICT_MESSAGE, {}, conflict));
}
