import "server-only";
import type { Tx } from "@/lib/db/posting-writes";
import { validatePosting, type IssueMap, type Posting, type PostingValidationMode } from "@/lib/postings";
import { clearOpenEndedFields } from "@/lib/postings/open-ended-contract";
import { jobPostingSite } from "@/lib/public/job-posting-site";
import { findPublishBlockers } from "./publish-readiness";
import { refuse } from "./refusal";

export const FIX_FIELDS = "Some fields need your attention. Nothing was saved.";
export const FIX_BEFORE_PUBLISHING = "Fix the highlighted problems before this posting can go live. Nothing was changed.";

/**
 * The posting as the one schema accepts it, with its team and office checked
 * against the database and the office's address taken from there: the stored
 * snapshot then says exactly what the public page shows.
 */
export async function preparePosting(tx: Tx, input: unknown, mode: PostingValidationMode): Promise<Posting> {
  const posting = validated(input, mode);
  const errors: IssueMap = {};
  const team = await tx.team.findUnique({ where: { slug: posting.teamSlug }, select: { id: true } });
  if (!team) errors.teamSlug = ["Choose a team from the list."];
  const officeSlug = posting.location.office?.slug;
  const office = officeSlug ? await tx.office.findUnique({ where: { slug: officeSlug } }) : null;
  if (officeSlug && !office) errors["location.office"] = ["Choose an office from the list."];
  if (Object.keys(errors).length) refuse(FIX_FIELDS, errors);
  if (!office) return posting;
  const { slug, name, street, postalCode, city, region, country } = office;
  // Rules read the office (a VIE must be abroad), so they judge the stored address, not the one sent.
  return validated({ ...posting, location: { ...posting.location, office: { slug, name, street, postalCode, city, region, country } } }, mode);
}

function validated(input: unknown, mode: PostingValidationMode): Posting {
  const result = validatePosting(clearOpenEndedFields(input), { mode });
  if (!result.ok) refuse(mode === "publish" ? FIX_BEFORE_PUBLISHING : FIX_FIELDS, result.errors);
  return result.data;
}

/** Publishing (now or later) also needs a JobPosting that passes its checklist and an open application window. */
export function assertPublishable(posting: Posting, liveFrom?: Date): void {
  const blockers = findPublishBlockers(posting, { site: jobPostingSite(), liveFrom });
  if (Object.keys(blockers).length) refuse(FIX_BEFORE_PUBLISHING, blockers);
}

/** Statuses whose content must stay publishable at every save: they are live or about to be. */
export function validationModeFor(status: string): PostingValidationMode {
  return status === "PUBLISHED" || status === "SCHEDULED" ? "publish" : "draft";
}
