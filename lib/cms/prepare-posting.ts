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

/** The team and office a posting already has: archived, they stay on it (and on its copies), never chosen anew. */
export type KeptPlaces = { teamSlug: string; officeSlug: string | null };

export function placesOf(posting: Posting): KeptPlaces {
  return { teamSlug: posting.teamSlug, officeSlug: posting.location.office?.slug ?? null };
}

/**
 * The posting as the one schema accepts it, with its team and office checked
 * against the database and the office's address taken from there: the stored
 * snapshot then says exactly what the public page shows. An archived team or office
 * is refused unless the posting already had it (`kept`): the form offers only
 * active ones, and a request naming an archived one directly gets the same answer.
 */
export async function preparePosting(tx: Tx, input: unknown, mode: PostingValidationMode, locale: Locale = "en", kept: KeptPlaces | null = null): Promise<Posting> {
  const posting = validated(input, mode, locale);
  const errors: IssueMap = {};
  const team = await tx.team.findUnique({ where: { slug: posting.teamSlug }, select: { name: true, archivedAt: true } });
  if (!team) errors.teamSlug = [renderMessage(msg("teamFromList"), locale)];
  else if (team.archivedAt && posting.teamSlug !== kept?.teamSlug) errors.teamSlug = [renderMessage(msg("teamArchived", team.name), locale)];
  const officeSlug = posting.location.office?.slug;
  const office = officeSlug ? await tx.office.findUnique({ where: { slug: officeSlug } }) : null;
  if (officeSlug && !office) errors["location.office"] = [renderMessage(msg("officeFromList"), locale)];
  else if (office?.archivedAt && officeSlug !== kept?.officeSlug) errors["location.office"] = [renderMessage(msg("officeArchived", office.name), locale)];
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
