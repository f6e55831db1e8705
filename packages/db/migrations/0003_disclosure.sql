-- ESG disclosure: one disclosure per organisation, reporting year and template kind; its working draft of values;
-- immutable submitted revisions with the reviewer's decision and per-indicator comments; intake batches (which
-- make the bulk API idempotent and record every file imported); content-addressed evidence; and the links between
-- a fund manager and its portfolio companies.

CREATE TABLE disclosures (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations(id),
  entity_kind        text NOT NULL CHECK (entity_kind IN ('enterprise','financial_institution','fund_manager','portfolio_company')),
  -- Who reviews it: the district, or for a portfolio company the fund manager that invited it.
  reviewer_org_id    uuid NOT NULL REFERENCES organisations(id),
  period_year        integer NOT NULL CHECK (period_year BETWEEN 2000 AND 2100),
  period_start       date NOT NULL,
  period_end         date NOT NULL CHECK (period_end > period_start),
  frameworks         text[] NOT NULL CHECK (cardinality(frameworks) >= 1),
  catalogue_version  text NOT NULL,
  status             text NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft','submitted','in_review','returned','accepted','published')),
  revision           integer NOT NULL DEFAULT 0,
  first_submitted_at timestamptz,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, period_year, entity_kind, reviewer_org_id)
);
CREATE INDEX disclosures_reviewer_idx ON disclosures (reviewer_org_id, status);

-- The working draft: one row per indicator and breakdown ("" = total).
CREATE TABLE disclosure_values (
  disclosure_id        uuid NOT NULL REFERENCES disclosures(id) ON DELETE CASCADE,
  org_id               uuid NOT NULL REFERENCES organisations(id),
  indicator_id         text NOT NULL,
  dimension            text NOT NULL DEFAULT '',
  payload              jsonb,
  canonical_value      numeric,
  canonical_unit       text,
  not_disclosed_reason text,
  location             jsonb NOT NULL,
  updated_by           uuid REFERENCES users(id),
  updated_at           timestamptz NOT NULL,
  PRIMARY KEY (disclosure_id, indicator_id, dimension),
  CHECK (payload IS NOT NULL OR not_disclosed_reason IS NOT NULL)
);

-- What was submitted, frozen: the values, their hash, completeness and warnings at that moment.
CREATE TABLE disclosure_revisions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  disclosure_id   uuid NOT NULL REFERENCES disclosures(id),
  org_id          uuid NOT NULL REFERENCES organisations(id),
  revision        integer NOT NULL CHECK (revision >= 1),
  submitted_values jsonb NOT NULL,
  values_hash     text NOT NULL,
  completeness    jsonb NOT NULL,
  warnings        jsonb NOT NULL,
  submitted_by    uuid REFERENCES users(id),
  submitted_at    timestamptz NOT NULL,
  outcome         text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','returned','accepted')),
  decided_by      uuid REFERENCES users(id),
  decided_at      timestamptz,
  decision_note   text,
  UNIQUE (disclosure_id, revision)
);

-- A revision's content never changes and a revision is never deleted; only its outcome is decided, once.
CREATE FUNCTION disclosure_revision_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'disclosure revisions are never deleted';
  END IF;
  IF NEW.submitted_values IS DISTINCT FROM OLD.submitted_values OR NEW.values_hash IS DISTINCT FROM OLD.values_hash
     OR NEW.revision IS DISTINCT FROM OLD.revision OR NEW.disclosure_id IS DISTINCT FROM OLD.disclosure_id
     OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at OR NEW.completeness IS DISTINCT FROM OLD.completeness THEN
    RAISE EXCEPTION 'a submitted disclosure revision is immutable';
  END IF;
  IF OLD.outcome <> 'pending' AND NEW.outcome IS DISTINCT FROM OLD.outcome THEN
    RAISE EXCEPTION 'a disclosure revision is decided only once';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER disclosure_revisions_immutable BEFORE UPDATE OR DELETE ON disclosure_revisions
  FOR EACH ROW EXECUTE FUNCTION disclosure_revision_guard();

CREATE TABLE disclosure_review_comments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  revision_id     uuid NOT NULL REFERENCES disclosure_revisions(id),
  disclosure_id   uuid NOT NULL REFERENCES disclosures(id),
  org_id          uuid NOT NULL REFERENCES organisations(id),
  reviewer_org_id uuid NOT NULL REFERENCES organisations(id),
  indicator_id    text NOT NULL,
  dimension       text NOT NULL DEFAULT '',
  comment         text NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000),
  author_id       uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL
);
CREATE INDEX disclosure_review_comments_disclosure_idx ON disclosure_review_comments (disclosure_id);

-- Every intake (form save, workbook, CSV, API call). A client key makes a bulk API call safe to repeat.
CREATE TABLE disclosure_intakes (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  disclosure_id   uuid NOT NULL REFERENCES disclosures(id) ON DELETE CASCADE,
  org_id          uuid NOT NULL REFERENCES organisations(id),
  channel         text NOT NULL CHECK (channel IN ('form','xlsx','csv','api')),
  idempotency_key text,
  request_hash    text NOT NULL,
  file_name       text,
  value_count     integer NOT NULL,
  result          jsonb NOT NULL,
  created_by      uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX disclosure_intakes_key_idx ON disclosure_intakes (org_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Evidence files are stored once per content (sha256) and linked to indicators.
CREATE TABLE evidence_blobs (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes  integer NOT NULL CHECK (size_bytes > 0),
  media_type  text NOT NULL,
  content     bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE evidence_files (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  disclosure_id uuid NOT NULL REFERENCES disclosures(id),
  org_id        uuid NOT NULL REFERENCES organisations(id),
  indicator_id  text NOT NULL,
  sha256        text NOT NULL REFERENCES evidence_blobs(sha256),
  file_name     text NOT NULL,
  media_type    text NOT NULL,
  size_bytes    integer NOT NULL,
  uploaded_by   uuid REFERENCES users(id),
  uploaded_at   timestamptz NOT NULL,
  removed_at    timestamptz
);
CREATE INDEX evidence_files_disclosure_idx ON evidence_files (disclosure_id, indicator_id);

-- A fund manager's portfolio: it invites a company, the company accepts, then fills the portfolio template.
CREATE TABLE portfolio_links (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  manager_org_id       uuid NOT NULL REFERENCES organisations(id),
  company_org_id       uuid NOT NULL REFERENCES organisations(id),
  fund_name            text NOT NULL,
  ownership_pct        numeric(7,4) NOT NULL CHECK (ownership_pct > 0 AND ownership_pct <= 100),
  invested_cny         numeric(20,2) NOT NULL CHECK (invested_cny >= 0),
  status               text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','active','declined','ended')),
  invited_by           uuid REFERENCES users(id),
  invited_at           timestamptz NOT NULL,
  responded_at         timestamptz,
  UNIQUE (manager_org_id, company_org_id, fund_name),
  CHECK (manager_org_id <> company_org_id)
);
CREATE INDEX portfolio_links_company_idx ON portfolio_links (company_org_id);

-- Row-level security (see 0002): the owner; the reviewer (the district, or a fund manager for its portfolio
-- companies) once something was submitted; a
-- consent-grant holder for accepted or published disclosures. The application decides the same in
-- packages/app/src/access/tenancy.ts and the disclosure access module; these policies are the second wall.
CREATE FUNCTION greenfin_disclosure_visible(d disclosures) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT d.org_id = greenfin_org()
      OR (d.first_submitted_at IS NOT NULL AND d.reviewer_org_id = greenfin_org())
      OR (d.status IN ('accepted','published') AND EXISTS (
            SELECT 1 FROM consent_grants g WHERE g.grantor_org_id = d.org_id AND g.grantee_org_id = greenfin_org()
               AND g.scope = 'disclosures' AND g.revoked_at IS NULL))
$$;

ALTER TABLE disclosures ENABLE ROW LEVEL SECURITY;
CREATE POLICY disclosures_read ON disclosures FOR SELECT USING (greenfin_disclosure_visible(disclosures));
CREATE POLICY disclosures_insert ON disclosures FOR INSERT WITH CHECK (org_id = greenfin_org());
CREATE POLICY disclosures_update ON disclosures FOR UPDATE
  USING (org_id = greenfin_org() OR (first_submitted_at IS NOT NULL AND reviewer_org_id = greenfin_org()));

ALTER TABLE disclosure_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY disclosure_values_own ON disclosure_values
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

ALTER TABLE disclosure_revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY disclosure_revisions_read ON disclosure_revisions FOR SELECT
  USING (EXISTS (SELECT 1 FROM disclosures d WHERE d.id = disclosure_id));
CREATE POLICY disclosure_revisions_insert ON disclosure_revisions FOR INSERT WITH CHECK (org_id = greenfin_org());
CREATE POLICY disclosure_revisions_decide ON disclosure_revisions FOR UPDATE
  USING (EXISTS (SELECT 1 FROM disclosures d WHERE d.id = disclosure_id AND d.reviewer_org_id = greenfin_org()));

ALTER TABLE disclosure_review_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY disclosure_review_comments_read ON disclosure_review_comments FOR SELECT
  USING (org_id = greenfin_org() OR reviewer_org_id = greenfin_org());
CREATE POLICY disclosure_review_comments_write ON disclosure_review_comments FOR INSERT
  WITH CHECK (reviewer_org_id = greenfin_org());

ALTER TABLE disclosure_intakes ENABLE ROW LEVEL SECURITY;
CREATE POLICY disclosure_intakes_own ON disclosure_intakes
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

ALTER TABLE evidence_files ENABLE ROW LEVEL SECURITY;
CREATE POLICY evidence_files_read ON evidence_files FOR SELECT
  USING (EXISTS (SELECT 1 FROM disclosures d WHERE d.id = disclosure_id));
CREATE POLICY evidence_files_write ON evidence_files FOR INSERT WITH CHECK (org_id = greenfin_org());
CREATE POLICY evidence_files_remove ON evidence_files FOR UPDATE
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

-- A blob is readable through a file the reader may see. Tenants add blobs only through this function, which checks
-- that the address is the content's SHA-256 and stores each content once, whoever uploads it.
ALTER TABLE evidence_blobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY evidence_blobs_read ON evidence_blobs FOR SELECT
  USING (EXISTS (SELECT 1 FROM evidence_files f WHERE f.sha256 = evidence_blobs.sha256));
CREATE FUNCTION greenfin_store_evidence_blob(p_sha256 text, p_media_type text, p_content bytea) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF encode(sha256(p_content), 'hex') <> p_sha256 THEN
    RAISE EXCEPTION 'evidence address % is not the SHA-256 of its content', p_sha256;
  END IF;
  INSERT INTO evidence_blobs (sha256, size_bytes, media_type, content)
  VALUES (p_sha256, length(p_content), p_media_type, p_content) ON CONFLICT (sha256) DO NOTHING;
END $$;

ALTER TABLE portfolio_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY portfolio_links_read ON portfolio_links FOR SELECT
  USING (manager_org_id = greenfin_org() OR company_org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY portfolio_links_invite ON portfolio_links FOR INSERT WITH CHECK (manager_org_id = greenfin_org());
CREATE POLICY portfolio_links_update ON portfolio_links FOR UPDATE
  USING (manager_org_id = greenfin_org() OR company_org_id = greenfin_org());
