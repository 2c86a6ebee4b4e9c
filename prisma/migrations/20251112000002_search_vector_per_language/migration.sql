-- Search documents half the size: each language's text is stemmed in its own
-- language only (English content with english_unaccent, French content with
-- french_unaccent); titles stay in both, so a query in either language finds
-- any title. Smaller vectors make broad searches over 10,000 postings cheaper.

CREATE OR REPLACE FUNCTION postings_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  titles text := concat_ws(' ', NEW.content->'en'->>'title', NEW.content->'fr'->>'title');
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english_unaccent', titles), 'A') ||
    setweight(to_tsvector('french_unaccent', titles), 'A') ||
    setweight(to_tsvector('english_unaccent', coalesce(posting_locale_text(NEW.content->'en'), '')), 'B') ||
    setweight(to_tsvector('french_unaccent', coalesce(posting_locale_text(NEW.content->'fr'), '')), 'B');
  RETURN NEW;
END
$$;

UPDATE "postings" SET content = content;
