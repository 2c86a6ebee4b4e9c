// A CDI is open-ended: it has no length, no end date and no legal case for a longer length. The editor hides
// those fields for a CDI, so values left from another contract type are cleared rather than reported
// on fields the recruiter cannot see. The CMS applies the same clearing to what it receives.

type MaybeContract = { contract?: { type?: unknown; durationMonths?: unknown; endDate?: unknown; durationReason?: unknown } | null };

/** A copy of the input without a CDI's length, end date and duration reason; anything else is returned as is. */
export function clearOpenEndedFields<T>(input: T): T {
  if (!input || typeof input !== "object") return input;
  const contract = (input as MaybeContract).contract;
  if (!contract || typeof contract !== "object" || contract.type !== "CDI") return input;
  return { ...input, contract: { ...contract, durationMonths: null, endDate: null, durationReason: null } };
}
