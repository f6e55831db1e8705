-- Interest subsidies, 贴息 (issue 7 item 6; use-cases in packages/app/src/market/subsidies/). The district sets up a
-- programme — a budget in yuan, the 2025-catalogue categories it supports (code prefixes by whole segment), the
-- instrument (loans), a period and a per-loan cap — and a rule of one of two kinds, stated by `kind`:
--   rate_points     `rate` is percentage points of interest a year on the principal (1.00 = 1 pp a year): subsidy =
--                   principal × rate / 100 × eligible days / 365, never more than the interest paid for those days;
--   interest_share  `rate` is the percent of the interest paid that is subsidised (50 = half): subsidy =
--                   interest paid × eligible days / days of the interest period × rate / 100.
-- Eligible days are those of the stated interest period inside both the programme's period and the loan's term. The
-- use-case computes the amount with exact decimals (to the fen, half up), caps it by what is left of the per-loan cap,
-- and stores every step in `computation`. Amounts are yuan, numeric with at most 2 places.
--
-- The budget is never over-committed, and this holds in the database, not only in the application. Each programme
-- carries `committed` (the sum of its approved and paid applications) and `paid`, kept by the trigger below and backed
-- by CHECK (paid <= committed AND committed <= budget). An application is approved only through ONE guarded statement
-- on its programme:
--     UPDATE subsidy_programmes SET committed = committed + amount
--      WHERE id = p AND committed + amount <= budget
-- Twenty approvals at once contend for that row's lock: each waits until the one ahead commits (or rolls back), then
-- PostgreSQL re-evaluates the WHERE on the row as committed (READ COMMITTED's re-check), so an approval that no longer
-- fits matches nothing and the trigger refuses it, naming budget, committed and remaining. Why this rather than a sum
-- over the approved applications under `SELECT … FOR UPDATE`: a sum taken before the lock is stale by the time the
-- lock is held, and the figure lives in one row that every approval must pass through anyway. The trigger runs
-- SECURITY DEFINER, so it moves the sums whoever decides, and in a tenant session nobody sets them directly (the
-- programme's guard refuses it). PGlite runs one transaction at a time, so the statement holds there trivially; on
-- PostgreSQL it holds under concurrency.
--
-- One application per financing and interest period (a partial UNIQUE index: a rejected application may be made
-- again). Overlapping periods of one loan, and more than the per-loan cap over a loan's applications in a programme,
-- are refused by the insert trigger too: it first locks the loan's row (FOR UPDATE, as definer), so a loan's
-- applications are inserted one at a time, and each then sees the ones committed before it.

CREATE TABLE subsidy_programmes (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The district that runs (and pays) it.
  org_id           uuid NOT NULL REFERENCES organisations(id),
  name_zh          text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 200),
  name_en          text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  description      text NOT NULL DEFAULT '',
  kind             text NOT NULL CHECK (kind IN ('rate_points','interest_share')),
  -- rate_points: percentage points a year; interest_share: percent of the interest paid (see the top of this file).
  rate             numeric NOT NULL CHECK (rate > 0 AND rate <= 100 AND scale(rate) <= 4),
  instrument       text NOT NULL DEFAULT 'loan' CHECK (instrument = 'loan'),
  -- 2025 catalogue codes at any level ("4", "4.2", "4.2.1"); a financing's category matches by whole segment.
  category_prefixes text[] NOT NULL CHECK (cardinality(category_prefixes) BETWEEN 1 AND 200),
  period_start     date NOT NULL,
  period_end       date NOT NULL,
  -- The most one loan may receive from the programme over all its applications; NULL: no cap beyond the budget.
  per_loan_cap     numeric CHECK (per_loan_cap > 0 AND scale(per_loan_cap) <= 2),
  budget           numeric NOT NULL CHECK (budget > 0 AND scale(budget) <= 2),
  -- Kept by subsidy_applications_commit(): approved + paid, and paid.
  committed        numeric NOT NULL DEFAULT 0,
  paid             numeric NOT NULL DEFAULT 0,
  status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','open','closed')),
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL,
  opened_at        timestamptz,
  closed_at        timestamptz,
  CHECK (period_end >= period_start),
  CONSTRAINT subsidy_programmes_within_budget CHECK (paid >= 0 AND paid <= committed AND committed <= budget),
  CHECK (status = 'draft' OR opened_at IS NOT NULL),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX subsidy_programmes_status_idx ON subsidy_programmes (status, created_at DESC);

CREATE TABLE subsidy_applications (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id       uuid NOT NULL REFERENCES subsidy_programmes(id),
  -- The applying institution (the lender), and the financed enterprise it applies for (the loan's borrower).
  org_id             uuid NOT NULL REFERENCES organisations(id),
  green_financing_id uuid NOT NULL REFERENCES green_financings(id),
  -- The loan's reference in the lender's book (copied: the enterprise may not read the lender's financing row).
  loan_reference     text NOT NULL,
  enterprise_org_id  uuid NOT NULL REFERENCES organisations(id),
  -- The loan's catalogue category when it applied (usage is reported by it).
  category_code      text NOT NULL,
  period_start       date NOT NULL,
  period_end         date NOT NULL,
  -- The principal the interest accrued on (rate_points), and the interest paid for the period; yuan.
  principal          numeric CHECK (principal > 0 AND scale(principal) <= 2),
  interest_paid      numeric NOT NULL CHECK (interest_paid > 0 AND scale(interest_paid) <= 2),
  -- Computed by the use-case; approved as it stands.
  subsidy_amount     numeric NOT NULL CHECK (subsidy_amount > 0 AND scale(subsidy_amount) <= 2),
  -- Every step of the computation, with the programme's rule and the figures used (canonical JSON).
  computation        jsonb NOT NULL CHECK (jsonb_typeof(computation) = 'object'),
  note               text,
  status             text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','approved','rejected','paid')),
  submitted_by       uuid REFERENCES users(id),
  submitted_at       timestamptz NOT NULL,
  decided_by         uuid REFERENCES users(id),
  decided_at         timestamptz,
  decision_note      text,
  paid_by            uuid REFERENCES users(id),
  paid_at            timestamptz,
  payment_reference  text,
  CHECK (period_end >= period_start),
  CHECK ((status = 'submitted') = (decided_at IS NULL)),
  CHECK (status <> 'rejected' OR decision_note IS NOT NULL),
  CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE UNIQUE INDEX subsidy_applications_one_per_period ON subsidy_applications (green_financing_id, period_start,
  period_end) WHERE status <> 'rejected';
CREATE INDEX subsidy_applications_programme_idx ON subsidy_applications (programme_id, status);
CREATE INDEX subsidy_applications_org_idx ON subsidy_applications (org_id, submitted_at DESC);
CREATE INDEX subsidy_applications_enterprise_idx ON subsidy_applications (enterprise_org_id, submitted_at DESC);

-- What may change on a programme: the sums only through the applications' trigger (one level down).
CREATE FUNCTION subsidy_programmes_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.committed <> 0 OR NEW.paid <> 0 THEN
      RAISE EXCEPTION 'a programme starts with nothing committed' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.committed <> OLD.committed OR NEW.paid <> OLD.paid) AND pg_trigger_depth() < 2
     AND greenfin_org() IS NOT NULL THEN
    RAISE EXCEPTION 'committed and paid are kept by the applications trigger' USING ERRCODE = '23514';
  END IF;
  IF OLD.status = 'closed' AND NEW.status <> 'closed' THEN
    RAISE EXCEPTION 'a closed programme stays closed' USING ERRCODE = '23514';
  END IF;
  IF OLD.status <> 'draft' AND (NEW.kind <> OLD.kind OR NEW.rate <> OLD.rate
       OR NEW.category_prefixes <> OLD.category_prefixes OR NEW.period_start <> OLD.period_start
       OR NEW.period_end <> OLD.period_end OR NEW.per_loan_cap IS DISTINCT FROM OLD.per_loan_cap
       OR NEW.instrument <> OLD.instrument) THEN
    RAISE EXCEPTION 'an opened programme''s rule cannot change' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER subsidy_programmes_guard BEFORE INSERT OR UPDATE ON subsidy_programmes
  FOR EACH ROW EXECUTE FUNCTION subsidy_programmes_guard();

-- The budget guard (see the top of this file), the lifecycle submitted → approved → paid | submitted → rejected, and
-- what an application is on: the applicant's own loan, to its borrower, in an open programme.
CREATE FUNCTION subsidy_applications_commit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  g subsidy_programmes%ROWTYPE;
  f green_financings%ROWTYPE;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'submitted' THEN
      RAISE EXCEPTION 'an application is submitted first' USING ERRCODE = '23514';
    END IF;
    SELECT * INTO g FROM subsidy_programmes WHERE id = NEW.programme_id;
    IF NOT FOUND OR g.status <> 'open' THEN
      RAISE EXCEPTION 'subsidy programme % is not open to applications', NEW.programme_id USING ERRCODE = '23514';
    END IF;
    SELECT * INTO f FROM green_financings WHERE id = NEW.green_financing_id;
    IF NOT FOUND OR f.org_id <> NEW.org_id OR f.borrower_org_id IS DISTINCT FROM NEW.enterprise_org_id
       OR f.instrument <> g.instrument OR f.reference <> NEW.loan_reference THEN
      RAISE EXCEPTION 'an application is on the applicant''s own loan, for its borrower' USING ERRCODE = '23514';
    END IF;
    PERFORM 1 FROM green_financings WHERE id = NEW.green_financing_id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM subsidy_applications a
                WHERE a.green_financing_id = NEW.green_financing_id AND a.status <> 'rejected'
                  AND a.period_start <= NEW.period_end AND a.period_end >= NEW.period_start) THEN
      RAISE EXCEPTION 'loan % already has a subsidy application for an overlapping interest period',
                      NEW.green_financing_id USING ERRCODE = '23P01', CONSTRAINT = 'subsidy_applications_no_overlap';
    END IF;
    IF g.per_loan_cap IS NOT NULL AND NEW.subsidy_amount + (
         SELECT coalesce(sum(a.subsidy_amount), 0) FROM subsidy_applications a
          WHERE a.programme_id = NEW.programme_id AND a.green_financing_id = NEW.green_financing_id
            AND a.status <> 'rejected') > g.per_loan_cap THEN
      RAISE EXCEPTION 'subsidy would exceed the per-loan cap of programme %', NEW.programme_id
        USING ERRCODE = '23514', CONSTRAINT = 'subsidy_applications_per_loan_cap';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.programme_id <> OLD.programme_id OR NEW.org_id <> OLD.org_id
     OR NEW.green_financing_id <> OLD.green_financing_id OR NEW.enterprise_org_id <> OLD.enterprise_org_id
     OR NEW.subsidy_amount <> OLD.subsidy_amount OR NEW.period_start <> OLD.period_start
     OR NEW.period_end <> OLD.period_end OR NEW.interest_paid <> OLD.interest_paid
     OR NEW.principal IS DISTINCT FROM OLD.principal OR NEW.computation <> OLD.computation THEN
    RAISE EXCEPTION 'an application''s loan, parties, period and amount cannot change' USING ERRCODE = '23514';
  END IF;
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'submitted' AND NEW.status = 'approved' THEN
    UPDATE subsidy_programmes SET committed = committed + NEW.subsidy_amount
     WHERE id = NEW.programme_id AND committed + NEW.subsidy_amount <= budget
     RETURNING * INTO g;
    IF NOT FOUND THEN
      SELECT * INTO g FROM subsidy_programmes WHERE id = NEW.programme_id;
      RAISE EXCEPTION 'subsidy of % would exceed the remaining budget of programme %', NEW.subsidy_amount,
                      NEW.programme_id
        USING ERRCODE = '23514', CONSTRAINT = 'subsidy_programmes_within_budget',
              DETAIL = json_build_object('budget', g.budget::text, 'committed', g.committed::text,
                                         'remaining', (g.budget - g.committed)::text,
                                         'requested', NEW.subsidy_amount::text)::text;
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'submitted' AND NEW.status = 'rejected' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'approved' AND NEW.status = 'paid' THEN
    UPDATE subsidy_programmes SET paid = paid + NEW.subsidy_amount WHERE id = NEW.programme_id;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an application cannot go from % to %', OLD.status, NEW.status USING ERRCODE = '23514';
END $$;
CREATE TRIGGER subsidy_applications_commit BEFORE INSERT OR UPDATE ON subsidy_applications
  FOR EACH ROW EXECUTE FUNCTION subsidy_applications_commit();

-- Row-level security (see 0002), the second wall behind packages/app/src/market/subsidies/subsidy-access.ts.
-- Programmes: the district reads and writes its own (and reads all); institutions and enterprises read programmes once
-- opened (published policy, with their totals), never drafts.
ALTER TABLE subsidy_programmes ENABLE ROW LEVEL SECURITY;
CREATE POLICY subsidy_programmes_read ON subsidy_programmes FOR SELECT USING (
  greenfin_is_district()
  OR (status <> 'draft' AND (greenfin_is_institution() OR greenfin_org_kind() = 'enterprise')));
CREATE POLICY subsidy_programmes_insert ON subsidy_programmes FOR INSERT WITH CHECK (
  org_id = greenfin_org() AND greenfin_is_district());
CREATE POLICY subsidy_programmes_update ON subsidy_programmes FOR UPDATE
  USING (org_id = greenfin_org() AND greenfin_is_district())
  WITH CHECK (org_id = greenfin_org() AND greenfin_is_district());

-- Applications never look at subsidy_programmes in their policies: the applying institution reads its own and
-- writes new ones; the financed enterprise reads those for its loans; the district reads all and decides (updates).
ALTER TABLE subsidy_applications ENABLE ROW LEVEL SECURITY;
CREATE POLICY subsidy_applications_read ON subsidy_applications FOR SELECT USING (
  org_id = greenfin_org() OR enterprise_org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY subsidy_applications_insert ON subsidy_applications FOR INSERT WITH CHECK (
  org_id = greenfin_org() AND greenfin_is_institution());
CREATE POLICY subsidy_applications_update ON subsidy_applications FOR UPDATE
  USING (greenfin_is_district()) WITH CHECK (greenfin_is_district());
