-- Carbon accounts, activity data (docs/carbon-data-formats.md §1): one figure per enterprise, meter, month and item,
-- and a record of every import that wrote them. Built for utility bulk feeds of millions of rows: the table has no
-- index but its primary key (which answers "an enterprise's months"), no foreign keys and no triggers (a foreign key
-- is a per-row trigger; the import use-case checks every enterprise before it writes), and leaves room on each page
-- so that a correction can be written as a HOT update.

CREATE TABLE carbon_activity_imports (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The uploader: the enterprise itself, or the district for a utility's bulk feed.
  org_id           uuid NOT NULL REFERENCES organisations(id),
  channel          text NOT NULL CHECK (channel IN ('form','csv','xlsx','api','bulk')),
  file_name        text,
  -- SHA-256 of the file's bytes (or of the submitted rows as JSON).
  content_hash     text NOT NULL,
  -- A later import of the same content by the same uploader points at the first one.
  repeat_of        uuid REFERENCES carbon_activity_imports(id),
  row_count        bigint NOT NULL CHECK (row_count >= 0),
  inserted         bigint NOT NULL DEFAULT 0 CHECK (inserted >= 0),
  updated          bigint NOT NULL DEFAULT 0 CHECK (updated >= 0),
  unchanged        bigint NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
  enterprise_count integer NOT NULL DEFAULT 0,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL
);
-- The first import of each content per uploader; a repeat is recognised by it.
CREATE UNIQUE INDEX carbon_activity_imports_content_idx ON carbon_activity_imports (org_id, content_hash)
  WHERE repeat_of IS NULL;
CREATE INDEX carbon_activity_imports_org_idx ON carbon_activity_imports (org_id, created_at);

CREATE TABLE carbon_activity (
  -- The enterprise the figure belongs to (organisations.id; checked by the import, not by a per-row foreign key).
  org_id           uuid NOT NULL,
  meter            text NOT NULL DEFAULT 'main',
  -- The first day of the month.
  month            date NOT NULL CHECK (extract(day FROM month) = 1),
  -- An activity item code of the reference catalogue (packages/reference/data/carbon/activity-items.json).
  item             text NOT NULL,
  -- As entered, exactly, in the unit entered.
  quantity         numeric NOT NULL CHECK (quantity >= 0),
  unit             text NOT NULL,
  -- The same quantity in the item's working unit (its first accepted unit), exactly; NULL when the unit entered is
  -- of another dimension (litres of a fuel, converted by density in the accounting; product output by count).
  quantity_working numeric,
  note             text,
  import_id        uuid,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (org_id, meter, month, item)
) WITH (fillfactor = 90);

-- Row-level security (see 0002), the second wall behind packages/app/src/carbon/activity-*.ts: an enterprise reads
-- and writes its own figures; the district reads all and writes (it receives the utilities' bulk feeds); a bank,
-- insurer or investor reads an enterprise's figures under its consent grant of scope 'carbon' (whose dates the
-- application checks against its clock, as for the other grant scopes).
CREATE FUNCTION greenfin_carbon_grant(owner uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM consent_grants g WHERE g.grantor_org_id = owner AND g.grantee_org_id = greenfin_org()
                    AND g.scope = 'carbon' AND g.revoked_at IS NULL)
$$;

ALTER TABLE carbon_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_activity_read ON carbon_activity FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district() OR greenfin_carbon_grant(org_id));
CREATE POLICY carbon_activity_insert ON carbon_activity FOR INSERT
  WITH CHECK (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY carbon_activity_update ON carbon_activity FOR UPDATE
  USING (org_id = greenfin_org() OR greenfin_is_district())
  WITH CHECK (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY carbon_activity_delete ON carbon_activity FOR DELETE
  USING (org_id = greenfin_org() OR greenfin_is_district());

-- An import record: its uploader, and the district.
ALTER TABLE carbon_activity_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY carbon_activity_imports_read ON carbon_activity_imports FOR SELECT
  USING (org_id = greenfin_org() OR greenfin_is_district());
CREATE POLICY carbon_activity_imports_write ON carbon_activity_imports FOR ALL
  USING (org_id = greenfin_org()) WITH CHECK (org_id = greenfin_org());
