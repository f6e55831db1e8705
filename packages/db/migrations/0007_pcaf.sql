-- Financed emissions (PCAF Part A): an institution's books (the positions and counterparties files of
-- docs/carbon-data-formats.md §2–3, for a reporting year) and the runs that calculate them. Built for books of a
-- million positions: the row tables have no foreign keys and no triggers on insert (the use-cases write them from
-- the book they just created or the run they own), and carry the owning institution's org_id so that row-level
-- security is a comparison, not a lookup per row.

CREATE TABLE pcaf_books (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id                uuid NOT NULL REFERENCES organisations(id),
  year                  integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  label                 text NOT NULL,
  positions_file        text,
  counterparties_file   text,
  positions_sha256      text NOT NULL,
  counterparties_sha256 text NOT NULL,
  -- SHA-256 over both files' hashes: the same two files for the same year are the same book.
  files_sha256          text NOT NULL,
  position_count        integer NOT NULL CHECK (position_count >= 0),
  counterparty_count    integer NOT NULL CHECK (counterparty_count >= 0),
  -- Yuan, exact: the sum of the positions' outstanding amounts.
  outstanding           numeric NOT NULL,
  uploaded_by           uuid REFERENCES users(id),
  uploaded_at           timestamptz NOT NULL,
  UNIQUE (org_id, year, files_sha256)
);
CREATE INDEX pcaf_books_org_idx ON pcaf_books (org_id, year, uploaded_at DESC);

-- One counterparty per row, in file order: the domain's PcafCounterparty as JSON text.
CREATE TABLE pcaf_book_counterparties (
  book_id      uuid NOT NULL,
  row_no       integer NOT NULL,
  org_id       uuid NOT NULL,
  counterparty text NOT NULL,
  record       text NOT NULL,
  PRIMARY KEY (book_id, row_no)
);

-- One position per row, in file order (the order the run adds them in, which its inputs hash depends on): the
-- domain's PcafPosition as a compact JSON array (packages/app/src/pcaf/pcaf-position-codec.ts).
CREATE TABLE pcaf_book_positions (
  book_id  uuid NOT NULL,
  row_no   integer NOT NULL,
  org_id   uuid NOT NULL,
  position text NOT NULL,
  PRIMARY KEY (book_id, row_no)
);

-- One calculation of a book. Readers other than its own institution see it only once completed; from then on it
-- never changes. The summary is the domain's PcafPortfolioResult as canonical JSON, hashed.
CREATE TABLE pcaf_runs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations(id),
  book_id            uuid NOT NULL REFERENCES pcaf_books(id),
  year               integer NOT NULL,
  status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed')),
  job_id             uuid REFERENCES jobs(id),
  reference          text NOT NULL,
  reference_sha256   text,
  inputs_hash        text,
  result_hash        text,
  summary            text,
  summary_sha256     text,
  -- The carbon-account figures the run used (PlatformEmissions[], canonical JSON) and how the counterparties'
  -- emissions were found: {counterparties, onPlatform, accountsUsed, withoutConsent, withoutAccount}.
  platform_emissions text,
  platform_counts    jsonb,
  -- The institution's latest completed run of the year before, fixed at completion: the comparison's source.
  previous_run_id    uuid REFERENCES pcaf_runs(id),
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL,
  completed_at       timestamptz,
  error              text
);
CREATE INDEX pcaf_runs_book_idx ON pcaf_runs (book_id, created_at DESC);
CREATE INDEX pcaf_runs_org_year_idx ON pcaf_runs (org_id, year, completed_at DESC) WHERE status = 'completed';

CREATE FUNCTION pcaf_run_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'pcaf runs are kept (DELETE refused)';
  END IF;
  IF OLD.status = 'completed' THEN
    RAISE EXCEPTION 'a completed pcaf run is immutable (UPDATE refused)';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER pcaf_runs_no_change BEFORE UPDATE OR DELETE ON pcaf_runs
  FOR EACH ROW EXECUTE FUNCTION pcaf_run_is_immutable();

-- One position's result: the columns the positions list filters, sorts and shows, and the domain's
-- PcafPositionResult as canonical JSON (in row order, the lines the run's result hash is computed over).
CREATE TABLE pcaf_position_results (
  run_id              uuid NOT NULL,
  row_no              integer NOT NULL,
  org_id              uuid NOT NULL,
  position_id         text NOT NULL,
  asset_class         text NOT NULL,
  counterparty        text,
  counterparty_name   text,
  -- The platform organisation the counterparty is, shown only when it granted the institution its carbon data.
  counterparty_org_id uuid,
  sector              text,
  -- GB/T 4754 section letter, or 'households' / 'sovereign' (the domain's sector bucket keys).
  section_key         text NOT NULL,
  outstanding         numeric NOT NULL,
  attribution_factor  numeric,
  financed_scope12    numeric,
  financed_scope3     numeric,
  score               smallint,
  evidence            text,
  result              text NOT NULL,
  PRIMARY KEY (run_id, row_no)
);
CREATE UNIQUE INDEX pcaf_position_results_id_idx ON pcaf_position_results (run_id, position_id);
CREATE INDEX pcaf_position_results_financed_idx
  ON pcaf_position_results (run_id, financed_scope12 DESC NULLS LAST, row_no);
CREATE INDEX pcaf_position_results_outstanding_idx ON pcaf_position_results (run_id, outstanding DESC, row_no);

-- Results of a completed run never change; those of an unfinished run are cleared when its job restarts.
CREATE FUNCTION pcaf_result_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM pcaf_runs r WHERE r.id = OLD.run_id AND r.status = 'completed') THEN
    RAISE EXCEPTION 'pcaf position results are immutable (% refused)', TG_OP;
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER pcaf_position_results_no_change BEFORE UPDATE OR DELETE ON pcaf_position_results
  FOR EACH ROW EXECUTE FUNCTION pcaf_result_is_immutable();

-- Row-level security (see 0002), behind packages/app/src/pcaf/pcaf-access.ts: an institution reads and writes its
-- own books and runs; the district reads every run (the zone's financed-emissions view). Runs and results are
-- written by the platform's job, outside the tenant role.
ALTER TABLE pcaf_books ENABLE ROW LEVEL SECURITY;
CREATE POLICY pcaf_books_read ON pcaf_books FOR SELECT USING (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY pcaf_books_insert ON pcaf_books FOR INSERT WITH CHECK (org_id = greenfin_org());

ALTER TABLE pcaf_book_counterparties ENABLE ROW LEVEL SECURITY;
CREATE POLICY pcaf_book_counterparties_read ON pcaf_book_counterparties FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY pcaf_book_counterparties_insert ON pcaf_book_counterparties FOR INSERT
  WITH CHECK (org_id = greenfin_org());

ALTER TABLE pcaf_book_positions ENABLE ROW LEVEL SECURITY;
CREATE POLICY pcaf_book_positions_read ON pcaf_book_positions FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY pcaf_book_positions_insert ON pcaf_book_positions FOR INSERT WITH CHECK (org_id = greenfin_org());

ALTER TABLE pcaf_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY pcaf_runs_read ON pcaf_runs FOR SELECT USING (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY pcaf_runs_insert ON pcaf_runs FOR INSERT WITH CHECK (org_id = greenfin_org());

ALTER TABLE pcaf_position_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY pcaf_position_results_read ON pcaf_position_results FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district());
