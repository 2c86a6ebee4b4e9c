-- The reason for a longer fixed-term contract is now one of the legal cases
-- (lib/postings/duration-reasons.ts) instead of free text, which let any sentence
-- unlock the longest limit. Old free-text reasons stay in the postings' revisions;
-- the posting itself no longer claims a case nobody chose.
UPDATE "postings"
SET "duration_reason" = NULL
WHERE "duration_reason" IS NOT NULL
  AND "duration_reason" NOT IN (
    'CDD_WORK_ABROAD', 'CDD_POST_ABOLISHED', 'CDD_EXPORT_ORDER', 'CDD_AWAITING_PERMANENT_HIRE',
    'CDD_URGENT_SAFETY_WORK', 'PRO_BRANCH_AGREEMENT', 'PRO_PRIORITY_PUBLIC'
  );
