-- Search at 10,000 postings within 20 ms (issue 13). Measured with `npm run bench:search`
-- (EXPLAIN ANALYZE in tests/bench/search-timing.ts): a common word matches half the postings,
-- and ranking them with ts_rank read and scored every matching search document (a seq scan
-- and a sort of 5,000 rows) before the first 50 could be returned. The typo correction also
-- scanned the whole vocabulary, 95 % of it numbers from the postings' titles.
--
-- 1. title_vector: the titles alone (English and French stems), GIN-indexed and kept by the
--    same trigger. Relevance is now "the title matches" first, then the newest first, so a
--    page of results is two index walks in date order that stop after one page
--    (lib/public/search-page.ts) instead of scoring every match.
-- 2. An index in that order: date_posted DESC, slug.
-- 3. The vocabulary keeps words with a letter only (numbers are never misspelt words), and
--    posting_search_query runs with pg_trgm's similarity threshold at its own 0.45, so the
--    trigram index answers `word % term` instead of a scan of every word.

-- AlterTable
ALTER TABLE "postings" ADD COLUMN "title_vector" tsvector;

-- CreateIndex
CREATE INDEX "postings_title_vector_idx" ON "postings" USING GIN ("title_vector");

-- CreateIndex
CREATE INDEX "postings_date_posted_slug_idx" ON "postings" ("date_posted" DESC, "slug");

CREATE OR REPLACE FUNCTION postings_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  titles text := concat_ws(' ', NEW.content->'en'->>'title', NEW.content->'fr'->>'title');
  team_names text;
  city text;
  en_body text := coalesce(posting_locale_text(NEW.content->'en'), '');
  fr_body text := coalesce(posting_locale_text(NEW.content->'fr'), '');
BEGIN
  SELECT concat_ws(' ', t.name, t.name_fr) INTO team_names FROM teams t WHERE t.id = NEW.team_id;
  SELECT o.city INTO city FROM offices o WHERE o.id = NEW.office_id;
  team_names := concat_ws(' ', team_names, city);
  NEW.title_vector :=
    to_tsvector('english_unaccent', coalesce(titles, '')) ||
    to_tsvector('french_unaccent', coalesce(titles, ''));
  NEW.search_vector :=
    setweight(to_tsvector('english_unaccent', titles), 'A') ||
    setweight(to_tsvector('french_unaccent', titles), 'A') ||
    setweight(to_tsvector('english_unaccent', en_body), 'B') ||
    setweight(to_tsvector('french_unaccent', fr_body), 'B') ||
    setweight(to_tsvector('english_unaccent', team_names), 'C') ||
    setweight(to_tsvector('french_unaccent', team_names), 'C') ||
    setweight(array_to_tsvector(ARRAY[
      'contract_' || lower(NEW.contract_type::text),
      'schedule_' || lower(NEW.schedule::text)]), 'C');
  INSERT INTO search_vocabulary (word)
    SELECT DISTINCT w
    FROM regexp_split_to_table(lower(unaccent(concat_ws(' ', titles, team_names, en_body, fr_body))), '[^[:alnum:]]+') AS w
    WHERE length(w) BETWEEN 4 AND 40 AND w ~ '[[:alpha:]]'
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;

DELETE FROM "search_vocabulary" WHERE word !~ '[[:alpha:]]';

ALTER FUNCTION posting_search_query(jsonb) SET pg_trgm.similarity_threshold = 0.45;

UPDATE "postings" SET content = content;
