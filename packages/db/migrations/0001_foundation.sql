-- Foundation: organisations, users, memberships, sessions, API tokens, login throttling,
-- consent grants and their access log, the hash-chained audit log, and the job queue.

CREATE TABLE organisations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind             text NOT NULL CHECK (kind IN ('district','bank','insurer','wealth_manager','fund_manager','enterprise','rating_agency','verifier')),
  name_zh          text NOT NULL,
  name_en          text NOT NULL,
  uscc             text UNIQUE CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  industry_code    text,
  size             text CHECK (size IN ('large','medium','small','micro')),
  employees        integer CHECK (employees >= 0),
  revenue_cny      numeric(20,2) CHECK (revenue_cny >= 0),
  area             text,
  address          text,
  institution_type text,
  parent_id        uuid REFERENCES organisations(id),
  founded_year     integer,
  demo_key         text UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisations_kind_idx ON organisations (kind);
CREATE INDEX organisations_industry_idx ON organisations (industry_code);
-- Exactly one district (the zone's management committee) per installation.
CREATE UNIQUE INDEX organisations_one_district ON organisations ((true)) WHERE kind = 'district';

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  locale        text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN','en')),
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_idx ON users (lower(email));

CREATE TABLE memberships (
  user_id    uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id     uuid NOT NULL REFERENCES organisations(id),
  role       text NOT NULL CHECK (role IN ('admin','analyst','reviewer','viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, org_id)
);
CREATE INDEX memberships_org_idx ON memberships (org_id);

-- The session id itself never touches the database: only its SHA-256.
CREATE TABLE sessions (
  id_hash      text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id       uuid NOT NULL REFERENCES organisations(id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations(id),
  created_by   uuid NOT NULL REFERENCES users(id),
  name         text NOT NULL,
  prefix       text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  scopes       text[] NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_org_idx ON api_tokens (org_id);

-- Failed logins per (e-mail, client address) in a sliding window; shared by every server process.
CREATE TABLE login_throttle (
  key          text PRIMARY KEY,
  failures     integer NOT NULL,
  window_start timestamptz NOT NULL,
  locked_until timestamptz
);

CREATE TABLE consent_grants (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  grantor_org_id uuid NOT NULL REFERENCES organisations(id),
  grantee_org_id uuid NOT NULL REFERENCES organisations(id),
  scope          text NOT NULL CHECK (scope IN ('profile','disclosures','carbon','rating','projects','financing','statistics')),
  purpose        text NOT NULL,
  valid_from     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz,
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (grantor_org_id <> grantee_org_id),
  CHECK (expires_at > valid_from)
);
CREATE INDEX consent_grants_grantee_idx ON consent_grants (grantee_org_id, scope);
CREATE INDEX consent_grants_grantor_idx ON consent_grants (grantor_org_id);

CREATE TABLE grant_access_log (
  id             bigserial PRIMARY KEY,
  grant_id       uuid NOT NULL REFERENCES consent_grants(id),
  reader_org_id  uuid NOT NULL REFERENCES organisations(id),
  reader_user_id uuid REFERENCES users(id),
  scope          text NOT NULL,
  resource       text NOT NULL,
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX grant_access_log_grant_idx ON grant_access_log (grant_id, at);

-- Append-only, hash-chained. `at` is kept as the exact text that was hashed.
CREATE TABLE audit_log (
  seq           bigint PRIMARY KEY,
  at            text NOT NULL,
  actor_user_id uuid,
  actor_org_id  uuid,
  org_id        uuid,
  action        text NOT NULL,
  entity_type   text NOT NULL,
  entity_id     text,
  details       jsonb NOT NULL DEFAULT 'null'::jsonb,
  prev_hash     text NOT NULL,
  hash          text NOT NULL
);
CREATE INDEX audit_log_org_idx ON audit_log (org_id, seq);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Background jobs: claimed with FOR UPDATE SKIP LOCKED under a lease, so a job whose process died
-- is picked up again when its lease runs out, and no job is run by two processes at once.
CREATE TABLE jobs (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type         text NOT NULL,
  payload      jsonb NOT NULL DEFAULT '{}'::jsonb,
  status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','succeeded','failed')),
  progress     real NOT NULL DEFAULT 0,
  message      text,
  result       jsonb,
  error        text,
  attempts     integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 3,
  run_after    timestamptz NOT NULL DEFAULT now(),
  locked_by    text,
  locked_until timestamptz,
  org_id       uuid REFERENCES organisations(id),
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_ready_idx ON jobs (run_after) WHERE status IN ('queued','running');
CREATE INDEX jobs_org_idx ON jobs (org_id, created_at);

-- Small key/value facts about this installation (e.g. when the demo district was seeded).
CREATE TABLE installation (
  key   text PRIMARY KEY,
  value jsonb NOT NULL
);
