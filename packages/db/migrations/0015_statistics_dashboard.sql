-- The district statistics dashboard (issue 8). Its main read takes the accepted totals of every institution for a
-- template and a window of periods (up to 36 months or 12 quarters).

-- Only accepted reports are indexed, with the columns the read needs: drafts and pending corrections cost it nothing.
CREATE INDEX stat_reports_accepted_idx ON stat_reports (template_ref, period) INCLUDE (org_id, accepted_revision)
  WHERE accepted_revision IS NOT NULL;

-- The accepted totals the district reads under row-level security (policy stat_reports_read: the district reads
-- every report), without the per-row policy checks and packed one line per figure — org id, period, accepted
-- revision, metric, value, tab-separated — so thousands of figures cross to the application as one value, not one
-- row each (the embedded engine hands rows over one by one), already in the order the domain's book sorts them.
-- Empty for anyone but the district inside a tenant session; outside one (the public page, which publishes district
-- aggregates only) the owner reads the tables anyway.
CREATE FUNCTION stat_district_totals(tpl text, from_period text, to_period text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT string_agg(r.org_id::text || E'\t' || r.period || E'\t' || r.accepted_revision::text || E'\t' || v.metric
                    || E'\t' || v.value::text, E'\n'
                    ORDER BY r.org_id::text COLLATE "C", r.period COLLATE "C", v.metric COLLATE "C")
    FROM stat_reports r
    JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.accepted_revision
   WHERE r.template_ref = tpl AND r.period BETWEEN from_period AND to_period AND r.accepted_revision IS NOT NULL
     AND v.item = '' AND (greenfin_is_district() OR greenfin_org() IS NULL)
$$;
REVOKE EXECUTE ON FUNCTION stat_district_totals(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stat_district_totals(text, text, text) TO greenfin_tenant;
