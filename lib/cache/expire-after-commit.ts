import "server-only";
import { revalidatePublicPostings } from "./revalidate-public";

/**
 * revalidatePublicPostings for an action whose change is committed by now (postings, offices, teams): a cache
 * failure is logged, never reported to the recruiter as a lost change.
 */
export function expirePublicPagesAfterCommit(slugs: readonly string[]): void {
  try {
    revalidatePublicPostings(slugs);
  } catch (error) {
    console.error("[cms] the change is saved but the public pages could not be expired", error);
  }
}
