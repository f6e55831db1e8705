import type { TIntakeProblem } from "@greenfin/contracts";
import type { ValueEntry } from "../../../api/disclosure";
import { locationOf } from "../shared/problemText";

/** Problems placed on the form: by indicator (each keeps its breakdown), and those that belong to no field. */
export interface ProblemMap {
  byIndicator: Readonly<Record<string, readonly TIntakeProblem[]>>;
  general: readonly TIntakeProblem[];
}

export const NO_PROBLEMS: ProblemMap = { byIndicator: {}, general: [] };

/**
 * Places each problem on its field. A form problem names `values[i]`, the i-th entry of the request, so the sent
 * entries say which indicator and breakdown it is; other problems name their indicator themselves.
 */
export function placeProblems(problems: readonly TIntakeProblem[], sent: readonly ValueEntry[] = []): ProblemMap {
  const byIndicator: Record<string, TIntakeProblem[]> = {};
  const general: TIntakeProblem[] = [];
  for (const p of problems) {
    const l = locationOf(p);
    const m = l && "field" in l ? /^values\[(\d+)\]$/.exec(l.field) : null;
    const entry = m ? sent[Number(m[1])] : undefined;
    const indicatorId = entry?.indicatorId ?? p.indicatorId;
    if (!indicatorId) {
      general.push(p);
      continue;
    }
    const placed: TIntakeProblem = { ...p, indicatorId, dimension: entry ? entry.dimension : (p.dimension ?? "") };
    byIndicator[indicatorId] = [...(byIndicator[indicatorId] ?? []), placed];
  }
  return { byIndicator, general };
}

/** Drops the problems of one row once the user changes it. */
export function clearRow(map: ProblemMap, indicatorId: string, dimension: string): ProblemMap {
  const list = map.byIndicator[indicatorId];
  if (!list?.some((p) => (p.dimension ?? "") === dimension)) return map;
  const rest = list.filter((p) => (p.dimension ?? "") !== dimension);
  const byIndicator = { ...map.byIndicator };
  if (rest.length) byIndicator[indicatorId] = rest;
  else delete byIndicator[indicatorId];
  return { ...map, byIndicator };
}

export const countErrors = (map: ProblemMap) =>
  [...Object.values(map.byIndicator).flat(), ...map.general].filter((p) => p.severity === "error").length;
