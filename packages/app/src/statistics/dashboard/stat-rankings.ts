/**
 * GET /api/statistics/dashboard/rankings: the institutions ordered by a metric (or by its growth year on year) for a
 * period, with each one's share of the district total and its growth; the domain's rankInstitutions breaks ties by
 * org id. Institutions that cannot be ranked (no growth: a newcomer) are listed with the reason.
 */
import type { TStatRanking, TStatRankingQuery } from "@greenfin/contracts";
import { rankInstitutions, statFigure, statGrowth, statSharePercent } from "@greenfin/domain";
import { requireDistrict } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { orgNames, readAcceptedValues, revisionLines } from "./dashboard-data";
import { bookOf } from "./dashboard-figures";
import { dashboardMetricOr400, dashboardTemplates, metricsToRead, periodFor, templateOf } from "./dashboard-metrics";
import { growthWindow } from "./drill-stat-dashboard";

export type StatRankingQuery = Pick<TStatRankingQuery, "metric" | "period"> &
  Partial<Pick<TStatRankingQuery, "basis" | "by">>;

export async function statRankings(p: Platform, actor: Actor, q: StatRankingQuery): Promise<TStatRanking> {
  requireDistrict(actor);
  const t = dashboardTemplates();
  const m = dashboardMetricOr400(q.metric, t);
  const period = periodFor(m, q.period);
  const basis = q.basis ?? "period";
  const by = q.by ?? "value";
  const tpl = templateOf(t, m);
  const read = await readAcceptedValues(p.db, {
    windows: [{ templateRef: tpl.ref, ...growthWindow(period) }],
    totalsOnly: true,
    metrics: metricsToRead(tpl, m.metric),
  });
  const book = bookOf(tpl, read.values.get(tpl.ref));
  const query = { metric: m.metric, period, basis };
  const ranking = rankInstitutions(book, { ...query, by });
  const total = statFigure(book, query);
  const names = await orgNames(p.db, book.orgIds);
  const name = (id: string) => ({ nameZh: names.get(id)?.nameZh ?? id, nameEn: names.get(id)?.nameEn ?? id });
  const orgValue = new Map(total.institutions.map((o) => [o.orgId, o.value]));
  return {
    metric: m,
    period,
    basis,
    by,
    total: total.value,
    rows: ranking.ranked.map((r) => {
      const g = statGrowth(book, { ...query, orgIds: [r.orgId], comparison: "year-on-year" }).reported;
      const value = orgValue.get(r.orgId) ?? null;
      return {
        rank: r.rank,
        orgId: r.orgId,
        ...name(r.orgId),
        value: value ?? r.value,
        sharePercent: statSharePercent(value, total),
        yoyPercent: g.growthPercent,
        yoyReason: g.reason,
      };
    }),
    unranked: ranking.unranked.map((u) => ({ orgId: u.orgId, ...name(u.orgId), reason: u.reason })),
    trace: [...revisionLines(read.revised, total.periods), ...ranking.trace],
  };
}
