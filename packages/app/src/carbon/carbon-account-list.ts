/**
 * A year's carbon accounts as a table: the district sees every enterprise; a bank or investor sees those that
 * granted it their carbon data (each listed enterprise logged in its access log); an enterprise sees itself.
 */
import { grantorsFor, logGrantedReads } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";

export interface CarbonAccountListRow {
  orgId: string;
  nameZh: string;
  nameEn: string;
  industryCode: string | null;
  version: number;
  scope1: string;
  scope2Location: string;
  scope2Market: string;
  total: string;
  valueAddedWan: string | null;
  /** tCO2 per 万元 of value added (L), 6 places; null without value added. */
  intensityPerValueAdded: string | null;
  grade: number | null;
  colour: string | null;
}

export async function listCarbonAccounts(p: Platform, actor: Actor, year: number): Promise<CarbonAccountListRow[]> {
  const visible = actor.orgKind === "district" ? null : [actor.orgId, ...(await grantorsFor(p, actor, "carbon"))];
  const r = await p.db.query<{
    org_id: string;
    name_zh: string;
    name_en: string;
    industry_code: string | null;
    version: number;
    scope1: string;
    scope2_location: string;
    scope2_market: string;
    total_location: string;
    value_added_wan: string | null;
    l: string | null;
    grade: number | null;
    colour: string | null;
  }>(
    `WITH latest AS (
       SELECT DISTINCT ON (org_id) * FROM carbon_accounts
        WHERE year = $1 AND ($2::uuid[] IS NULL OR org_id = ANY($2::uuid[]))
        ORDER BY org_id, version DESC),
     batch AS (SELECT id FROM carbon_grade_batches WHERE year = $1 ORDER BY created_at DESC LIMIT 1)
     SELECT a.org_id, o.name_zh, o.name_en, a.industry_code, a.version, a.scope1::text, a.scope2_location::text,
            a.scope2_market::text, a.total_location::text, a.value_added_wan::text,
            CASE WHEN a.value_added_wan > 0 THEN round(a.total_location / a.value_added_wan, 6)::text END AS l,
            g.grade, g.colour
       FROM latest a JOIN organisations o ON o.id = a.org_id
       LEFT JOIN carbon_grades g ON g.org_id = a.org_id AND g.batch_id = (SELECT id FROM batch)
      ORDER BY a.total_location DESC, o.name_zh`,
    [year, visible],
  );
  await logGrantedReads(
    p,
    actor,
    "carbon",
    r.rows.map((x) => x.org_id),
    `carbon_account:${year}:`,
  );
  return r.rows.map((x) => ({
    orgId: x.org_id,
    nameZh: x.name_zh,
    nameEn: x.name_en,
    industryCode: x.industry_code,
    version: x.version,
    scope1: x.scope1,
    scope2Location: x.scope2_location,
    scope2Market: x.scope2_market,
    total: x.total_location,
    valueAddedWan: x.value_added_wan,
    intensityPerValueAdded: x.l,
    grade: x.grade,
    colour: x.colour,
  }));
}
