-- Applying on the site (issue 15): how each posting takes applications, the
-- applications with their CV files and recruiters' notes, and the mail outbox.

CREATE TYPE "ApplyMethod" AS ENUM ('ON_SITE', 'EXTERNAL_URL', 'EMAIL');
CREATE TYPE "ApplicationStatus" AS ENUM ('NEW', 'REVIEWED', 'REJECTED', 'HIRED');
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'RECORDED', 'FAILED');

-- Existing postings keep the way they already offered: their link, else their email address.
ALTER TABLE "postings" ADD COLUMN "apply_method" "ApplyMethod" NOT NULL DEFAULT 'EXTERNAL_URL';
ALTER TABLE "postings" ADD COLUMN "application_questions" JSONB NOT NULL DEFAULT '[]';
UPDATE "postings" SET "apply_method" = 'EMAIL' WHERE "apply_url" IS NULL AND "apply_email" IS NOT NULL;

CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "posting_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "cover_letter" TEXT,
    "link_url" TEXT,
    "answers" JSONB NOT NULL DEFAULT '[]',
    "status" "ApplicationStatus" NOT NULL DEFAULT 'NEW',
    "locale" VARCHAR(2) NOT NULL,
    "ip" VARCHAR(64),
    "deletion_token_hash" CHAR(64),
    "deletion_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "applications_deletion_token_hash_key" ON "applications"("deletion_token_hash");
CREATE INDEX "applications_posting_id_status_idx" ON "applications"("posting_id", "status");
CREATE INDEX "applications_email_created_at_idx" ON "applications"("email", "created_at");
CREATE INDEX "applications_ip_created_at_idx" ON "applications"("ip", "created_at");
CREATE INDEX "applications_updated_at_idx" ON "applications"("updated_at");
ALTER TABLE "applications" ADD CONSTRAINT "applications_posting_id_fkey"
  FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CV files live in the database, never on disk under public/ or the build folder.
CREATE TABLE "application_files" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "application_files_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "application_files_application_id_idx" ON "application_files"("application_id");
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_fkey"
  FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Status changes and notes: who, when.
CREATE TABLE "application_notes" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "author_id" UUID,
    "author_name" TEXT,
    "from_status" "ApplicationStatus",
    "to_status" "ApplicationStatus",
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "application_notes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "application_notes_application_id_idx" ON "application_notes"("application_id");
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_application_id_fkey"
  FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_author_id_fkey"
  FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The mail outbox: written in the transaction of the change it announces, sent after commit with retries.
CREATE TABLE "mail_outbox" (
    "id" UUID NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "application_id" UUID,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "mail_outbox_status_next_attempt_at_idx" ON "mail_outbox"("status", "next_attempt_at");
CREATE INDEX "mail_outbox_to_address_idx" ON "mail_outbox"("to_address");
CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox"("created_at");

-- What a candidate typed when a plain (no-JavaScript) form submission was refused, so the form shows it again
-- with the errors. Found by the sha256 of a random cookie; deleted after an hour or on success.
CREATE TABLE "application_drafts" (
    "token_hash" CHAR(64) NOT NULL,
    "posting_id" UUID NOT NULL,
    "state" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "application_drafts_pkey" PRIMARY KEY ("token_hash")
);
CREATE INDEX "application_drafts_created_at_idx" ON "application_drafts"("created_at");
ALTER TABLE "application_drafts" ADD CONSTRAINT "application_drafts_posting_id_fkey"
  FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
