-- The green-finance marketplace (issue 7, items 1–3): the institutions' product catalogue, the enterprises' financing
-- needs, and the institutions' claims on them with the service-level steps (respond, visit, decide). Matching, the
-- working-day calendar and the timers are pure (packages/domain/src/market-service/); the use-cases are in
-- packages/app/src/market/needs/. Amounts are yuan, rates percent a year, both numeric.
--
-- At most three institutions may claim one need, and this holds in the database, not only in the application.
-- Each need carries `claim_count`, kept by the trigger below and backed by CHECK (claim_count <= 3). A claim is
-- inserted only after ONE guarded statement on its need:
--     UPDATE financing_needs SET claim_count = claim_count + 1, status = 'claimed'
--      WHERE id = n AND claim_count < 3 AND status IN ('open','claimed')
-- Twenty transactions claiming the same need contend for that row's lock: each waits until the one ahead commits (or
-- rolls back), then PostgreSQL re-evaluates the WHERE on the row as committed (READ COMMITTED's re-check), so the
-- fourth finds claim_count = 3, matches nothing, and the trigger refuses its insert. Why this rather than
-- `SELECT count(*) … FOR UPDATE` over the claims: under row-level security an institution sees only its own claims, so
-- a count taken in its session would always say 0 or 1; and FOR UPDATE on the need would need UPDATE rights on an
-- enterprise's row, which an institution must not have. The trigger runs SECURITY DEFINER and counts through the one
-- column, and an institution learns only how many have claimed, never who. A claim refused later in the same
-- statement (UNIQUE (need_id, org_id): an institution claims once) rolls the count back with it. PGlite runs one
-- transaction at a time, so the statement holds there trivially; on PostgreSQL it holds under concurrency.

CREATE FUNCTION greenfin_is_institution() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(current_setting('greenfin.org_kind', true), '') IN ('bank','insurer','wealth_manager','fund_manager') $$;

-- A product version. A new version of a product (same org_id and product_key) is a new row; the old versions stay,
-- retired once a newer one is published.
CREATE TABLE market_products (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The institution offering it.
  org_id         uuid NOT NULL REFERENCES organisations(id),
  -- Stable across versions, chosen by the institution (e.g. "ccer-income-pledge").
  product_key    text NOT NULL CHECK (product_key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  version        integer NOT NULL CHECK (version >= 1),
  family         text NOT NULL CHECK (family IN ('green_credit','green_bond','wealth','insurance')),
  sub_type       text CHECK (sub_type IN ('carbon_quota_pledge','ccer_future_income_pledge','emission_right_pledge',
                                          'carbon_sink_pledge','carbon_neutral','blue','sustainability_linked',
                                          'carbon_disclosure_linked','transition','green','esg',
                                          'green_building_guarantee')),
  name_zh        text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 200),
  name_en        text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  description    text NOT NULL,
  -- ProductEligibilityRules of @greenfin/domain (checked with zod by the use-case).
  eligibility    jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(eligibility) = 'object'),
  -- Annual rate (loans, bonds, wealth) or premium rate (insurance), percent.
  rate_min       numeric CHECK (rate_min >= 0),
  rate_max       numeric CHECK (rate_max >= 0),
  status         text NOT NULL CHECK (status IN ('draft','published','retired')),
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL,
  published_at   timestamptz,
  retired_at     timestamptz,
  UNIQUE (org_id, product_key, version),
  CHECK ((rate_min IS NULL) = (rate_max IS NULL) AND (rate_min IS NULL OR rate_min <= rate_max)),
  CHECK (status = 'draft' OR published_at IS NOT NULL),
  CHECK ((status = 'retired') = (retired_at IS NOT NULL))
);
-- At most one published version of a product at a time.
CREATE UNIQUE INDEX market_products_one_published ON market_products (org_id, product_key) WHERE status = 'published';
CREATE INDEX market_products_status_idx ON market_products (status, family);

CREATE TABLE financing_needs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The enterprise that needs the money.
  org_id          uuid NOT NULL REFERENCES organisations(id),
  amount          numeric NOT NULL CHECK (amount > 0 AND scale(amount) <= 2),
  tenor_months    integer NOT NULL CHECK (tenor_months BETWEEN 1 AND 600),
  purpose         text NOT NULL CHECK (purpose IN ('project-investment','technical-retrofit','working-capital',
                                                   'refinancing')),
  description     text NOT NULL DEFAULT '',
  -- The enterprise's own certified project it finances (checked by the use-case and by the trigger below).
  project_id      uuid REFERENCES green_projects(id),
  -- CollateralKind[] of @greenfin/domain; [] offers none (unsecured).
  collateral      jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(collateral) = 'array'),
  -- Consents to share the ESG grade and the carbon-efficiency grade with responding institutions.
  consent_esg     boolean NOT NULL DEFAULT false,
  consent_carbon  boolean NOT NULL DEFAULT false,
  status          text NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open','claimed','offer_chosen','funded','declined','withdrawn','expired')),
  posted_by       uuid REFERENCES users(id),
  posted_at       timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  -- Claims so far, kept by need_claims_reserve(): never more than three.
  claim_count     integer NOT NULL DEFAULT 0 CHECK (claim_count >= 0 AND claim_count <= 3)
);
CREATE INDEX financing_needs_org_idx ON financing_needs (org_id, posted_at DESC);
CREATE INDEX financing_needs_status_idx ON financing_needs (status, posted_at DESC);

CREATE TABLE need_claims (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  need_id           uuid NOT NULL REFERENCES financing_needs(id),
  -- The claiming institution, and (copied from the need by the trigger) the enterprise, so that the read policy
  -- never has to look at financing_needs, whose own policy looks here.
  org_id            uuid NOT NULL REFERENCES organisations(id),
  enterprise_org_id uuid NOT NULL REFERENCES organisations(id),
  -- The product the institution offers through this claim (optional).
  product_id        uuid REFERENCES market_products(id),
  claimed_by        uuid REFERENCES users(id),
  claimed_at        timestamptz NOT NULL,
  responded_at      timestamptz,
  visited_at        timestamptz,
  decided_at        timestamptz,
  decision          text CHECK (decision IN ('approved','declined')),
  approved_amount   numeric CHECK (approved_amount > 0 AND scale(approved_amount) <= 2),
  rate              numeric CHECK (rate >= 0),
  reasons           text,
  offer_chosen      boolean NOT NULL DEFAULT false,
  chosen_at         timestamptz,
  UNIQUE (need_id, org_id),
  -- Each step after the previous one.
  CHECK (responded_at IS NULL OR responded_at >= claimed_at),
  CHECK (visited_at IS NULL OR (responded_at IS NOT NULL AND visited_at >= responded_at)),
  CHECK (decided_at IS NULL OR (visited_at IS NOT NULL AND decided_at >= visited_at)),
  CHECK ((decision IS NULL) = (decided_at IS NULL)),
  CHECK (decision IS DISTINCT FROM 'approved' OR (approved_amount IS NOT NULL AND rate IS NOT NULL)),
  CHECK (decision IS DISTINCT FROM 'declined' OR (approved_amount IS NULL AND reasons IS NOT NULL)),
  CHECK (NOT offer_chosen OR (decision = 'approved' AND chosen_at IS NOT NULL))
);
CREATE INDEX need_claims_org_idx ON need_claims (org_id, claimed_at DESC);
CREATE INDEX need_claims_enterprise_idx ON need_claims (enterprise_org_id, claimed_at DESC);
-- The enterprise chooses one offer per need.
CREATE UNIQUE INDEX need_claims_one_chosen ON need_claims (need_id) WHERE offer_chosen;

-- A need's project is the enterprise's own certified project (the use-case checks first, for a clear answer).
CREATE FUNCTION financing_needs_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  IF NEW.project_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.project_id IS DISTINCT FROM OLD.project_id) THEN
    IF NOT EXISTS (SELECT 1 FROM green_projects g WHERE g.id = NEW.project_id AND g.org_id = NEW.org_id
                      AND g.status = 'certified') THEN
      RAISE EXCEPTION 'a need''s project must be its enterprise''s own certified project' USING ERRCODE = '23514';
    END IF;
  END IF;
  -- The count is the claims trigger's (one level down); in a tenant session nobody sets it directly.
  IF TG_OP = 'INSERT' AND NEW.claim_count <> 0 THEN
    RAISE EXCEPTION 'a need is posted with no claims' USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.claim_count <> OLD.claim_count AND pg_trigger_depth() < 2
     AND greenfin_org() IS NOT NULL THEN
    RAISE EXCEPTION 'claim_count is kept by the claims trigger' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER financing_needs_guard BEFORE INSERT OR UPDATE ON financing_needs
  FOR EACH ROW EXECUTE FUNCTION financing_needs_guard();

-- The three-claimant limit (see the top of this file), and what may change on a claim afterwards.
CREATE FUNCTION need_claims_reserve() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  n financing_needs%ROWTYPE;
  me uuid := greenfin_org();
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.need_id <> OLD.need_id OR NEW.org_id <> OLD.org_id OR NEW.enterprise_org_id <> OLD.enterprise_org_id
       OR NEW.claimed_at <> OLD.claimed_at THEN
      RAISE EXCEPTION 'a claim''s need, parties and claim time cannot change' USING ERRCODE = '23514';
    END IF;
    IF (OLD.responded_at IS NOT NULL AND NEW.responded_at IS DISTINCT FROM OLD.responded_at)
       OR (OLD.visited_at IS NOT NULL AND NEW.visited_at IS DISTINCT FROM OLD.visited_at)
       OR (OLD.decided_at IS NOT NULL AND (NEW.decided_at IS DISTINCT FROM OLD.decided_at
            OR NEW.decision IS DISTINCT FROM OLD.decision OR NEW.approved_amount IS DISTINCT FROM OLD.approved_amount
            OR NEW.rate IS DISTINCT FROM OLD.rate)) THEN
      RAISE EXCEPTION 'a recorded service step cannot change' USING ERRCODE = '23514';
    END IF;
    -- In a tenant session the enterprise only chooses an offer, and the institution never does.
    IF me IS NOT NULL AND me = OLD.enterprise_org_id AND me <> OLD.org_id AND (
         NEW.responded_at IS DISTINCT FROM OLD.responded_at OR NEW.visited_at IS DISTINCT FROM OLD.visited_at
         OR NEW.decided_at IS DISTINCT FROM OLD.decided_at OR NEW.decision IS DISTINCT FROM OLD.decision
         OR NEW.approved_amount IS DISTINCT FROM OLD.approved_amount OR NEW.rate IS DISTINCT FROM OLD.rate
         OR NEW.reasons IS DISTINCT FROM OLD.reasons OR NEW.product_id IS DISTINCT FROM OLD.product_id) THEN
      RAISE EXCEPTION 'an enterprise only chooses an offer' USING ERRCODE = '23514';
    END IF;
    IF me IS NOT NULL AND me = OLD.org_id AND me <> OLD.enterprise_org_id
       AND (NEW.offer_chosen IS DISTINCT FROM OLD.offer_chosen OR NEW.chosen_at IS DISTINCT FROM OLD.chosen_at) THEN
      RAISE EXCEPTION 'only the enterprise chooses an offer' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  -- INSERT: one guarded UPDATE decides.
  UPDATE financing_needs SET claim_count = claim_count + 1, status = 'claimed', updated_at = NEW.claimed_at
   WHERE id = NEW.need_id AND claim_count < 3 AND status IN ('open','claimed')
   RETURNING * INTO n;
  IF NOT FOUND THEN
    SELECT * INTO n FROM financing_needs WHERE id = NEW.need_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no financing need %', NEW.need_id USING ERRCODE = '23503';
    END IF;
    RAISE EXCEPTION 'financing need % already has three claimants or is no longer open', NEW.need_id
      USING ERRCODE = '23514', CONSTRAINT = 'need_claims_three_claimants',
            DETAIL = json_build_object('claimCount', n.claim_count, 'status', n.status)::text;
  END IF;
  IF NEW.responded_at IS NOT NULL OR NEW.visited_at IS NOT NULL OR NEW.decided_at IS NOT NULL OR NEW.offer_chosen THEN
    RAISE EXCEPTION 'a claim starts with no step recorded' USING ERRCODE = '23514';
  END IF;
  NEW.enterprise_org_id := n.org_id;
  RETURN NEW;
END $$;
CREATE TRIGGER need_claims_reserve BEFORE INSERT OR UPDATE ON need_claims
  FOR EACH ROW EXECUTE FUNCTION need_claims_reserve();

-- The grades a need's enterprise agreed to share, for matching: the ESG grade of its latest published enterprise
-- rating (an approved override's grade when there is one) when consent_esg, and its latest carbon-efficiency grade
-- when consent_carbon; NULL when not shared or not available. SECURITY DEFINER because an institution may not read
-- ratings or carbon grades row by row: the need's consent opens exactly these two values, to whoever may see the need.
CREATE FUNCTION market_need_shared_grades(need uuid)
  RETURNS TABLE (esg_grade text, carbon_grade integer) LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT
    CASE WHEN n.consent_esg THEN (
      SELECT coalesce(o.to_grade, res.grade)
        FROM rating_results res
        JOIN rating_runs r ON r.id = res.run_id AND r.status = 'published' AND r.entity_kind = 'enterprise'
        LEFT JOIN rating_overrides o ON o.result_id = res.id AND o.status = 'approved'
       WHERE res.org_id = n.org_id
       ORDER BY r.period_year DESC, r.published_at DESC LIMIT 1) END,
    CASE WHEN n.consent_carbon THEN (
      SELECT g.grade FROM carbon_grades g JOIN carbon_grade_batches b ON b.id = g.batch_id
       WHERE g.org_id = n.org_id ORDER BY b.year DESC, b.created_at DESC LIMIT 1) END
    FROM financing_needs n
   WHERE n.id = need
     AND (greenfin_org() IS NULL OR n.org_id = greenfin_org() OR greenfin_is_district()
          OR (greenfin_is_institution() AND (n.status IN ('open','claimed')
              OR EXISTS (SELECT 1 FROM need_claims c WHERE c.need_id = n.id AND c.org_id = greenfin_org()))))
$$;

-- Row-level security (see 0002), the second wall behind packages/app/src/market/needs/need-access.ts.
-- Products: every signed-in organisation reads a product once published (retired versions too: offers cite them);
-- the institution reads its drafts and writes its own products.
ALTER TABLE market_products ENABLE ROW LEVEL SECURITY;
CREATE POLICY market_products_read ON market_products FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district() OR (greenfin_org() IS NOT NULL AND published_at IS NOT NULL));
CREATE POLICY market_products_insert ON market_products FOR INSERT WITH CHECK (
  org_id = greenfin_org() AND greenfin_is_institution());
CREATE POLICY market_products_update ON market_products FOR UPDATE
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

-- Needs: the enterprise reads and writes its own; institutions read open and claimed needs (the broadcast) and any
-- need they claimed; the district reads all.
ALTER TABLE financing_needs ENABLE ROW LEVEL SECURITY;
CREATE POLICY financing_needs_read ON financing_needs FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district()
  OR (greenfin_is_institution() AND (status IN ('open','claimed')
      OR EXISTS (SELECT 1 FROM need_claims c WHERE c.need_id = financing_needs.id AND c.org_id = greenfin_org()))));
CREATE POLICY financing_needs_insert ON financing_needs FOR INSERT WITH CHECK (
  org_id = greenfin_org() AND greenfin_org_kind() = 'enterprise');
CREATE POLICY financing_needs_update ON financing_needs FOR UPDATE
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

-- Claims never look at financing_needs (whose policy looks at need_claims): no recursion. The institution reads and
-- writes its own claims; the enterprise reads the claims on its needs and updates them only to choose an offer (the
-- trigger holds that line); the district reads all.
ALTER TABLE need_claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY need_claims_read ON need_claims FOR SELECT USING (
  org_id = greenfin_org() OR enterprise_org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY need_claims_insert ON need_claims FOR INSERT WITH CHECK (
  org_id = greenfin_org() AND greenfin_is_institution());
CREATE POLICY need_claims_update ON need_claims FOR UPDATE
  USING (org_id = greenfin_org() OR enterprise_org_id = greenfin_org())
  WITH CHECK (org_id = greenfin_org() OR enterprise_org_id = greenfin_org());
