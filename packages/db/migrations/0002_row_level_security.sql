-- Row-level security: the second wall behind the application's tenancy module. Requests run as the
-- role greenfin_tenant with the acting organisation in transaction-local settings, so a query that
-- forgot its organisation filter still cannot see or change another organisation's rows.
-- The platform's own work (migrations, sign-in, background jobs) runs as the connecting user.

DO $$
BEGIN
  CREATE ROLE greenfin_tenant NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- roles are per server, shared by databases
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT greenfin_tenant TO %I', current_user);
EXCEPTION WHEN others THEN NULL; -- a superuser may SET ROLE anyway
END $$;

GRANT USAGE ON SCHEMA public TO greenfin_tenant;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO greenfin_tenant;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO greenfin_tenant;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO greenfin_tenant;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO greenfin_tenant;

CREATE FUNCTION greenfin_org() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('greenfin.org_id', true), '')::uuid $$;
CREATE FUNCTION greenfin_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('greenfin.user_id', true), '')::uuid $$;
CREATE FUNCTION greenfin_is_district() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(current_setting('greenfin.org_kind', true), '') = 'district' $$;

-- API tokens belong to one organisation only.
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY api_tokens_own ON api_tokens
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());

-- A grant is seen by its two parties (and counted by the district); only the grantor writes it.
ALTER TABLE consent_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_grants_read ON consent_grants FOR SELECT
  USING (grantor_org_id = greenfin_org() OR grantee_org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY consent_grants_insert ON consent_grants FOR INSERT WITH CHECK (grantor_org_id = greenfin_org());
CREATE POLICY consent_grants_update ON consent_grants FOR UPDATE
  USING (grantor_org_id = greenfin_org()) WITH CHECK (grantor_org_id = greenfin_org());

-- Reads under a grant: written by the reader, read by the reader and the grantor.
ALTER TABLE grant_access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY grant_access_log_read ON grant_access_log FOR SELECT
  USING (reader_org_id = greenfin_org()
         OR EXISTS (SELECT 1 FROM consent_grants g WHERE g.id = grant_id AND g.grantor_org_id = greenfin_org()));
CREATE POLICY grant_access_log_insert ON grant_access_log FOR INSERT WITH CHECK (reader_org_id = greenfin_org());

-- Jobs: the organisation that started them, and the district.
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY jobs_own ON jobs
  USING (org_id = greenfin_org() OR greenfin_is_district()) WITH CHECK (org_id = greenfin_org());

-- Memberships: an organisation's own, a user's own (to list where they belong), and the district's
-- (which registers organisations and their first administrators).
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (org_id = greenfin_org() OR user_id = greenfin_user() OR greenfin_is_district());
CREATE POLICY memberships_write ON memberships FOR ALL
  USING (org_id = greenfin_org() OR greenfin_is_district())
  WITH CHECK (org_id = greenfin_org() OR greenfin_is_district());
