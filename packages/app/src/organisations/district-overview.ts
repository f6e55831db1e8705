import type { EnterpriseSize, OrgKind } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import { requireDistrict } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";

/** How the zone is made up, for the district's home page. */
export async function districtOverview(p: Platform, actor: Actor) {
  requireDistrict(actor);
  const db = p.db;
  const byKind = await db.query<{ kind: OrgKind; count: number }>(
    "SELECT kind, count(*)::int AS count FROM organisations GROUP BY kind ORDER BY kind",
  );
  const bySection = await db.query<{ section: string; count: number }>(
    `SELECT left(industry_code, 1) AS section, count(*)::int AS count FROM organisations
      WHERE kind = 'enterprise' AND industry_code IS NOT NULL GROUP BY 1 ORDER BY 1`,
  );
  const bySize = await db.query<{ size: EnterpriseSize; count: number }>(
    "SELECT size, count(*)::int AS count FROM organisations WHERE kind = 'enterprise' AND size IS NOT NULL GROUP BY size",
  );
  const byArea = await db.query<{ area: string; count: number }>(
    `SELECT area, count(*)::int AS count FROM organisations WHERE kind = 'enterprise' AND area IS NOT NULL
      GROUP BY area ORDER BY count DESC`,
  );
  const totals = await db.query<{ revenue: string | null; users: number; grants: number }>(
    `SELECT (SELECT sum(revenue_cny) FROM organisations WHERE kind = 'enterprise')::text AS revenue,
            (SELECT count(*)::int FROM users WHERE disabled_at IS NULL) AS users,
            (SELECT count(*)::int FROM consent_grants WHERE revoked_at IS NULL AND valid_from <= $1 AND expires_at > $1) AS grants`,
    [p.clock.now()],
  );
  const sections = new Map(loadIndustryClassification().sections.map((s) => [s.code, s]));
  const t = totals.rows[0]!;
  return {
    byKind: byKind.rows,
    enterprisesBySection: bySection.rows.map((r) => ({
      section: r.section,
      nameZh: sections.get(r.section)?.nameZh ?? r.section,
      nameEn: sections.get(r.section)?.nameEn ?? r.section,
      count: r.count,
    })),
    enterprisesBySize: bySize.rows,
    enterprisesByArea: byArea.rows,
    totalEnterpriseRevenueCny: t.revenue ?? "0.00",
    activeGrants: t.grants,
    users: t.users,
  };
}
