import "server-only";
import type { Tx } from "@/lib/db/posting-writes";
import type { Locale } from "@/lib/i18n/locales";
import { validatePosting, type IssueMap, type Posting, type PostingValidationMode } from "@/lib/postings";
import { msg, renderMessage } from "@/lib/postings/messages/message";
import { clearOpenEndedFields } from "@/lib/postings/open-ended-contract";
import { jobPostingSite } from "@/lib/public/job-posting-site";
import { findPublishBlockers } from "./publish-readiness";
import { refuse } from "./refusal";

export const FIX_FIELDS = renderMessage(msg("fixFields"));
export const FIX_BEFORE_PUBLISHING = renderMessage(msg("fixBeforePublishing"));

/**
 * The posting as the one schema accepts it, with its team and office checked
 * against the database and the office's address taken from there: the stored
 * snapshot then says exactly what the public page shows.
 */
export async function preparePosting(tx: Tx, input: unknown, mode: PostingValidationMode, locale: Locale = "en"): Promise<Posting> {
  const posting = validated(input, mode, locale);
  const errors: IssueMap = {};
  const team = await tx.team.findUnique({ where: { slug: posting.teamSlug }, select: { id: true } });
  if (!team) errors.teamSlug = [renderMessage(msg("teamFromList"), locale)];
  const officeSlug = posting.location.office?.slug;
  const office = officeSlug ? await tx.office.findUnique({ where: { slug: officeSlug } }) : null;
  if (officeSlug && !office) errors["location.office"] = [renderMessage(msg("officeFromList"), locale)];
  if (Object.keys(errors).length) refuse(renderMessage(msg("fixFields"), locale), errors);
  if (!office) return posting;
  const { slug, name, street, postalCode, city, region, country } = office;
  // Rules read the office (a VIE must be abroad), so they judge the stored address, not the one sent.
  return validated({ ...posting, location: { ...posting.location, office: { slug, name, street, postalCode, city, region, country } } }, mode, locale);
}

function validated(input: unknown, mode: PostingValidationMode, locale: Locale): Posting {
  const result = validatePosting(clearOpenEndedFields(input), { mode, locale });
  if (!result.ok) refuse(renderMessage(msg(mode === "publish" ? "fixBeforePublishing" : "fixFields"), locale), result.errors);
  return result.data;
}

/** Publishing (now or later) also needs a JobPosting that passes its checklist and an open application window. */
export function assertPublishable(posting: Posting, liveFrom?: Date, locale: Locale = "en"): void {
  const blockers = findPublishBlockers(posting, { site: jobPostingSite(), liveFrom, locale });
  if (Object.keys(blockers).length) refuse(renderMessage(msg("fixBeforePublishing"), locale), blockers);
}

/** Statuses whose content must stay publishable at every save: they are live or about to be. */
export function validationModeFor(status: string): PostingValidationMode {
  return status === "PUBLISHED" || status === "SCHEDULED" ? "publish" : "draft";
}
