-- The green project library (packages/contracts/src/green-projects.ts): projects submitted for green identification,
-- the classifier's proposal kept with each (re)submission, reviewers' certification, documents, yearly benefit
-- reports, reviewers' corrections that teach the classifier, and the green financings (loans, bonds, insurance)
-- institutions label and link to certified projects. Amounts are numeric yuan; computed results are JSON text with
-- the method set's version and hash inside.

CREATE SEQUENCE green_project_ref_seq;

CREATE TABLE green_projects (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- e.g. GP-2026-000042: what people quote on the phone and on certificates.
  ref_no               text NOT NULL UNIQUE,
  -- The enterprise whose project it is.
  org_id               uuid NOT NULL REFERENCES organisations(id),
  -- Who entered it: the owner itself, or an institution on its behalf.
  submitted_by_org_id  uuid NOT NULL REFERENCES organisations(id),
  submitted_by         uuid REFERENCES users(id),
  name                 text NOT NULL,
  description          text NOT NULL,
  area                 text NOT NULL,
  address              text,
  industry_code        text NOT NULL,
  declared_category    text,
  total_investment     numeric NOT NULL CHECK (total_investment >= 0),
  financing_need       numeric NOT NULL CHECK (financing_need >= 0),
  start_year           integer,
  operation_year       integer,
  eia_status           text NOT NULL CHECK (eia_status IN ('approved','filed','pending','exempt')),
  parameters           jsonb NOT NULL DEFAULT '[]',
  expected_benefits    jsonb NOT NULL DEFAULT '[]',
  -- The BenefitReport computed from expected_benefits (null when none stated); its CO2 total for sorting and sums.
  expected_result      text,
  expected_co2_t       numeric,
  -- The classifier's answer at the latest (re)submission, its versions and the top proposal's code.
  classification       text NOT NULL,
  classifier_catalogue text NOT NULL,
  classifier_vocabulary text NOT NULL,
  fingerprint          text NOT NULL,
  proposed_category    text,
  proposed_confidence  numeric,
  proposed_blue        boolean NOT NULL DEFAULT false,
  proposed_transition  boolean NOT NULL DEFAULT false,
  status               text NOT NULL CHECK (status IN ('submitted','returned','certified','rejected','withdrawn')),
  return_note          text,
  -- Certification (set once, when certified).
  certificate_no       text UNIQUE,
  certified_category   text,
  certified_blue       boolean,
  certified_transition boolean,
  evidence_note        text,
  conditions           text,
  agreed_with_classifier boolean,
  certified_by         uuid REFERENCES users(id),
  certifier_org_id     uuid REFERENCES organisations(id),
  certified_at         timestamptz,
  -- Sum and count of every institution's financings linked to the project, kept by a trigger on green_financings:
  -- every reader of the library sees that (and how much) a project is financed, not by whom or on what terms.
  financed_amount      numeric NOT NULL DEFAULT 0,
  financing_count      integer NOT NULL DEFAULT 0,
  submitted_at         timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  CHECK (status <> 'certified' OR (certified_category IS NOT NULL AND certified_at IS NOT NULL))
);
CREATE INDEX green_projects_org_idx ON green_projects (org_id, updated_at DESC);
CREATE INDEX green_projects_status_idx ON green_projects (status, updated_at DESC);
CREATE INDEX green_projects_category_idx ON green_projects (coalesce(certified_category, proposed_category) text_pattern_ops);

-- The project's history, in order: what happened, who did it, and the note they left.
CREATE TABLE green_project_events (
  id          bigserial PRIMARY KEY,
  project_id  uuid NOT NULL REFERENCES green_projects(id),
  org_id      uuid NOT NULL,
  action      text NOT NULL,
  at          timestamptz NOT NULL,
  actor_user  uuid REFERENCES users(id),
  actor_org   uuid REFERENCES organisations(id),
  note        text,
  details     jsonb
);
CREATE INDEX green_project_events_project_idx ON green_project_events (project_id, id);

-- Documents (feasibility study, EIA approval, energy assessment …): content in evidence_blobs (0003), by SHA-256.
CREATE TABLE green_project_documents (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id   uuid NOT NULL REFERENCES green_projects(id),
  org_id       uuid NOT NULL,
  sha256       text NOT NULL REFERENCES evidence_blobs(sha256),
  file_name    text NOT NULL,
  media_type   text NOT NULL,
  size_bytes   integer NOT NULL,
  uploaded_by  uuid REFERENCES users(id),
  uploaded_at  timestamptz NOT NULL
);
CREATE INDEX green_project_documents_project_idx ON green_project_documents (project_id);

-- Actual benefits reported for a year. A correction is a new revision; the latest revision of a year counts.
CREATE TABLE green_benefit_reports (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id   uuid NOT NULL REFERENCES green_projects(id),
  org_id       uuid NOT NULL,
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  revision     integer NOT NULL DEFAULT 1,
  lines        jsonb NOT NULL,
  result       text NOT NULL,
  co2_t        numeric,
  note         text,
  reported_by  uuid REFERENCES users(id),
  reported_at  timestamptz NOT NULL,
  UNIQUE (project_id, year, revision)
);

-- Reviewers' corrections (the domain's GreenCorrection): read by every classification after they are made.
CREATE TABLE green_classifier_corrections (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id   uuid REFERENCES green_projects(id),
  match_kind   text NOT NULL CHECK (match_kind IN ('term','fingerprint')),
  match_value  text NOT NULL,
  code         text NOT NULL,
  action       text NOT NULL CHECK (action IN ('add','remove')),
  weight       numeric,
  note         text,
  reviewer     uuid NOT NULL REFERENCES users(id),
  reviewer_org uuid NOT NULL REFERENCES organisations(id),
  created_at   timestamptz NOT NULL
);

-- Loans, bonds and insurance in institutions' books, labelled green by catalogue category and use of proceeds.
CREATE TABLE green_financings (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL REFERENCES organisations(id),
  instrument      text NOT NULL CHECK (instrument IN ('loan','bond','insurance')),
  reference       text NOT NULL,
  project_id      uuid REFERENCES green_projects(id),
  borrower_org_id uuid REFERENCES organisations(id),
  borrower_name   text NOT NULL,
  amount          numeric NOT NULL CHECK (amount > 0),
  outstanding     numeric NOT NULL CHECK (outstanding >= 0),
  start_date      date NOT NULL,
  maturity_date   date,
  category_code   text,
  use_of_proceeds text NOT NULL,
  industry_code   text,
  rate_percent    numeric,
  created_by      uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL,
  labelled_by     uuid REFERENCES users(id),
  labelled_at     timestamptz NOT NULL,
  UNIQUE (org_id, instrument, reference),
  CHECK (maturity_date IS NULL OR maturity_date >= start_date)
);
CREATE INDEX green_financings_project_idx ON green_financings (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX green_financings_org_idx ON green_financings (org_id, start_date DESC);

-- Keeps green_projects.financed_amount / financing_count. SECURITY DEFINER: an institution links a loan to a project it
-- does not own, and row-level security would hide the project row from its UPDATE.
CREATE FUNCTION green_projects_refresh_financed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    ids := ARRAY[OLD.project_id];
  ELSIF TG_OP = 'UPDATE' THEN
    ids := ARRAY[OLD.project_id, NEW.project_id];
  ELSE
    ids := ARRAY[NEW.project_id];
  END IF;
  UPDATE green_projects g
     SET financed_amount = coalesce((SELECT sum(f.amount) FROM green_financings f WHERE f.project_id = g.id), 0),
         financing_count = (SELECT count(*) FROM green_financings f WHERE f.project_id = g.id)
   WHERE g.id = ANY (ids);
  RETURN NULL;
END $$;
CREATE TRIGGER green_financings_refresh_financed AFTER INSERT OR UPDATE OR DELETE ON green_financings
  FOR EACH ROW EXECUTE FUNCTION green_projects_refresh_financed();

-- Row-level security, behind packages/app/src/green/projects/project-access.ts. A project is seen by its owner and
-- its submitter; by the district and verification bodies (the reviewers) once submitted; by financial institutions
-- once certified (the library).
ALTER TABLE green_projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY green_projects_read ON green_projects FOR SELECT USING (
  org_id = greenfin_org() OR submitted_by_org_id = greenfin_org() OR greenfin_is_district()
  OR greenfin_org_kind() = 'verifier'
  OR (status = 'certified' AND greenfin_org_kind() IN ('bank','insurer','wealth_manager','fund_manager')));
CREATE POLICY green_projects_insert ON green_projects FOR INSERT WITH CHECK (submitted_by_org_id = greenfin_org());
CREATE POLICY green_projects_update ON green_projects FOR UPDATE USING (
  org_id = greenfin_org() OR submitted_by_org_id = greenfin_org() OR greenfin_is_district()
  OR greenfin_org_kind() = 'verifier');

ALTER TABLE green_project_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY green_project_events_read ON green_project_events FOR SELECT
  USING (EXISTS (SELECT 1 FROM green_projects p WHERE p.id = project_id));
CREATE POLICY green_project_events_insert ON green_project_events FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM green_projects p WHERE p.id = project_id));

ALTER TABLE green_project_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY green_project_documents_read ON green_project_documents FOR SELECT
  USING (EXISTS (SELECT 1 FROM green_projects p WHERE p.id = project_id));
CREATE POLICY green_project_documents_insert ON green_project_documents FOR INSERT
  WITH CHECK (org_id = greenfin_org() OR EXISTS (SELECT 1 FROM green_projects p WHERE p.id = project_id
                                                   AND p.submitted_by_org_id = greenfin_org()));
-- A document's content is readable by whoever may read the document.
CREATE POLICY evidence_blobs_read_project_documents ON evidence_blobs FOR SELECT
  USING (EXISTS (SELECT 1 FROM green_project_documents d WHERE d.sha256 = evidence_blobs.sha256));

ALTER TABLE green_benefit_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY green_benefit_reports_read ON green_benefit_reports FOR SELECT
  USING (EXISTS (SELECT 1 FROM green_projects p WHERE p.id = project_id));
CREATE POLICY green_benefit_reports_insert ON green_benefit_reports FOR INSERT WITH CHECK (org_id = greenfin_org());

-- Corrections are written by reviewers (district, verifiers) and read by every classification, whoever asks: they
-- hold catalogue knowledge (a term, or a text's hash, and a category), no organisation's data.
ALTER TABLE green_classifier_corrections ENABLE ROW LEVEL SECURITY;
CREATE POLICY green_classifier_corrections_read ON green_classifier_corrections FOR SELECT USING (true);
CREATE POLICY green_classifier_corrections_insert ON green_classifier_corrections FOR INSERT
  WITH CHECK (reviewer_org = greenfin_org() AND (greenfin_is_district() OR greenfin_org_kind() = 'verifier'));

-- An institution reads and writes its own financings; the district reads all; a project's owner reads those
-- linked to its projects.
ALTER TABLE green_financings ENABLE ROW LEVEL SECURITY;
CREATE POLICY green_financings_read ON green_financings FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district()
  OR (project_id IS NOT NULL AND EXISTS (SELECT 1 FROM green_projects p WHERE p.id = project_id
                                           AND (p.org_id = greenfin_org() OR p.submitted_by_org_id = greenfin_org()))));
CREATE POLICY green_financings_insert ON green_financings FOR INSERT WITH CHECK (org_id = greenfin_org());
CREATE POLICY green_financings_update ON green_financings FOR UPDATE
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());
