/**
 * The district's targets with their progress: computed annual values (reports or platform) merged with the values
 * the district entered (an entered value replaces a computed one for its year), then the domain's targetProgress —
 * the share of the way from baseline to target, the change per year still needed, and the least-squares linear
 * projection to the target year — with the trace of which data and which method. Every signed-in organisation reads
 * them (figures are district totals); `publicTargetsWithProgress` serves the public page without a session.
 */
import type { TTargetList, TTargetWithProgress } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import { mergeTargetValues, targetProgress } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { type EnteredObservation, readObservations, readTargets, type TargetRow } from "./target-rows";
import { computedTargetValues, type TargetReadMode } from "./target-values";

export const TARGET_METHOD_ZH =
  "进度 =（最新年度值 − 基期值）÷（目标值 − 基期值）；预测：对各年度值做最小二乘直线拟合，外推至目标年。年度值取自已审核统计报表（年末余额或全年累计）、平台数据（企业碳账户）或管委会录入的统计数据，录入值优先。";
export const TARGET_METHOD_EN =
  "Progress = (latest annual value − baseline) ÷ (target − baseline); projection: a least-squares straight line through the annual values, extended to the target year. Annual values come from accepted statistics reports (year-end balance or the year's sum), platform data (enterprises' carbon accounts) or figures the district entered, which take precedence.";

function withProgress(
  t: TargetRow,
  computed: Awaited<ReturnType<typeof computedTargetValues>>,
  entered: readonly EnteredObservation[],
  showPeople: boolean,
): TTargetWithProgress {
  const merged = mergeTargetValues(
    computed.values,
    computed.origin ?? "platform",
    entered.map((e) => ({ year: e.year, value: e.value, source: e.source })),
  );
  const progress = targetProgress(t, merged.values);
  const enteredByYear = new Map(entered.map((e) => [e.year, e]));
  const dataSource = merged.values.length === 0 ? "none" : (computed.origin ?? "entered");
  return {
    key: t.key,
    nameZh: t.nameZh,
    nameEn: t.nameEn,
    metric: t.metric,
    unit: t.unit,
    baselineYear: t.baselineYear,
    baselineValue: t.baselineValue,
    targetYear: t.targetYear,
    targetValue: t.targetValue,
    direction: t.direction,
    source: t.source,
    dataSource,
    observations: merged.values.map((v) => {
      const e = v.origin === "entered" ? enteredByYear.get(v.year) : undefined;
      return {
        year: v.year,
        value: v.value,
        origin: v.origin,
        source: v.source ?? "",
        enteredAt: e && showPeople ? e.enteredAt : null,
        enteredBy: e && showPeople ? e.enteredBy : null,
      };
    }),
    latest: progress.latest ? { year: progress.latest.year, value: progress.latest.value } : null,
    progress: progress.progress,
    progressPercent: progress.progressPercent,
    achieved: progress.achieved,
    neededAnnualChange: progress.neededAnnualChange,
    projection: progress.projection ? { ...progress.projection } : null,
    reasons: [progress.progressReason, progress.projectionReason].filter((r): r is string => r !== null),
    trace: [...computed.trace, ...merged.trace, ...progress.trace],
    updatedAt: t.updatedAt,
  };
}

async function targetsWithProgress(
  db: Queryable,
  mode: TargetReadMode,
  now: Date,
  opts: { key?: string; showPeople: boolean },
): Promise<TTargetWithProgress[]> {
  const targets = await readTargets(db, opts.key);
  const entered = await readObservations(db, opts.showPeople);
  const year = now.getUTCFullYear();
  const out: TTargetWithProgress[] = [];
  for (const t of targets) {
    // Values up to the target year (or this year, before it): progress is towards the target by its year.
    const computed = await computedTargetValues(db, mode, t, Math.max(Math.min(year, t.targetYear), t.baselineYear));
    out.push(withProgress(t, computed, entered.get(t.key) ?? [], opts.showPeople));
  }
  return out;
}

const list = (now: Date, targets: TTargetWithProgress[]): TTargetList => ({
  asOf: now.toISOString(),
  methodZh: TARGET_METHOD_ZH,
  methodEn: TARGET_METHOD_EN,
  targets,
});

/** Every signed-in organisation with `read`: all targets with progress; who entered a value, for the district. */
export async function listTargetsWithProgress(p: Platform, actor: Actor): Promise<TTargetList> {
  requirePermission(actor, "read");
  const now = p.clock.now();
  return list(now, await targetsWithProgress(p.db, "tenant", now, { showPeople: actor.orgKind === "district" }));
}

/** One target with progress, as the district sees it after a change (NOT_FOUND is the caller's). */
export async function targetWithProgress(p: Platform, key: string): Promise<TTargetWithProgress | null> {
  return (await targetsWithProgress(p.db, "tenant", p.clock.now(), { key, showPeople: true }))[0] ?? null;
}

/** The public page (no session): targets and district aggregates only, nobody's name. */
export async function publicTargetsWithProgress(p: Platform): Promise<TTargetList> {
  const now = p.clock.now();
  return list(now, await targetsWithProgress(p.db, "public", now, { showPeople: false }));
}
