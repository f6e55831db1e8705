-- The marketplace's lifecycle (issue 7, items 1, 3 and 5): a need goes only to the institutions with an eligible
-- product (the broadcast), ends funded, declined, withdrawn or expired, and each offer keeps the price it was made at.
-- Use-cases: packages/app/src/market/needs/; the reminders and the expiry are one background job
-- (packages/app/src/market/needs/service-reminders-job.ts).

-- A product names its linked-pricing table in the versioned reference set ("market-pricing@2026.1#ccer-future-income-pledge");
-- the table itself is reference data, so a price can be re-made from the reference version it names.
ALTER TABLE market_products ADD COLUMN pricing_ref text
  CHECK (pricing_ref IS NULL OR pricing_ref ~ '^[a-z0-9-]+@[0-9.]+#[a-z0-9-]+$');

-- The broadcast: which institutions a need went to when it was posted, and through which of their products. An
-- institution sees an open need only when it is here (or when it claimed it), and may claim only then.
CREATE TABLE need_broadcasts (
  need_id      uuid NOT NULL REFERENCES financing_needs(id),
  org_id       uuid NOT NULL REFERENCES organisations(id),
  -- The institution's published products the need matched at posting time.
  product_ids  uuid[] NOT NULL CHECK (cardinality(product_ids) >= 1),
  broadcast_at timestamptz NOT NULL,
  PRIMARY KEY (need_id, org_id)
);
CREATE INDEX need_broadcasts_org_idx ON need_broadcasts (org_id, broadcast_at DESC);

ALTER TABLE financing_needs
  ADD COLUMN broadcast_count integer NOT NULL DEFAULT 0 CHECK (broadcast_count >= 0),
  -- When and why a need ended (funded, declined, withdrawn, expired).
  -- When the enterprise chose an offer: the other claimants' timers stop there.
  ADD COLUMN offer_chosen_at timestamptz,
  ADD COLUMN closed_at    timestamptz,
  ADD COLUMN close_reason text,
  ADD CONSTRAINT financing_needs_closed CHECK (
    (status IN ('funded','declined','withdrawn','expired')) = (closed_at IS NOT NULL));

-- The offer's price and the funding. `price_basis` is the linked price the product's table gave for this enterprise
-- at decision time (canonical JSON with the domain's trace), kept even when the institution offered another rate.
ALTER TABLE need_claims
  ADD COLUMN price_basis    jsonb,
  ADD COLUMN funded_at      timestamptz,
  ADD COLUMN funded_amount  numeric CHECK (funded_amount > 0 AND scale(funded_amount) <= 2),
  ADD COLUMN loan_reference text CHECK (loan_reference IS NULL OR length(loan_reference) BETWEEN 1 AND 100),
  ADD COLUMN pledge_id      uuid REFERENCES carbon_pledges(id),
  ADD CONSTRAINT need_claims_funded CHECK (
    (funded_at IS NULL) = (funded_amount IS NULL) AND (funded_at IS NULL) = (loan_reference IS NULL)
    AND (funded_at IS NULL OR (offer_chosen AND funded_at >= chosen_at))),
  ADD CONSTRAINT need_claims_funded_within_offer CHECK (funded_amount IS NULL OR funded_amount <= approved_amount);

-- Reminders and overdue flags written by the service-level job, once per claim, stage and kind.
CREATE TABLE market_reminders (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  claim_id   uuid NOT NULL REFERENCES need_claims(id),
  need_id    uuid NOT NULL REFERENCES financing_needs(id),
  -- The institution the reminder is for.
  org_id     uuid NOT NULL REFERENCES organisations(id),
  stage      text NOT NULL CHECK (stage IN ('respond','visit','decide')),
  kind       text NOT NULL CHECK (kind IN ('due_soon','overdue')),
  due_at     timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (claim_id, stage, kind)
);
CREATE INDEX market_reminders_org_idx ON market_reminders (org_id, created_at DESC);

-- The need follows its claims. Runs as the definer: an institution funding a loan, or the third declining, moves an
-- enterprise's need it may not update itself. A closed need (withdrawn, expired) stays closed.
CREATE FUNCTION need_claims_settle() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  n financing_needs%ROWTYPE;
  funded timestamptz;
  chosen boolean;
  declined integer;
BEGIN
  SELECT * INTO n FROM financing_needs WHERE id = NEW.need_id;
  IF n.status IN ('funded','withdrawn','expired') THEN
    -- A withdrawn or expired need takes no loan. (A funded one: only its chosen claim is funded, and one statement
    -- may update that claim together with its siblings, whose triggers see the need funded already.)
    IF NEW.funded_at IS NOT NULL AND OLD.funded_at IS NULL AND n.status <> 'funded' THEN
      RAISE EXCEPTION 'financing need % is %', n.id, n.status USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  SELECT max(funded_at), bool_or(offer_chosen), count(*) FILTER (WHERE decision = 'declined')
    INTO funded, chosen, declined FROM need_claims WHERE need_id = n.id;
  IF funded IS NOT NULL THEN
    UPDATE financing_needs SET status = 'funded', closed_at = funded, close_reason = NULL, updated_at = funded
     WHERE id = n.id;
  ELSIF chosen THEN
    UPDATE financing_needs SET status = 'offer_chosen', updated_at = greatest(n.updated_at, NEW.chosen_at)
     WHERE id = n.id AND status <> 'offer_chosen';
  ELSIF n.claim_count = 3 AND declined = 3 THEN
    UPDATE financing_needs SET status = 'declined', closed_at = NEW.decided_at,
           close_reason = 'every claimant declined', updated_at = NEW.decided_at
     WHERE id = n.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER need_claims_settle AFTER UPDATE ON need_claims
  FOR EACH ROW EXECUTE FUNCTION need_claims_settle();

-- What 0010's claims trigger does not know of: the funding and the price basis are the institution's to write, once.
CREATE FUNCTION need_claims_funding_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me uuid := greenfin_org();
BEGIN
  IF (OLD.funded_at IS NOT NULL AND (NEW.funded_at IS DISTINCT FROM OLD.funded_at
        OR NEW.funded_amount IS DISTINCT FROM OLD.funded_amount OR NEW.loan_reference IS DISTINCT FROM OLD.loan_reference
        OR NEW.pledge_id IS DISTINCT FROM OLD.pledge_id))
     OR (OLD.decided_at IS NOT NULL AND NEW.price_basis IS DISTINCT FROM OLD.price_basis) THEN
    RAISE EXCEPTION 'a recorded funding or price basis cannot change' USING ERRCODE = '23514';
  END IF;
  IF me IS NOT NULL AND me = OLD.enterprise_org_id AND me <> OLD.org_id AND (
       NEW.funded_at IS DISTINCT FROM OLD.funded_at OR NEW.funded_amount IS DISTINCT FROM OLD.funded_amount
       OR NEW.loan_reference IS DISTINCT FROM OLD.loan_reference OR NEW.pledge_id IS DISTINCT FROM OLD.pledge_id
       OR NEW.price_basis IS DISTINCT FROM OLD.price_basis) THEN
    RAISE EXCEPTION 'only the institution records a loan''s funding and price' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER need_claims_funding_guard BEFORE UPDATE ON need_claims
  FOR EACH ROW EXECUTE FUNCTION need_claims_funding_guard();

-- Only a broadcast institution claims (the use-case says so first, in words).
CREATE FUNCTION need_claims_broadcast_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  IF greenfin_org() IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM need_broadcasts b WHERE b.need_id = NEW.need_id AND b.org_id = NEW.org_id) THEN
    RAISE EXCEPTION 'financing need % was not broadcast to this institution', NEW.need_id
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
-- Named to sort before need_claims_reserve: triggers of one event fire in name order, so a refused claim counts nothing.
CREATE TRIGGER need_claims_broadcast_guard BEFORE INSERT ON need_claims
  FOR EACH ROW EXECUTE FUNCTION need_claims_broadcast_guard();

-- Row-level security. A broadcast row is read by its institution and by the district; written by the posting
-- enterprise (the use-case, inside the posting transaction, after matching).
ALTER TABLE need_broadcasts ENABLE ROW LEVEL SECURITY;
CREATE POLICY need_broadcasts_read ON need_broadcasts FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district()
  OR EXISTS (SELECT 1 FROM financing_needs n WHERE n.id = need_id AND n.org_id = greenfin_org()));
CREATE POLICY need_broadcasts_insert ON need_broadcasts FOR INSERT WITH CHECK (
  EXISTS (SELECT 1 FROM financing_needs n WHERE n.id = need_id AND n.org_id = greenfin_org()));

ALTER TABLE market_reminders ENABLE ROW LEVEL SECURITY;
CREATE POLICY market_reminders_read ON market_reminders FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district());

-- Institutions now see an open need only when it was broadcast to them (the policy of 0010 let every institution see
-- every open need). need_broadcasts' own read policy looks at financing_needs only for the enterprise's branch, which
-- an institution never satisfies; the lookup here goes through a definer function so the policies do not recurse.
CREATE FUNCTION greenfin_broadcast_to_me(need uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM need_broadcasts b WHERE b.need_id = need AND b.org_id = greenfin_org())
$$;
DROP POLICY financing_needs_read ON financing_needs;
CREATE POLICY financing_needs_read ON financing_needs FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district()
  OR (greenfin_is_institution() AND ((status IN ('open','claimed') AND greenfin_broadcast_to_me(id))
      OR EXISTS (SELECT 1 FROM need_claims c WHERE c.need_id = financing_needs.id AND c.org_id = greenfin_org()))));

-- Whether the caller may see a need (the read policy's test, for definer functions that open one figure of it).
CREATE FUNCTION market_need_visible(need uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM financing_needs n WHERE n.id = need
     AND (greenfin_org() IS NULL OR n.org_id = greenfin_org() OR greenfin_is_district()
          OR (greenfin_is_institution() AND ((n.status IN ('open','claimed') AND greenfin_broadcast_to_me(n.id))
              OR EXISTS (SELECT 1 FROM need_claims c WHERE c.need_id = n.id AND c.org_id = greenfin_org())))))
$$;

CREATE OR REPLACE FUNCTION market_need_shared_grades(need uuid)
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
   WHERE n.id = need AND market_need_visible(n.id)
$$;

-- Disclosure completeness for carbon-disclosure-linked pricing: the share of applicable indicators filled (all
-- frameworks together) in the enterprise's latest accepted or published disclosure, percent to 0.1; NULL when the
-- need does not consent to share its ESG data or nothing was accepted. Opens exactly this one figure, like the grades.
CREATE FUNCTION market_need_disclosure_completeness(need uuid) RETURNS numeric LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT CASE WHEN n.consent_esg THEN (
      SELECT round(100.0 * sum((c->>'allFilled')::numeric) / nullif(sum((c->>'allTotal')::numeric), 0), 1)
        FROM (SELECT r.completeness FROM disclosures d
                JOIN disclosure_revisions r ON r.disclosure_id = d.id
               WHERE d.org_id = n.org_id AND d.status IN ('accepted','published')
               ORDER BY d.period_year DESC, r.revision DESC LIMIT 1) latest,
             jsonb_array_elements(latest.completeness) c) END
    FROM financing_needs n
   WHERE n.id = need AND market_need_visible(n.id)
$$;

-- The carbon intensity of revenue (tCO2 per 万元, location-based Scope 1 + 2 over revenue) of a claim's enterprise by
-- year, from its latest carbon-account versions: what a sustainability-linked loan's KPI is tested on. Opened only
-- when the need consented to share its carbon data, and only to the claim's parties and the district.
CREATE FUNCTION market_claim_carbon_intensity(claim uuid)
  RETURNS TABLE (year integer, version integer, total_location numeric, revenue_wan numeric)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT DISTINCT ON (a.year) a.year, a.version, a.total_location, a.revenue_wan
    FROM need_claims c
    JOIN financing_needs n ON n.id = c.need_id AND n.consent_carbon
    JOIN carbon_accounts a ON a.org_id = c.enterprise_org_id
   WHERE c.id = claim
     AND (greenfin_org() IS NULL OR greenfin_org() IN (c.org_id, c.enterprise_org_id) OR greenfin_is_district())
   ORDER BY a.year, a.version DESC
$$;
