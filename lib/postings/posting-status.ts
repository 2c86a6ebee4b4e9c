import type { PostingStatus } from "./enums";
import type { Posting } from "./posting-shape";

/** A posting whose closing instant has passed; one with no closing date never expires by date. */
export function isExpired(posting: { dates: Pick<Posting["dates"], "validThrough"> }, now: Date): boolean {
  const { validThrough } = posting.dates;
  return validThrough !== null && Date.parse(validThrough) < now.getTime();
}

/** The status visitors should see: a published posting past its closing date is expired. */
export function resolvePublicStatus(
  status: PostingStatus,
  posting: { dates: Pick<Posting["dates"], "validThrough"> },
  now: Date,
): PostingStatus {
  return status === "PUBLISHED" && isExpired(posting, now) ? "EXPIRED" : status;
}

export function isPubliclyVisible(
  status: PostingStatus,
  posting: { dates: Pick<Posting["dates"], "validThrough"> },
  now: Date,
): boolean {
  return resolvePublicStatus(status, posting, now) === "PUBLISHED";
}
