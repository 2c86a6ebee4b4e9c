-- A French version is "to translate" until a recruiter marks it translated; until
-- then it stays off the public site, and "locales" lists the languages the public
-- site serves. Existing French versions that differ from the English text were
-- written by someone and count as translated; one identical to the English (the
-- editor's starting copy) does not.
CREATE TYPE "FrenchVersion" AS ENUM ('NONE', 'TO_TRANSLATE', 'TRANSLATED');

ALTER TABLE "postings" ADD COLUMN "french_version" "FrenchVersion" NOT NULL DEFAULT 'NONE';

UPDATE "postings"
SET "french_version" = CASE
  WHEN ("content" -> 'fr') IS DISTINCT FROM ("content" -> 'en') THEN 'TRANSLATED'::"FrenchVersion"
  ELSE 'TO_TRANSLATE'::"FrenchVersion"
END
WHERE "content" ? 'fr';

UPDATE "postings"
SET "locales" = CASE WHEN "french_version" = 'TRANSLATED' THEN ARRAY['en', 'fr']::text[] ELSE ARRAY['en']::text[] END;
