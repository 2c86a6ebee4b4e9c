-- Where a CV's bytes are (issue 15): in the row itself (the default, embedded or configured PostgreSQL) or
-- in an S3-compatible bucket when S3_BUCKET is set (lib/applications/file-store). Rows written before keep
-- their bytes in PostgreSQL and stay readable after a switch to S3.
ALTER TABLE "application_files" ADD COLUMN "storage" VARCHAR(16) NOT NULL DEFAULT 'postgres';
ALTER TABLE "application_files" ADD COLUMN "object_key" TEXT;
ALTER TABLE "application_files" ALTER COLUMN "content" DROP NOT NULL;
CREATE UNIQUE INDEX "application_files_object_key_key" ON "application_files"("object_key");
-- Exactly one place per file: the bytes in the row for 'postgres', an object key for 's3'.
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_storage_location" CHECK (
  ("storage" = 'postgres' AND "content" IS NOT NULL AND "object_key" IS NULL)
  OR ("storage" = 's3' AND "content" IS NULL AND "object_key" IS NOT NULL)
);
