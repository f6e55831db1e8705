import { Dec, percent, plain } from "../../market/market-decimal";
import type { StatTarget } from "../statistics-types";
import { linearTrend, type StatObservation } from "./linear-trend";

export interface StatTargetProjection {
  readonly points: number;
  /** The trend's slope per year, exact. */
  readonly slope: string;
  readonly targetYear: number;
  /** The trend's value in the target year, exact. */
  readonly projected: string;
  /** increase: projected ≥ target; decrease: projected ≤ target. */
  readonly onTrack: boolean;
}

export interface StatTargetProgress {
  readonly target: string;
  readonly metric: string;
  readonly direction: StatTarget["direction"];
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly targetYear: number;
  readonly targetValue: string;
  /** The latest annual value, or null when none is given. */
  readonly latest: StatObservation | null;
  /** (latest − baseline) ÷ (target − baseline): exact fraction and percent to 2 places (may pass 100 or go below 0). */
  readonly progress: string | null;
  readonly progressPercent: string | null;
  readonly progressReason: string | null;
  /** Whether the latest value already meets the target. */
  readonly achieved: boolean | null;
  /** (target − latest) ÷ (target year − latest year): the change per year still needed. */
  readonly neededAnnualChange: string | null;
  readonly neededReason: string | null;
  readonly projection: StatTargetProjection | null;
  readonly projectionReason: string | null;
  readonly trace: readonly string[];
}

const meets = (direction: StatTarget["direction"], value: Dec, target: Dec): boolean =>
  direction === "increase" ? value.gte(target) : value.lte(target);

/**
 * Progress towards a district target from its annual values: the share of the way from baseline to target covered
 * by the latest value, the change per year still needed, and a least-squares linear projection to the target year.
 * Pass the annual values to fit (the baseline year's too, when it is a measured value; it is not added here).
 */
export function targetProgress(target: StatTarget, observations: readonly StatObservation[]): StatTargetProgress {
  const baseline = new Dec(target.baselineValue);
  const goal = new Dec(target.targetValue);
  const span = goal.minus(baseline);
  if (target.targetYear <= target.baselineYear)
    throw new Error(`${target.key}: the target year must follow the baseline year`);
  if (target.direction === "increase" ? !span.gt(0) : !span.lt(0)) {
    throw new Error(
      `${target.key}: an ${target.direction} target must be ${target.direction === "increase" ? "above" : "below"} its baseline`,
    );
  }
  const sorted = [...observations].sort((a, b) => a.year - b.year);
  const latest = sorted.length ? sorted[sorted.length - 1]! : null;
  const trace: string[] = [
    `${target.key} (${target.metric}, ${target.unit}): ${target.direction} from ${target.baselineValue} in ${target.baselineYear} to ${target.targetValue} in ${target.targetYear}`,
  ];

  let progress: string | null = null;
  let progressPercent: string | null = null;
  let progressReason: string | null = null;
  let achieved: boolean | null = null;
  let neededAnnualChange: string | null = null;
  let neededReason: string | null = null;
  if (latest === null) {
    progressReason = "no annual value yet";
    neededReason = progressReason;
    trace.push(`no progress: ${progressReason}`);
  } else {
    const current = new Dec(latest.value);
    const p = current.minus(baseline).div(span);
    progress = plain(p);
    progressPercent = percent(p);
    achieved = meets(target.direction, current, goal);
    trace.push(
      `progress = (latest − baseline) ÷ (target − baseline) = (${latest.value} − ${target.baselineValue}) ÷ (${target.targetValue} − ${target.baselineValue}) = ${plain(current.minus(baseline))} ÷ ${plain(span)} = ${progress} = ${progressPercent} %`,
    );
    const yearsLeft = target.targetYear - latest.year;
    if (yearsLeft <= 0) {
      neededReason = `the latest value is for ${latest.year}, the target year is ${target.targetYear}: no years left`;
      trace.push(neededReason);
    } else {
      const needed = goal.minus(current).div(yearsLeft);
      neededAnnualChange = plain(needed);
      trace.push(
        `needed per year = (target − latest) ÷ (${target.targetYear} − ${latest.year}) = (${target.targetValue} − ${latest.value}) ÷ ${yearsLeft} = ${neededAnnualChange}`,
      );
    }
  }

  let projection: StatTargetProjection | null = null;
  let projectionReason: string | null = null;
  const fit = linearTrend(sorted);
  if ("reason" in fit) {
    projectionReason = fit.reason;
    trace.push(`no projection: ${projectionReason}`);
  } else {
    const projected = fit.at(target.targetYear);
    const onTrack = meets(target.direction, projected, goal);
    projection = {
      points: fit.points,
      slope: fit.slope,
      targetYear: target.targetYear,
      projected: plain(projected),
      onTrack,
    };
    trace.push(
      ...fit.trace,
      `projected ${target.targetYear} = (Σy + b × (n × x_T − Σx)) ÷ n = ${plain(projected)}`,
      `${onTrack ? "on track" : "off track"}: projected ${plain(projected)} ${target.direction === "increase" ? (onTrack ? "≥" : "<") : onTrack ? "≤" : ">"} target ${target.targetValue}`,
    );
  }

  return {
    target: target.key,
    metric: target.metric,
    direction: target.direction,
    baselineYear: target.baselineYear,
    baselineValue: target.baselineValue,
    targetYear: target.targetYear,
    targetValue: target.targetValue,
    latest,
    progress,
    progressPercent,
    progressReason,
    achieved,
    neededAnnualChange,
    neededReason,
    projection,
    projectionReason,
    trace,
  };
}
