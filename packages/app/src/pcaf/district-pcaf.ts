/**
 * The district's view of financed emissions for a year: each institution's latest completed run, with its totals,
 * coverage, weighted data-quality score and WACI, largest financed emissions first.
 */
import type { TDistrictPcafRow } from "@greenfin/contracts";
import { requireDistrict } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { summaryOf } from "./pcaf-run-view";

export async function districtPcaf(p: Platform, actor: Actor, year: number): Promise<TDistrictPcafRow[]> {
  requireDistrict(actor);
  const r = await p.db.query<{
    org_id: string;
    name_zh: string;
    name_en: string;
    institution_type: string | null;
    run_id: string;
    summary: string;
  }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (r.org_id) r.org_id, o.name_zh, o.name_en, o.institution_type, r.id AS run_id, r.summary
         FROM pcaf_runs r JOIN organisations o ON o.id = r.org_id
        WHERE r.year = $1 AND r.status = 'completed'
        ORDER BY r.org_id, r.completed_at DESC) latest
      ORDER BY (summary::jsonb #>> '{total,financedScope12Tco2e}')::numeric DESC, name_zh`,
    [year],
  );
  return r.rows.map((x) => {
    const s = summaryOf(x)!;
    return {
      orgId: x.org_id,
      nameZh: x.name_zh,
      nameEn: x.name_en,
      institutionType: x.institution_type,
      runId: x.run_id,
      positions: s.total.positions,
      outstanding: s.total.outstanding,
      financedScope12Tco2e: s.total.financedScope12Tco2e,
      coverage: s.total.coverage,
      weightedDataQuality: s.total.weightedDataQuality,
      waci: s.waci.value,
    };
  });
}
