-- District targets' observations (issue 8 item 3): annual values the district enters for a target whose indicator
-- neither the reports nor the platform hold (e.g. the statistics bureau's green-industry share of value added), or
-- that replace a computed value for a year. One value per target and year; the progress is computed in
-- packages/domain/src/statistics/ from these and the computed values.
CREATE TABLE district_target_observations (
  target_key  text NOT NULL REFERENCES district_targets(key) ON UPDATE CASCADE ON DELETE CASCADE,
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value       numeric NOT NULL,
  source      text NOT NULL CHECK (length(source) > 0),
  entered_by  uuid REFERENCES users(id),
  entered_at  timestamptz NOT NULL,
  PRIMARY KEY (target_key, year)
);

-- Read by every signed-in organisation (like the targets), written by the district.
ALTER TABLE district_target_observations ENABLE ROW LEVEL SECURITY;
CREATE POLICY district_target_observations_read ON district_target_observations FOR SELECT
  USING (greenfin_org() IS NOT NULL);
CREATE POLICY district_target_observations_write ON district_target_observations FOR ALL
  USING (greenfin_is_district()) WITH CHECK (greenfin_is_district());

-- The carbon-intensity target's inputs for every signed-in organisation and the public page: each enterprise's latest
-- account of each year, the organisation replaced by an opaque key. Only the district total is computed from it, so
-- no enterprise's figures leave the district's view.
CREATE FUNCTION district_intensity_accounts(from_year integer, to_year integer)
  RETURNS TABLE (peer text, year integer, co2 numeric, value_added numeric)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT DISTINCT ON (a.org_id, a.year) md5(a.org_id::text || from_year::text || to_year::text), a.year,
         a.total_location, a.value_added_wan
    FROM carbon_accounts a
   WHERE a.year BETWEEN from_year AND to_year AND a.value_added_wan > 0
   ORDER BY a.org_id, a.year, a.version DESC
$$;
GRANT EXECUTE ON FUNCTION district_intensity_accounts(integer, integer) TO greenfin_tenant;
