-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'RECRUITER', 'HIRING_MANAGER');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'EXPIRED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('CDI', 'CDD', 'STAGE', 'APPRENTISSAGE', 'PROFESSIONNALISATION', 'VIE', 'FREELANCE');

-- CreateEnum
CREATE TYPE "WorkSchedule" AS ENUM ('FULL_TIME', 'PART_TIME');

-- CreateEnum
CREATE TYPE "RemotePolicy" AS ENUM ('ON_SITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "WorkAuthorization" AS ENUM ('NONE', 'EU_OR_PERMIT', 'EEA_NATIONALITY');

-- CreateEnum
CREATE TYPE "LanguageLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE');

-- CreateEnum
CREATE TYPE "CompensationKind" AS ENUM ('GRATIFICATION', 'SALARY');

-- CreateEnum
CREATE TYPE "PayUnit" AS ENUM ('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "Role" NOT NULL,
    "disabled_at" TIMESTAMPTZ(3),
    "password_changed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "teams" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_fr" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offices" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "country" CHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "offices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "postings" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "team_id" UUID NOT NULL,
    "office_id" UUID,
    "author_id" UUID,
    "contract_type" "ContractType" NOT NULL,
    "schedule" "WorkSchedule" NOT NULL,
    "weekly_hours" DECIMAL(4,1),
    "duration_ideal_months" INTEGER,
    "duration_min_months" INTEGER,
    "duration_max_months" INTEGER,
    "duration_reason" TEXT,
    "end_date" DATE,
    "compensation_kind" "CompensationKind",
    "compensation_min" DECIMAL(12,2),
    "compensation_max" DECIMAL(12,2),
    "compensation_currency" CHAR(3),
    "compensation_unit" "PayUnit",
    "compensation_note" TEXT,
    "date_posted" TIMESTAMPTZ(3) NOT NULL,
    "valid_through" TIMESTAMPTZ(3),
    "start_earliest" DATE NOT NULL,
    "start_latest" DATE NOT NULL,
    "remote_policy" "RemotePolicy" NOT NULL,
    "remote_days_per_week" INTEGER,
    "remote_note" TEXT,
    "remote_eligible_countries" TEXT[],
    "work_authorization" "WorkAuthorization" NOT NULL,
    "education_requirements" TEXT[],
    "education_field" TEXT,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "locales" TEXT[],
    "apply_url" TEXT,
    "apply_email" TEXT,
    "scheduled_publish_at" TIMESTAMPTZ(3),
    "first_published_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "last_public_change_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "postings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posting_languages" (
    "posting_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "level" "LanguageLevel" NOT NULL,
    "required" BOOLEAN NOT NULL,
    "wording" TEXT,

    CONSTRAINT "posting_languages_pkey" PRIMARY KEY ("posting_id","position")
);

-- CreateTable
CREATE TABLE "posting_slug_redirects" (
    "slug" TEXT NOT NULL,
    "posting_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posting_slug_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "posting_revisions" (
    "id" UUID NOT NULL,
    "posting_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "PostingStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "author_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posting_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" UUID,
    "actor_email" TEXT,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "data" JSONB,
    "ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "teams_slug_key" ON "teams"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "offices_slug_key" ON "offices"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "postings_slug_key" ON "postings"("slug");

-- CreateIndex
CREATE INDEX "postings_status_valid_through_idx" ON "postings"("status", "valid_through");

-- CreateIndex
CREATE INDEX "postings_team_id_idx" ON "postings"("team_id");

-- CreateIndex
CREATE INDEX "postings_office_id_idx" ON "postings"("office_id");

-- CreateIndex
CREATE INDEX "posting_languages_code_required_idx" ON "posting_languages"("code", "required");

-- CreateIndex
CREATE UNIQUE INDEX "posting_languages_posting_id_code_key" ON "posting_languages"("posting_id", "code");

-- CreateIndex
CREATE INDEX "posting_slug_redirects_posting_id_idx" ON "posting_slug_redirects"("posting_id");

-- CreateIndex
CREATE UNIQUE INDEX "posting_revisions_posting_id_version_key" ON "posting_revisions"("posting_id", "version");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "postings" ADD CONSTRAINT "postings_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postings" ADD CONSTRAINT "postings_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postings" ADD CONSTRAINT "postings_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_languages" ADD CONSTRAINT "posting_languages_posting_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_slug_redirects" ADD CONSTRAINT "posting_slug_redirects_posting_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_revisions" ADD CONSTRAINT "posting_revisions_posting_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_revisions" ADD CONSTRAINT "posting_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

