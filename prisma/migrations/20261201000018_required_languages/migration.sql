-- The listing's facet counts at 10,000 postings (issue 13). Counting the language facet joined
-- every match to posting_languages (~8 ms of a 35 ms statement for a word matching 5,000
-- postings). Each posting now carries the codes of its required languages, sorted, so the counts
-- group the matches once by their attributes (lib/public/search-page.ts, facetCombinationsSql)
-- and the language filter is `code = ANY(required_languages)`.
--
-- Kept by triggers on posting_languages, one UPDATE per statement (a save deletes and inserts
-- the rows: two statements). The column is not in postings_search_document's column list, so
-- keeping it never rebuilds the search document. Never written by the app.
ALTER TABLE "postings" ADD COLUMN "required_languages" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION posting_required_languages_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE postings p SET required_languages = posting_required_languages(p.id)
    WHERE p.id IN (SELECT DISTINCT posting_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE postings p SET required_languages = posting_required_languages(p.id)
    WHERE p.id IN (SELECT DISTINCT posting_id FROM old_rows);
  ELSE
    UPDATE postings p SET required_languages = posting_required_languages(p.id)
    WHERE p.id IN (SELECT posting_id FROM new_rows UNION SELECT posting_id FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION posting_required_languages(posting uuid) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(l.code::text ORDER BY l.code), ARRAY[]::text[])
  FROM posting_languages l WHERE l.posting_id = posting AND l.required
$$;

CREATE TRIGGER posting_languages_required_insert
  AFTER INSERT ON "posting_languages" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION posting_required_languages_sync();
CREATE TRIGGER posting_languages_required_update
  AFTER UPDATE ON "posting_languages" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION posting_required_languages_sync();
CREATE TRIGGER posting_languages_required_delete
  AFTER DELETE ON "posting_languages" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION posting_required_languages_sync();

UPDATE "postings" p SET "required_languages" = posting_required_languages(p.id);
