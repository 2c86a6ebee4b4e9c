import type { IssueMap } from "@/lib/postings";
import type { CmsConflict, CmsFailure } from "./types";

export const NOTHING_CHANGED = "Nothing was changed — try again.";
export const CONFLICT_MESSAGE = "Someone else changed this posting since you opened it. Your text is still in the form.";

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
