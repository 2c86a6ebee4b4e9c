-- The listing's total and facet counts on a search (issue 13: p95 ≤ 20 ms at 10,000 postings).
-- The counts read every match, and a common word matches most postings: read from postings, each
-- match is a wide row (the content in both languages, titles, two search documents, ~40 columns).
--
-- posting_facets is a narrow copy of what the counts read: the open condition's columns, the
-- attributes the facets group by, and the search document. Measured at 10,000 postings, the
-- same statement on both tables, interleaved (after VACUUM, as autovacuum leaves a table):
-- postings p50 12.7 / p95 15.2 ms, posting_facets p50 5.8 / p95 10.5 ms.
--
-- Kept by AFTER triggers on postings (one upsert per inserted row, and per updated row when a
-- column it copies changed); a deleted posting's row goes with it (ON DELETE CASCADE).
-- required_languages is itself kept by the posting_languages triggers through an UPDATE of
-- postings, which the update trigger sees. Never written by the app.
CREATE TABLE "posting_facets" (
    "posting_id" UUID NOT NULL,
    "status" "PostingStatus" NOT NULL,
    "valid_through" TIMESTAMPTZ(3),
    "team_id" UUID NOT NULL,
    "office_id" UUID,
    "contract_type" "ContractType" NOT NULL,
    "remote_policy" "RemotePolicy" NOT NULL,
    "start_earliest" DATE NOT NULL,
    "start_latest" DATE NOT NULL,
    "required_languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "search_vector" tsvector,
    CONSTRAINT "posting_facets_pkey" PRIMARY KEY ("posting_id")
);
ALTER TABLE "posting_facets" ADD CONSTRAINT "posting_facets_posting_id_fkey" FOREIGN KEY ("posting_id")
  REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "posting_facets_search_vector_idx" ON "posting_facets" USING GIN ("search_vector");

CREATE FUNCTION posting_facets_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO posting_facets AS f (posting_id, status, valid_through, team_id, office_id, contract_type,
    remote_policy, start_earliest, start_latest, required_languages, search_vector)
  VALUES (NEW.id, NEW.status, NEW.valid_through, NEW.team_id, NEW.office_id, NEW.contract_type,
    NEW.remote_policy, NEW.start_earliest, NEW.start_latest, NEW.required_languages, NEW.search_vector)
  ON CONFLICT (posting_id) DO UPDATE SET status = EXCLUDED.status, valid_through = EXCLUDED.valid_through,
    team_id = EXCLUDED.team_id, office_id = EXCLUDED.office_id, contract_type = EXCLUDED.contract_type,
    remote_policy = EXCLUDED.remote_policy, start_earliest = EXCLUDED.start_earliest,
    start_latest = EXCLUDED.start_latest, required_languages = EXCLUDED.required_languages,
    search_vector = EXCLUDED.search_vector;
  RETURN NULL;
END
$$;

CREATE TRIGGER postings_facets_insert
  AFTER INSERT ON "postings"
  FOR EACH ROW EXECUTE FUNCTION posting_facets_sync();
CREATE TRIGGER postings_facets_update
  AFTER UPDATE ON "postings"
  FOR EACH ROW
  WHEN ((OLD.status, OLD.valid_through, OLD.team_id, OLD.office_id, OLD.contract_type, OLD.remote_policy,
         OLD.start_earliest, OLD.start_latest, OLD.required_languages, OLD.search_vector)
        IS DISTINCT FROM
        (NEW.status, NEW.valid_through, NEW.team_id, NEW.office_id, NEW.contract_type, NEW.remote_policy,
         NEW.start_earliest, NEW.start_latest, NEW.required_languages, NEW.search_vector))
  EXECUTE FUNCTION posting_facets_sync();

INSERT INTO posting_facets (posting_id, status, valid_through, team_id, office_id, contract_type, remote_policy,
  start_earliest, start_latest, required_languages, search_vector)
SELECT id, status, valid_through, team_id, office_id, contract_type, remote_policy, start_earliest, start_latest,
  required_languages, search_vector
FROM postings;
