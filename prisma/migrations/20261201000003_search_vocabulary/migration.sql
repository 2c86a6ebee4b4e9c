-- Search that speaks both languages (lib/postings/search-synonyms.ts holds the vocabulary).
--
-- 1. Each posting's search document also carries its team's names (English and
--    French), its office's city, and its contract type and schedule as lexemes
--    the text parser never produces ("contract_stage", "schedule_part_time"), so
--    "alternance", "internship" or "temps partiel" find the postings of that
--    contract or schedule whatever their text says.
-- 2. search_vocabulary: the unaccented words of the postings' titles, teams,
--    cities and texts, trigram-indexed (pg_trgm), so a misspelt query word is
--    corrected to the nearest words the postings use.
-- 3. posting_search_query(terms jsonb): the tsquery of a query the app has
--    already split into terms and expanded with synonyms (expandSearchQuery):
--    every term must match; within a term any alternative, stemmed in English
--    and in French, the typed word also as a prefix, and any near spelling.
-- Renaming a team or an office's city rebuilds its postings' documents.
-- 4. (Below) posting_languages.level becomes optional.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "search_vocabulary" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_vocabulary_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_vocabulary_word_idx" ON "search_vocabulary" USING GIN ("word" gin_trgm_ops);

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
    WHERE length(w) BETWEEN 4 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;

DROP TRIGGER postings_search_document ON "postings";
CREATE TRIGGER postings_search_document
  BEFORE INSERT OR UPDATE OF content, team_id, office_id, contract_type, schedule ON "postings"
  FOR EACH ROW EXECUTE FUNCTION postings_search_document();

CREATE FUNCTION teams_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE postings SET team_id = team_id WHERE team_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER teams_search_document
  AFTER UPDATE OF name, name_fr ON "teams"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_fr IS DISTINCT FROM NEW.name_fr)
  EXECUTE FUNCTION teams_search_document();

CREATE FUNCTION offices_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE postings SET office_id = office_id WHERE office_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER offices_search_document
  AFTER UPDATE OF city ON "offices"
  FOR EACH ROW WHEN (OLD.city IS DISTINCT FROM NEW.city)
  EXECUTE FUNCTION offices_search_document();

-- One alternative of a term: a word (stemmed in both languages, optionally as a
-- prefix) or a phrase, as its English and French tsquery texts. NULL for a stop
-- word of either language, which would otherwise match nothing in one language
-- and everything in the other.
CREATE FUNCTION posting_search_word(word text, as_prefix boolean) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
  en tsquery;
  fr tsquery;
BEGIN
  IF position(' ' IN word) > 0 THEN
    en := phraseto_tsquery('english_unaccent', word);
    fr := phraseto_tsquery('french_unaccent', word);
  ELSE
    en := to_tsquery('english_unaccent', quote_literal(word) || CASE WHEN as_prefix THEN ':*' ELSE '' END);
    fr := to_tsquery('french_unaccent', quote_literal(word) || CASE WHEN as_prefix THEN ':*' ELSE '' END);
  END IF;
  IF numnode(en) = 0 OR numnode(fr) = 0 THEN
    RETURN NULL;
  END IF;
  RETURN ARRAY[en::text, fr::text];
END
$$;

-- Each term's alternatives are deduplicated (synonyms often share a stem: "accountant",
-- "accounting", "accounts" → 'account'), since every OR branch costs time on each row.
CREATE FUNCTION posting_search_query(terms jsonb) RETURNS tsquery
LANGUAGE plpgsql STABLE AS $$
DECLARE
  term jsonb;
  word text;
  first boolean;
  branches text[];
  alternatives tsquery;
  result tsquery;
BEGIN
  FOR term IN SELECT value FROM jsonb_array_elements(terms) LOOP
    branches := ARRAY[]::text[];
    first := true;
    FOR word IN SELECT value FROM jsonb_array_elements_text(term->'words') LOOP
      branches := branches || posting_search_word(word, first AND coalesce((term->>'prefix')::boolean, false));
      first := false;
    END LOOP;
    FOR word IN SELECT value FROM jsonb_array_elements_text(term->'lexemes') LOOP
      branches := branches || (quote_literal(word)::tsquery)::text;
    END LOOP;
    IF coalesce((term->>'fuzzy')::boolean, false) THEN
      FOR word IN
        SELECT v.word FROM search_vocabulary v
        WHERE v.word % (term->'words'->>0) AND similarity(v.word, term->'words'->>0) >= 0.45
        ORDER BY similarity(v.word, term->'words'->>0) DESC, v.word
        LIMIT 3
      LOOP
        branches := branches || posting_search_word(word, false);
      END LOOP;
    END IF;
    IF cardinality(branches) > 0 THEN
      SELECT string_agg(DISTINCT '(' || b || ')', ' | ')::tsquery INTO alternatives FROM unnest(branches) AS b;
      result := CASE WHEN result IS NULL THEN alternatives ELSE result && alternatives END;
    END IF;
  END LOOP;
  RETURN result;
END
$$;

UPDATE "postings" SET content = content;

-- A language's CEFR level is optional: a posting that names a language without
-- a level ("fluent", "a no brainer") shows none rather than an invented one.
-- AlterTable
ALTER TABLE "posting_languages" ALTER COLUMN "level" DROP NOT NULL;
