/**
 * GET /api/statistics/mine — the institution view (issue 8 item 5): an institution's own accepted figures against the
 * district's totals and the anonymised quartiles of its peers (other institutions of its kind). Other institutions'
 * figures come only through the definer function stat_accepted_figures (migration 0013), which replaces every
 * organisation by an opaque key and its kind, so the tenant session never reads another institution's rows and the
 * answer names no other institution. Quartiles of fewer than 4 peers are suppressed, with the reason.
 */
import type { TStatMine, TStatMineFigure } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import { buildStatBook, peerComparison, type StatValue, statFigure, statGrowth } from "@greenfin/domain";
import type { LoadedStatTemplate } from "@greenfin/reference";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requireReporter } from "../stat-access";
import { acceptedPeriods, orgNames } from "./dashboard-data";
import { dashboardMetrics, dashboardTemplates, monthOr400 } from "./dashboard-metrics";
import { dashboardPeriods } from "./district-dashboard";
import { growthWindow } from "./drill-stat-dashboard";

interface PeerRow {
  peer: string;
  org_kind: string;
  is_me: boolean;
  period: string;
  metric: string;
  value: string;
}

/** Accepted totals of every institution, anonymised: the actor's own under its id, the others as "peer-<key>". */
async function anonymisedTotals(db: Queryable, actor: Actor, tpl: LoadedStatTemplate, period: string) {
  const w = growthWindow(period);
  const r = await db.query<PeerRow>(
    `SELECT peer, org_kind, is_me, period, metric, value::text AS value
       FROM stat_accepted_figures($1, $2, $3) WHERE item = ''`,
    [tpl.ref, w.from, w.to],
  );
  const kinds: Record<string, string> = {};
  const values: StatValue[] = r.rows.map((x) => {
    const orgId = x.is_me ? actor.orgId : `peer-${x.peer}`;
    kinds[orgId] = x.org_kind;
    return { orgId, period: x.period, metric: x.metric, item: null, value: x.value, revision: 1 };
  });
  return { book: buildStatBook(tpl.metrics, values), kinds };
}

export async function myStatistics(
  p: Platform,
  actor: Actor,
  q: { period?: string | undefined } = {},
): Promise<TStatMine> {
  requireReporter(actor, "read");
  const t = dashboardTemplates();
  const org = (await orgNames(p.db, [actor.orgId])).get(actor.orgId)!;
  const refs = { monthly: t.monthly.ref, quarterly: t.quarterly.ref };
  const accepted = await acceptedPeriods(p.db, refs, actor.orgId);
  const { period, quarter } = dashboardPeriods(accepted, monthOr400(q.period));
  const base = { org, period, quarter, periods: accepted.months };
  if (period === null) return { ...base, figures: [] };
  const monthly = await anonymisedTotals(p.db, actor, t.monthly, period);
  const quarterly = quarter ? await anonymisedTotals(p.db, actor, t.quarterly, quarter) : null;

  const figures: TStatMineFigure[] = [];
  for (const m of dashboardMetrics(t)) {
    const data = m.frequency === "monthly" ? monthly : quarterly;
    const at = m.frequency === "monthly" ? period : quarter;
    if (data === null || at === null) continue;
    const query = { metric: m.metric, period: at };
    const c = peerComparison(data.book, { ...query, orgId: actor.orgId, kinds: data.kinds });
    const mine = { ...query, orgIds: [actor.orgId] };
    const ownYtd = statFigure(data.book, { ...mine, basis: "year-to-date" });
    const ownYoy = statGrowth(data.book, { ...mine, comparison: "year-on-year" }).reported;
    const districtYtd = statFigure(data.book, { ...query, basis: "year-to-date" });
    const districtYoy = statGrowth(data.book, { ...query, comparison: "year-on-year" }).reported;
    figures.push({
      ...m,
      period: at,
      own: c.own,
      ownYtd: ownYtd.value,
      ownYoyPercent: ownYoy.growthPercent,
      district: c.district,
      districtYtd: districtYtd.value,
      districtYoyPercent: districtYoy.growthPercent,
      districtInstitutions: c.districtInstitutions,
      sharePercent: c.sharePercent,
      shareReason: c.shareReason,
      peers: c.peers ? { count: c.peers.count, p25: c.peers.p25, median: c.peers.median, p75: c.peers.p75 } : null,
      peersReported: c.peersReported,
      peersReason: c.peersReason,
      position: c.position,
      // peerComparison's trace names no other institution and shows no single peer's figure.
      trace: [...c.trace],
    });
  }
  return { ...base, figures };
}
