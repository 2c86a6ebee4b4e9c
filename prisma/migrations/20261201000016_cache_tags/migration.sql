-- The last revalidation of each public cache tag, shared by every app instance
-- (lib/cache/shared-tags-handler.mjs, tag-bus-postgres.mjs): an instance that
-- expires a tag writes it here and announces it with NOTIFY cache_tags; one
-- that missed announcements (start-up, a lost connection) reads what changed
-- since updated_at. Times are instants in milliseconds precision.
CREATE TABLE "cache_tags" (
  "tag" TEXT NOT NULL,
  "stale_at" TIMESTAMPTZ(3),
  "expired_at" TIMESTAMPTZ(3),
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "cache_tags_pkey" PRIMARY KEY ("tag")
);

CREATE INDEX "cache_tags_updated_at_idx" ON "cache_tags"("updated_at");
