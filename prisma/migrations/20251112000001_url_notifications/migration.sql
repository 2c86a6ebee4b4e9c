-- The outbox of URL notifications to search engines (IndexNow, Google Indexing API).

-- CreateEnum
CREATE TYPE "UrlNotificationType" AS ENUM ('URL_UPDATED', 'URL_DELETED');

-- CreateEnum
CREATE TYPE "UrlNotificationStatus" AS ENUM ('PENDING', 'SENT', 'RECORDED', 'FAILED');

-- CreateTable
CREATE TABLE "url_notifications" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "type" "UrlNotificationType" NOT NULL,
    "posting_id" UUID,
    "status" "UrlNotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "results" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "url_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "url_notifications_status_next_attempt_at_idx" ON "url_notifications"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "url_notifications_created_at_idx" ON "url_notifications"("created_at");
