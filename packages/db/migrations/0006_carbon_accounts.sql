-- Carbon accounts: each enterprise's yearly account computed from its activity data (0005) with a versioned factor
-- set, kept as immutable dated versions (a recalculation adds a version, never changes one); the district's
-- carbon-efficiency grades (L = CO2 / value added against the industry's own average, DB33/T 1347-2023 form);
-- and the ETS allocations the district records for covered enterprises.

CREATE TABLE carbon_accounts (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations(id),
  year               integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- 1, 2, …: a new version only when the inputs or the factor set changed.
  version            integer NOT NULL CHECK (version >= 1),
  calculated_on      date NOT NULL,
  method             text NOT NULL,
  factor_set         text NOT NULL,
  inputs_hash        text NOT NULL,
  -- Totals in tCO2, exact; the account text below has every line behind them.
  scope1             numeric NOT NULL,
  scope1_combustion  numeric NOT NULL,
  scope1_process     numeric NOT NULL,
  scope2_location    numeric NOT NULL,
  scope2_market      numeric NOT NULL,
  scope3             numeric,
  total_location     numeric NOT NULL,
  total_market       numeric NOT NULL,
  -- The denominators of the intensities and of the carbon-efficiency grade, in 万元 (NULL when not reported).
  revenue_wan        numeric,
  value_added_wan    numeric,
  industry_code      text,
  -- The domain's CarbonAccount as canonical JSON text, and its SHA-256: the exact bytes a reader can re-check.
  account            text NOT NULL,
  account_hash       text NOT NULL,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL,
  UNIQUE (org_id, year, version)
);
CREATE INDEX carbon_accounts_year_idx ON carbon_accounts (year, org_id, version DESC);

CREATE FUNCTION carbon_account_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'carbon accounts are immutable: recalculate to add a version (% refused)', TG_OP;
END $$;
CREATE TRIGGER carbon_accounts_no_change BEFORE UPDATE OR DELETE ON carbon_accounts
  FOR EACH ROW EXECUTE FUNCTION carbon_account_is_immutable();

-- One grading of a year's accounts across the district; the latest batch of a year is the current grade.
CREATE TABLE carbon_grade_batches (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year             integer NOT NULL,
  method           text NOT NULL,
  enterprise_count integer NOT NULL,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL
);
CREATE INDEX carbon_grade_batches_year_idx ON carbon_grade_batches (year, created_at DESC);

CREATE TABLE carbon_grades (
  batch_id       uuid NOT NULL REFERENCES carbon_grade_batches(id),
  org_id         uuid NOT NULL REFERENCES organisations(id),
  account_id     uuid NOT NULL REFERENCES carbon_accounts(id),
  industry_group text NOT NULL,
  l_value        numeric NOT NULL,
  industry_l     numeric NOT NULL,
  k_value        numeric NOT NULL,
  grade          integer NOT NULL CHECK (grade BETWEEN 1 AND 5),
  colour         text NOT NULL,
  explanation    jsonb NOT NULL,
  PRIMARY KEY (batch_id, org_id)
);
CREATE INDEX carbon_grades_org_idx ON carbon_grades (org_id);

-- Allowances the district records for enterprises in the national carbon market, and the verified emissions.
CREATE TABLE carbon_ets_allocations (
  org_id        uuid NOT NULL REFERENCES organisations(id),
  year          integer NOT NULL,
  allocated_t   numeric NOT NULL CHECK (allocated_t >= 0),
  verified_t    numeric CHECK (verified_t >= 0),
  source        text NOT NULL,
  recorded_by   uuid REFERENCES users(id),
  recorded_at   timestamptz NOT NULL,
  PRIMARY KEY (org_id, year)
);

-- Row-level security (see 0002), behind packages/app/src/carbon/account-*.ts: the enterprise, the district, and
-- holders of the enterprise's 'carbon' consent grant read; only the district writes grades and allocations.
ALTER TABLE carbon_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_accounts_read ON carbon_accounts FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district() OR greenfin_carbon_grant(org_id));
CREATE POLICY carbon_accounts_insert ON carbon_accounts FOR INSERT
  WITH CHECK (org_id = greenfin_org() OR greenfin_is_district());

ALTER TABLE carbon_grade_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_grade_batches_read ON carbon_grade_batches FOR SELECT USING (true);
CREATE POLICY carbon_grade_batches_write ON carbon_grade_batches FOR INSERT WITH CHECK (greenfin_is_district());

ALTER TABLE carbon_grades ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_grades_read ON carbon_grades FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district() OR greenfin_carbon_grant(org_id));
CREATE POLICY carbon_grades_write ON carbon_grades FOR INSERT WITH CHECK (greenfin_is_district());

ALTER TABLE carbon_ets_allocations ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_ets_read ON carbon_ets_allocations FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district() OR greenfin_carbon_grant(org_id));
CREATE POLICY carbon_ets_write ON carbon_ets_allocations FOR ALL
  USING (greenfin_is_district()) WITH CHECK (greenfin_is_district());

-- Carbon-efficiency peers are graded on district data no enterprise may read row by row; the grade's explanation
-- carries the industry average, so no peer function is needed.
