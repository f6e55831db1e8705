-- ESG rating: runs (one methodology version over one universe and period), their immutable per-entity results
-- (the exact canonical JSON of the explanation, hashed), analyst grade overrides under four-eyes review, and the
-- controversies the district and rating agencies record about rated entities.

CREATE TABLE rating_runs (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organisation that runs it (a rating agency).
  org_id              uuid NOT NULL REFERENCES organisations(id),
  methodology_id      text NOT NULL,
  methodology_version text NOT NULL,
  entity_kind         text NOT NULL CHECK (entity_kind IN ('enterprise','fund_manager')),
  period_year         integer NOT NULL CHECK (period_year BETWEEN 2000 AND 2100),
  as_of               date NOT NULL,
  status              text NOT NULL DEFAULT 'running' CHECK (status IN ('running','completed','published','failed')),
  job_id              uuid REFERENCES jobs(id),
  methodology_hash    text,
  inputs_hash         text,
  result_hash         text,
  entity_count        integer NOT NULL DEFAULT 0,
  grade_counts        jsonb NOT NULL DEFAULT '[]'::jsonb,
  previous_run_id     uuid REFERENCES rating_runs(id),
  error               text,
  created_by          uuid REFERENCES users(id),
  created_at          timestamptz NOT NULL,
  completed_at        timestamptz,
  published_by        uuid REFERENCES users(id),
  published_at        timestamptz,
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX rating_runs_methodology_idx ON rating_runs (methodology_id, period_year, created_at);

-- One row per rated entity and run. Written once when the run completes; never changed or deleted.
CREATE TABLE rating_results (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id            uuid NOT NULL REFERENCES rating_runs(id),
  org_id            uuid NOT NULL REFERENCES organisations(id),
  industry_code     text NOT NULL,
  industry_group    text NOT NULL,
  score             numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
  grade             text NOT NULL,
  pillar_e          numeric(5,2),
  pillar_s          numeric(5,2),
  pillar_g          numeric(5,2),
  input_hash        text NOT NULL,
  -- The engine's explanation as canonical JSON text: the exact bytes result_hash is the SHA-256 of.
  explanation       text NOT NULL,
  result_hash       text NOT NULL,
  -- Where each input came from: the disclosure revision, and how the platform derived its own figures.
  sources           jsonb NOT NULL,
  UNIQUE (run_id, org_id)
);
CREATE INDEX rating_results_org_idx ON rating_results (org_id);
CREATE INDEX rating_results_group_idx ON rating_results (run_id, industry_group);

CREATE FUNCTION rating_result_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rating results are immutable (% refused)', TG_OP;
END $$;
CREATE TRIGGER rating_results_no_change BEFORE UPDATE OR DELETE ON rating_results
  FOR EACH ROW EXECUTE FUNCTION rating_result_is_immutable();

-- An analyst's grade override: proposed with a rationale, then approved or rejected by someone else.
CREATE TABLE rating_overrides (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id         uuid NOT NULL REFERENCES rating_runs(id),
  result_id      uuid NOT NULL REFERENCES rating_results(id),
  org_id         uuid NOT NULL REFERENCES organisations(id),
  entity_org_id  uuid NOT NULL REFERENCES organisations(id),
  computed_grade text NOT NULL,
  to_grade       text NOT NULL,
  notches        integer NOT NULL CHECK (notches <> 0),
  rationale      text NOT NULL CHECK (length(rationale) >= 20),
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected')),
  proposed_by    uuid NOT NULL REFERENCES users(id),
  proposed_at    timestamptz NOT NULL,
  decided_by     uuid REFERENCES users(id),
  decided_at     timestamptz,
  decision_note  text,
  -- Four eyes: the one who decides is never the one who proposed.
  CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CHECK ((status = 'pending') = (decided_at IS NULL))
);
-- At most one live (pending or approved) override per result.
CREATE UNIQUE INDEX rating_overrides_live_idx ON rating_overrides (result_id) WHERE status IN ('pending','approved');
CREATE INDEX rating_overrides_run_idx ON rating_overrides (run_id, status);

CREATE TABLE rating_controversies (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_org_id   uuid NOT NULL REFERENCES organisations(id),
  event_date      date NOT NULL,
  severity        integer NOT NULL CHECK (severity BETWEEN 1 AND 5),
  category        text NOT NULL,
  status          text NOT NULL,
  source          text NOT NULL,
  description     text NOT NULL,
  recorded_by_org uuid NOT NULL REFERENCES organisations(id),
  recorded_by     uuid REFERENCES users(id),
  recorded_at     timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX rating_controversies_entity_idx ON rating_controversies (entity_org_id, event_date);

-- Row-level security (see 0002), the second wall behind packages/app/src/rating/rating-access.ts.
CREATE FUNCTION greenfin_org_kind() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT coalesce(current_setting('greenfin.org_kind', true), '') $$;

CREATE FUNCTION greenfin_rating_grant(owner uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM consent_grants g WHERE g.grantor_org_id = owner AND g.grantee_org_id = greenfin_org()
                    AND g.scope = 'rating' AND g.revoked_at IS NULL)
$$;

-- A run's metadata: its agency, the district, and once published anyone (it names no entity).
ALTER TABLE rating_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY rating_runs_read ON rating_runs FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district() OR status = 'published');
CREATE POLICY rating_runs_write ON rating_runs FOR ALL
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

-- A result: the run's agency and the district; once published, the rated entity and its rating grantees.
ALTER TABLE rating_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY rating_results_read ON rating_results FOR SELECT
  USING (EXISTS (SELECT 1 FROM rating_runs r WHERE r.id = run_id
                   AND (r.org_id = greenfin_org() OR greenfin_is_district()
                        OR (r.status = 'published' AND (rating_results.org_id = greenfin_org()
                                                        OR greenfin_rating_grant(rating_results.org_id))))));
CREATE POLICY rating_results_insert ON rating_results FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM rating_runs r WHERE r.id = run_id AND r.org_id = greenfin_org()));

-- Overrides: the agency and the district; the rated entity sees an approved one on a published run.
ALTER TABLE rating_overrides ENABLE ROW LEVEL SECURITY;
CREATE POLICY rating_overrides_read ON rating_overrides FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district()
         OR (status = 'approved' AND EXISTS (SELECT 1 FROM rating_runs r WHERE r.id = run_id AND r.status = 'published')
             AND (entity_org_id = greenfin_org() OR greenfin_rating_grant(entity_org_id))));
CREATE POLICY rating_overrides_write ON rating_overrides FOR ALL
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

-- Controversies: recorded by the district or an agency; read by them and by the entity concerned.
ALTER TABLE rating_controversies ENABLE ROW LEVEL SECURITY;
CREATE POLICY rating_controversies_read ON rating_controversies FOR SELECT
  USING (greenfin_is_district() OR greenfin_org_kind() = 'rating_agency' OR entity_org_id = greenfin_org());
CREATE POLICY rating_controversies_insert ON rating_controversies FOR INSERT
  WITH CHECK (recorded_by_org = greenfin_org() AND (greenfin_is_district() OR greenfin_org_kind() = 'rating_agency'));
CREATE POLICY rating_controversies_update ON rating_controversies FOR UPDATE
  USING (greenfin_is_district() OR greenfin_org_kind() = 'rating_agency')
  WITH CHECK (greenfin_is_district() OR greenfin_org_kind() = 'rating_agency');

-- The peers' distribution a rated entity sees: the scores and final grades of its industry group in a published
-- run, without names or ids. SECURITY DEFINER because the entity cannot read its peers' rows.
CREATE FUNCTION greenfin_rating_peer_scores(p_run uuid, p_group text)
  RETURNS TABLE (score numeric, final_grade text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT res.score, coalesce(o.to_grade, res.grade)
    FROM rating_results res
    JOIN rating_runs r ON r.id = res.run_id
    LEFT JOIN rating_overrides o ON o.result_id = res.id AND o.status = 'approved'
   WHERE res.run_id = p_run AND res.industry_group = p_group
     AND (r.status = 'published' OR r.org_id = greenfin_org() OR greenfin_is_district())
   ORDER BY res.score
$$;
REVOKE ALL ON FUNCTION greenfin_rating_peer_scores(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION greenfin_rating_peer_scores(uuid, text) TO greenfin_tenant;
