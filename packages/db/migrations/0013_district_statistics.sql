-- District statistics (issue 8): the institutions' periodic "five major articles" reports against the versioned
-- templates (packages/reference/data/statistics/), their revisions and review, and the district's targets. The checks
-- and the aggregates are pure (packages/domain/src/statistics/); the use-cases are in packages/app/src/statistics/.

-- One report per institution, template and period. Its figures live in revisions: an institution edits a draft
-- (revision 0 until first submitted), submits it (the revision is frozen), the district accepts or returns it; a
-- later correction is a new revision that supersedes the accepted one as a whole once accepted.
CREATE TABLE stat_reports (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organisations(id),
  template_ref   text NOT NULL CHECK (template_ref ~ '^[a-z0-9-]+@[0-9.]+$'),
  period         text NOT NULL CHECK (period ~ '^[0-9]{4}-((0[1-9]|1[0-2])|Q[1-4])$'),
  status         text NOT NULL CHECK (status IN ('draft','submitted','returned','accepted')),
  -- The revision being edited or decided, and the latest accepted one (null before the first acceptance).
  revision       integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  accepted_revision integer CHECK (accepted_revision IS NULL OR accepted_revision <= revision),
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  UNIQUE (org_id, template_ref, period)
);
CREATE INDEX stat_reports_period_idx ON stat_reports (template_ref, period, status);

-- The figures of each revision. `item` is '' for a metric's total, else the breakdown item ("1.4", "C").
-- `source`: 'reported', or where the platform pre-filled it from ('green-financings', 'marketplace').
CREATE TABLE stat_report_values (
  report_id  uuid NOT NULL REFERENCES stat_reports(id),
  revision   integer NOT NULL,
  metric     text NOT NULL,
  item       text NOT NULL DEFAULT '',
  value      numeric NOT NULL,
  source     text NOT NULL DEFAULT 'reported',
  PRIMARY KEY (report_id, revision, metric, item)
);

-- Each revision's submission and decision, with the check's warnings as they stood when it was submitted.
CREATE TABLE stat_report_revisions (
  report_id     uuid NOT NULL REFERENCES stat_reports(id),
  revision      integer NOT NULL,
  submitted_by  uuid REFERENCES users(id),
  submitted_at  timestamptz NOT NULL,
  warnings      jsonb NOT NULL DEFAULT '[]'::jsonb,
  outcome       text CHECK (outcome IN ('accepted','returned')),
  decided_by    uuid REFERENCES users(id),
  decided_at    timestamptz,
  decision_note text,
  PRIMARY KEY (report_id, revision),
  CHECK ((outcome IS NULL) = (decided_at IS NULL)),
  CHECK (outcome IS DISTINCT FROM 'returned' OR decision_note IS NOT NULL)
);

-- A submitted revision's figures never change (a correction is a new revision).
CREATE FUNCTION stat_report_values_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
  v integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.revision ELSE NEW.revision END;
BEGIN
  IF EXISTS (SELECT 1 FROM stat_report_revisions x WHERE x.report_id = r AND x.revision = v) THEN
    RAISE EXCEPTION 'revision % of statistics report % was submitted and is frozen', v, r USING ERRCODE = '23514';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER stat_report_values_frozen BEFORE INSERT OR UPDATE OR DELETE ON stat_report_values
  FOR EACH ROW EXECUTE FUNCTION stat_report_values_frozen();

-- Only the district decides: in an institution's session a report's acceptance and its decided states never change,
-- and in the district's session only the decision does (status, accepted revision, time).
CREATE FUNCTION stat_reports_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF greenfin_org() IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.org_id <> OLD.org_id OR NEW.template_ref <> OLD.template_ref OR NEW.period <> OLD.period THEN
    RAISE EXCEPTION 'a statistics report''s institution, template and period cannot change' USING ERRCODE = '23514';
  END IF;
  IF greenfin_is_district() THEN
    IF NEW.revision <> OLD.revision OR NEW.status NOT IN ('accepted','returned') THEN
      RAISE EXCEPTION 'the district only accepts or returns a report' USING ERRCODE = '23514';
    END IF;
  ELSIF NEW.accepted_revision IS DISTINCT FROM OLD.accepted_revision
        OR (NEW.status IN ('accepted','returned') AND NEW.status IS DISTINCT FROM OLD.status) THEN
    RAISE EXCEPTION 'only the district accepts or returns a statistics report' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER stat_reports_guard BEFORE UPDATE ON stat_reports FOR EACH ROW EXECUTE FUNCTION stat_reports_guard();

-- The district's targets, as data (issue 8 item 3).
CREATE TABLE district_targets (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key            text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9_-]{2,64}$'),
  name_zh        text NOT NULL,
  name_en        text NOT NULL,
  metric         text NOT NULL,
  unit           text NOT NULL,
  baseline_year  integer NOT NULL,
  baseline_value numeric NOT NULL,
  target_year    integer NOT NULL CHECK (target_year > baseline_year),
  target_value   numeric NOT NULL,
  direction      text NOT NULL CHECK (direction IN ('increase','decrease')),
  source         text NOT NULL,
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);

-- Row-level security: an institution reads and writes its own reports; the district reads all and decides; targets
-- are read by every signed-in organisation and written by the district. Peer comparisons never read other
-- institutions' rows in a tenant session: they come from the definer function below, which returns only accepted
-- figures with the organisation replaced by its kind.
ALTER TABLE stat_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY stat_reports_read ON stat_reports FOR SELECT USING (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY stat_reports_insert ON stat_reports FOR INSERT WITH CHECK (
  org_id = greenfin_org() AND greenfin_is_institution() AND status = 'draft' AND accepted_revision IS NULL);
CREATE POLICY stat_reports_update ON stat_reports FOR UPDATE
  USING (org_id = greenfin_org() OR greenfin_is_district()) WITH CHECK (org_id = greenfin_org() OR greenfin_is_district());

ALTER TABLE stat_report_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY stat_report_values_read ON stat_report_values FOR SELECT USING (
  EXISTS (SELECT 1 FROM stat_reports r WHERE r.id = report_id));
CREATE POLICY stat_report_values_write ON stat_report_values FOR ALL
  USING (EXISTS (SELECT 1 FROM stat_reports r WHERE r.id = report_id AND r.org_id = greenfin_org()))
  WITH CHECK (EXISTS (SELECT 1 FROM stat_reports r WHERE r.id = report_id AND r.org_id = greenfin_org()));

ALTER TABLE stat_report_revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY stat_report_revisions_read ON stat_report_revisions FOR SELECT USING (
  EXISTS (SELECT 1 FROM stat_reports r WHERE r.id = report_id));
CREATE POLICY stat_report_revisions_insert ON stat_report_revisions FOR INSERT WITH CHECK (
  EXISTS (SELECT 1 FROM stat_reports r WHERE r.id = report_id AND r.org_id = greenfin_org())
  AND outcome IS NULL AND decided_at IS NULL AND decided_by IS NULL);
CREATE POLICY stat_report_revisions_decide ON stat_report_revisions FOR UPDATE
  USING (greenfin_is_district()) WITH CHECK (greenfin_is_district());

ALTER TABLE district_targets ENABLE ROW LEVEL SECURITY;
CREATE POLICY district_targets_read ON district_targets FOR SELECT USING (greenfin_org() IS NOT NULL);
CREATE POLICY district_targets_write ON district_targets FOR ALL
  USING (greenfin_is_district()) WITH CHECK (greenfin_is_district());

-- Accepted figures of every institution for a template and period range, the organisation replaced by an opaque
-- per-call key and its kind: what the institution view needs for district totals and anonymised peer quartiles.
CREATE FUNCTION stat_accepted_figures(tpl text, from_period text, to_period text)
  RETURNS TABLE (peer text, org_kind text, is_me boolean, period text, metric text, item text, value numeric)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT md5(r.org_id::text || tpl || from_period), o.kind, r.org_id = greenfin_org(), r.period, v.metric, v.item,
         v.value
    FROM stat_reports r
    JOIN organisations o ON o.id = r.org_id
    JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.accepted_revision
   WHERE r.template_ref = tpl AND r.period BETWEEN from_period AND to_period AND r.accepted_revision IS NOT NULL
     AND greenfin_org() IS NOT NULL
$$;
