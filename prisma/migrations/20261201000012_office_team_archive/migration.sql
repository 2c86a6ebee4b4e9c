-- Offices and teams are run from the CMS: archived ones stay on the postings that use them
-- (public pages still show them) but are no longer offered for new postings. Offices may
-- carry coordinates (WGS 84 degrees), checked here as well as in the form.
ALTER TABLE "teams" ADD COLUMN "archived_at" TIMESTAMPTZ(3);
ALTER TABLE "offices" ADD COLUMN "archived_at" TIMESTAMPTZ(3);
ALTER TABLE "offices" ADD COLUMN "latitude" DOUBLE PRECISION;
ALTER TABLE "offices" ADD COLUMN "longitude" DOUBLE PRECISION;
ALTER TABLE "offices" ADD CONSTRAINT "offices_latitude_range" CHECK ("latitude" IS NULL OR ("latitude" >= -90 AND "latitude" <= 90));
ALTER TABLE "offices" ADD CONSTRAINT "offices_longitude_range" CHECK ("longitude" IS NULL OR ("longitude" >= -180 AND "longitude" <= 180));
