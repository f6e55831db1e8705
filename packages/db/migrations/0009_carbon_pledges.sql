-- Carbon assets and the pledge registry (issue 7 item 4; arithmetic in packages/domain/src/market/, use-cases in
-- packages/app/src/market/pledges/). An enterprise's holdings of carbon assets, and the pledges institutions register
-- on them to secure loans. Quantities are numeric in the asset's unit (tCO2e, or t of the pollutant), up to 3 places.
--
-- Double pledging is impossible here, not only in the application. Each holding carries `pledged_quantity`, the sum of
-- its active pledges, kept by the trigger below and backed by CHECK (pledged_quantity <= quantity). A pledge inserted
-- as active (or any change to its status) moves it with ONE guarded statement:
--     UPDATE carbon_holdings SET pledged_quantity = pledged_quantity + q
--      WHERE id = h AND pledged_quantity + q <= quantity
-- Two transactions pledging the same holding contend for that row's lock: the second waits until the first commits,
-- then PostgreSQL re-evaluates the WHERE on the row as committed (READ COMMITTED's re-check), so it finds the new
-- total and matches nothing when the rest does not fit — the trigger then refuses the insert. Why this rather than
-- `SELECT … FOR UPDATE` and a sum over the pledges: under row-level security a pledgee sees only its own pledges, so
-- a sum taken in its session would miss the others'; and FOR UPDATE needs UPDATE rights on the holding, which a
-- pledgee must not have. The trigger runs SECURITY DEFINER and sees every pledge's effect through the one column,
-- while the pledgee learns only the total (held, pledged, free), never who else holds a pledge. PGlite runs one
-- transaction at a time, so the same statement holds there trivially; on PostgreSQL it holds under concurrency.

CREATE TABLE carbon_holdings (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The enterprise that holds the asset.
  org_id           uuid NOT NULL REFERENCES organisations(id),
  kind             text NOT NULL CHECK (kind IN ('cea_allowance','ccer_issued','ccer_expected','emission_right',
                                                  'carbon_sink_future')),
  -- CEA: the compliance year the allowances were allocated for; CCER and sinks: the vintage (year of the reductions).
  compliance_year  integer CHECK (compliance_year BETWEEN 2000 AND 2100),
  vintage          integer CHECK (vintage BETWEEN 2000 AND 2100),
  -- Emission rights only: SO2, NOx, COD, NH3-N.
  pollutant        text,
  quantity         numeric NOT NULL CHECK (quantity > 0 AND scale(quantity) <= 3),
  unit             text NOT NULL CHECK (unit IN ('tCO2e','t')),
  -- Sum of active pledges on this holding, kept by carbon_pledges_reserve(); never above the quantity held.
  pledged_quantity numeric NOT NULL DEFAULT 0 CHECK (pledged_quantity >= 0 AND pledged_quantity <= quantity),
  -- The registry account or certificate the quantity sits in (e.g. the national ETS registry account).
  registry_ref     text NOT NULL,
  -- Where the figure came from: 'registry_statement', 'allocation_notice', 'issuance_notice', 'self_declared' …
  source           text NOT NULL,
  note             text,
  recorded_by      uuid REFERENCES users(id),
  recorded_by_org  uuid NOT NULL REFERENCES organisations(id),
  recorded_at      timestamptz NOT NULL,
  CHECK ((kind = 'emission_right') = (pollutant IS NOT NULL)),
  CHECK ((kind = 'emission_right' AND unit = 't') OR (kind <> 'emission_right' AND unit = 'tCO2e')),
  CHECK (kind <> 'cea_allowance' OR compliance_year IS NOT NULL)
);
CREATE INDEX carbon_holdings_org_idx ON carbon_holdings (org_id, recorded_at DESC);

CREATE SEQUENCE carbon_pledge_ref_seq;

CREATE TABLE carbon_pledges (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- e.g. CP-2026-000042.
  ref_no           text NOT NULL UNIQUE,
  holding_id       uuid NOT NULL REFERENCES carbon_holdings(id),
  -- The pledgor (the holding's enterprise, checked by the trigger) and the pledgee institution.
  org_id           uuid NOT NULL REFERENCES organisations(id),
  pledgee_org_id   uuid NOT NULL REFERENCES organisations(id),
  quantity         numeric NOT NULL CHECK (quantity > 0 AND scale(quantity) <= 3),
  unit             text NOT NULL CHECK (unit IN ('tCO2e','t')),
  -- The market-pricing product whose terms (LTV cap, call and liquidation levels) govern the pledge.
  product_key      text NOT NULL,
  pricing_ref      text NOT NULL,
  loan_reference   text NOT NULL,
  secured_amount   numeric NOT NULL CHECK (secured_amount > 0),
  term_start       date NOT NULL,
  term_end         date NOT NULL,
  -- Price triggers fixed at registration (the "price" call rule compares against call_price).
  call_price       numeric NOT NULL,
  liquidation_price numeric,
  status           text NOT NULL CHECK (status IN ('active','released')),
  -- The valuation, maximum loan and triggers at registration: canonical JSON text with the domain's trace.
  valuation        text NOT NULL,
  registered_by    uuid REFERENCES users(id),
  registered_at    timestamptz NOT NULL,
  released_by      uuid REFERENCES users(id),
  released_at      timestamptz,
  release_note     text,
  CHECK (term_end >= term_start),
  CHECK ((status = 'released') = (released_at IS NOT NULL)),
  UNIQUE (pledgee_org_id, loan_reference, holding_id)
);
CREATE INDEX carbon_pledges_holding_idx ON carbon_pledges (holding_id) WHERE status = 'active';
CREATE INDEX carbon_pledges_pledgee_idx ON carbon_pledges (pledgee_org_id, status, registered_at DESC);
CREATE INDEX carbon_pledges_org_idx ON carbon_pledges (org_id, registered_at DESC);

-- The reservation (see the top of this file). An active pledge reserves its quantity on the holding in one guarded
-- UPDATE; a release gives it back; a released pledge never becomes active again; what a pledge is on never changes.
CREATE FUNCTION carbon_pledges_reserve() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  h carbon_holdings%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.holding_id <> OLD.holding_id OR NEW.quantity <> OLD.quantity OR NEW.org_id <> OLD.org_id
       OR NEW.pledgee_org_id <> OLD.pledgee_org_id THEN
      RAISE EXCEPTION 'a pledge''s holding, quantity and parties cannot change' USING ERRCODE = '23514';
    END IF;
    IF OLD.status = 'released' AND NEW.status <> 'released' THEN
      RAISE EXCEPTION 'a released pledge cannot become active again' USING ERRCODE = '23514';
    END IF;
    IF OLD.status = 'active' AND NEW.status = 'released' THEN
      UPDATE carbon_holdings SET pledged_quantity = pledged_quantity - OLD.quantity WHERE id = OLD.holding_id;
    END IF;
    RETURN NEW;
  END IF;
  -- INSERT
  IF NEW.status <> 'active' THEN
    RAISE EXCEPTION 'a pledge is registered active' USING ERRCODE = '23514';
  END IF;
  UPDATE carbon_holdings SET pledged_quantity = pledged_quantity + NEW.quantity
   WHERE id = NEW.holding_id AND pledged_quantity + NEW.quantity <= quantity
   RETURNING * INTO h;
  IF NOT FOUND THEN
    SELECT * INTO h FROM carbon_holdings WHERE id = NEW.holding_id;
    RAISE EXCEPTION 'carbon pledge exceeds the free quantity of holding %', NEW.holding_id
      USING ERRCODE = '23514', CONSTRAINT = 'carbon_pledges_within_holding',
            DETAIL = json_build_object('held', h.quantity::text, 'pledged', h.pledged_quantity::text,
                                       'requested', NEW.quantity::text)::text;
  END IF;
  IF h.org_id <> NEW.org_id OR h.unit <> NEW.unit THEN
    RAISE EXCEPTION 'a pledge is on its pledgor''s holding, in its unit' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER carbon_pledges_reserve BEFORE INSERT OR UPDATE ON carbon_pledges
  FOR EACH ROW EXECUTE FUNCTION carbon_pledges_reserve();

-- Row-level security (see 0002), the second wall behind packages/app/src/market/pledges/pledge-access.ts.
-- An enterprise reads (and records) its own holdings and reads the pledges on them; the district reads all and records
-- holdings for enterprises; a pledgee reads the pledges it holds and the holdings they sit on, and — to register a
-- pledge — the holdings of an enterprise that opened its `financing` data to it by consent grant. Pledges are written
-- by the pledgee only, and only on the holdings of an enterprise that granted it `financing`.
CREATE FUNCTION greenfin_financing_grant(owner uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM consent_grants g WHERE g.grantor_org_id = owner AND g.grantee_org_id = greenfin_org()
                    AND g.scope = 'financing' AND g.revoked_at IS NULL)
$$;

ALTER TABLE carbon_holdings ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_holdings_read ON carbon_holdings FOR SELECT USING (
  org_id = greenfin_org() OR greenfin_is_district() OR greenfin_financing_grant(org_id)
  OR EXISTS (SELECT 1 FROM carbon_pledges c WHERE c.holding_id = carbon_holdings.id
               AND c.pledgee_org_id = greenfin_org()));
CREATE POLICY carbon_holdings_insert ON carbon_holdings FOR INSERT WITH CHECK (
  recorded_by_org = greenfin_org() AND (org_id = greenfin_org() OR greenfin_is_district()));

-- Pledge policies never look at carbon_holdings (whose policy looks at carbon_pledges): no recursion.
ALTER TABLE carbon_pledges ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_pledges_read ON carbon_pledges FOR SELECT USING (
  org_id = greenfin_org() OR pledgee_org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY carbon_pledges_insert ON carbon_pledges FOR INSERT WITH CHECK (
  pledgee_org_id = greenfin_org() AND greenfin_financing_grant(org_id));
CREATE POLICY carbon_pledges_update ON carbon_pledges FOR UPDATE
  USING (pledgee_org_id = greenfin_org()) WITH CHECK (pledgee_org_id = greenfin_org());
