-- Public search and change notification for postings.
--
-- 1. Full-text search in English and French, accent-insensitive: two text search
--    configurations that unaccent before stemming, and a search_vector column kept
--    up to date by a trigger from the posting's title and content (both languages).
--    The company boilerplate ("about") is left out: it would match every posting.
-- 2. NOTIFY public_postings on any change of postings or slug redirects, so the
--    app's routing table (closed → 410, renamed → 308) refreshes at once.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- AlterTable
ALTER TABLE "postings" ADD COLUMN "search_vector" tsvector;

-- CreateIndex
CREATE INDEX "postings_search_vector_idx" ON "postings" USING GIN ("search_vector");

CREATE FUNCTION posting_locale_text(locale jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ',
    locale->>'role',
    (SELECT string_agg(item, ' ') FROM jsonb_array_elements_text(coalesce(locale->'missions', '[]'::jsonb)) AS item),
    (SELECT string_agg(item, ' ') FROM jsonb_array_elements_text(coalesce(locale->'profile', '[]'::jsonb)) AS item))
$$;

CREATE FUNCTION postings_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  titles text := concat_ws(' ', NEW.content->'en'->>'title', NEW.content->'fr'->>'title');
  body text := concat_ws(' ', posting_locale_text(NEW.content->'en'), posting_locale_text(NEW.content->'fr'));
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english_unaccent', titles), 'A') ||
    setweight(to_tsvector('french_unaccent', titles), 'A') ||
    setweight(to_tsvector('english_unaccent', body), 'B') ||
    setweight(to_tsvector('french_unaccent', body), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER postings_search_document
  BEFORE INSERT OR UPDATE OF content ON "postings"
  FOR EACH ROW EXECUTE FUNCTION postings_search_document();

UPDATE "postings" SET content = content;

CREATE FUNCTION notify_public_postings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_postings', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER postings_notify_public
  AFTER INSERT OR UPDATE OR DELETE ON "postings"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_postings();

CREATE TRIGGER posting_slug_redirects_notify_public
  AFTER INSERT OR UPDATE OR DELETE ON "posting_slug_redirects"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_postings();
