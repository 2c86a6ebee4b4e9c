-- Hiring managers work on the postings they are assigned to (edit them while
-- they are drafts, read their applications). One row per (posting, user);
-- admins and recruiters assign. Deleting either side drops the assignment.
CREATE TABLE "posting_assignments" (
  "posting_id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "assigned_by_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "posting_assignments_pkey" PRIMARY KEY ("posting_id", "user_id")
);

CREATE INDEX "posting_assignments_user_id_idx" ON "posting_assignments"("user_id");

ALTER TABLE "posting_assignments" ADD CONSTRAINT "posting_assignments_posting_id_fkey"
  FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "posting_assignments" ADD CONSTRAINT "posting_assignments_user_id_fkey"
  FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "posting_assignments" ADD CONSTRAINT "posting_assignments_assigned_by_id_fkey"
  FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
