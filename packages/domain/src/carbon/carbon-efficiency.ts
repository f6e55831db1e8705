import { Dec, intensity, NON_NEGATIVE_DECIMAL } from "./carbon-decimal";
import { CarbonInputError, type CarbonProblem, problem } from "./carbon-errors";
import type { Band, CarbonEfficiencyMethod } from "./factor-set-types";

/** An enterprise of the industry being graded, with its period CO2 (t) and industrial value added (万元). */
export interface EfficiencyPeer {
  readonly id: string;
  readonly co2: string;
  readonly valueAdded: string;
}

export interface EfficiencyGrade {
  readonly id: string;
  /** L = CO2 ÷ value added, tCO2/万元, 6 places. */
  readonly intensity: string;
  /** K = L ÷ industry-average L, 6 places. */
  readonly k: string;
  readonly grade: number;
  readonly level: { readonly key: string; readonly nameZh: string; readonly nameEn: string };
  readonly colour: { readonly colour: string; readonly nameZh: string; readonly nameEn: string };
  readonly trace: readonly string[];
}

export interface EfficiencyResult {
  readonly method: string;
  readonly industryAverage: {
    readonly intensity: string;
    readonly rule: string;
    readonly definition: string;
    readonly totalCo2: string;
    readonly totalValueAdded: string;
  };
  readonly grades: readonly EfficiencyGrade[];
}

/** The first band whose upper edge the value does not exceed (an edge value takes the better band). */
function bandOf<T extends Band>(bands: readonly T[], value: Dec): T {
  return bands.find((b) => b.upTo === null || value.lte(b.upTo)) ?? (bands[bands.length - 1] as T);
}

function peerProblems(peers: readonly EfficiencyPeer[]): CarbonProblem[] {
  const out: CarbonProblem[] = [];
  if (!peers.length) out.push(problem("peers", "", "至少需要一家企业", "at least one enterprise is needed"));
  const ids = new Set<string>();
  for (const p of peers) {
    if (ids.has(p.id)) out.push(problem(p.id, "id", "企业重复", "enterprise listed twice"));
    ids.add(p.id);
    if (!NON_NEGATIVE_DECIMAL.test(p.co2))
      out.push(problem(p.id, "co2", "排放量应为非负数", "CO2 must be a non-negative decimal"));
    if (!NON_NEGATIVE_DECIMAL.test(p.valueAdded) || new Dec(p.valueAdded).isZero())
      out.push(problem(p.id, "valueAdded", "增加值应为正数", "value added must be a positive decimal"));
  }
  return out;
}

/**
 * Zhejiang carbon-efficiency grades (DB33/T 1347-2023 method as summarised): L = CO2 ÷ value added per enterprise,
 * the industry-average L by the method's rule (data), K = L ÷ industry-average L, the K band gives grade 1–5 and
 * its colour, the L band the absolute level. K and L are graded unrounded and published to 6 places.
 */
export function gradeCarbonEfficiency(
  peers: readonly EfficiencyPeer[],
  method: CarbonEfficiencyMethod,
): EfficiencyResult {
  const problems = peerProblems(peers);
  if (problems.length) throw new CarbonInputError(problems);
  const totalCo2 = peers.reduce((a, p) => a.plus(p.co2), new Dec(0));
  const totalVa = peers.reduce((a, p) => a.plus(p.valueAdded), new Dec(0));
  const ls = peers.map((p) => new Dec(p.co2).dividedBy(p.valueAdded));
  const average =
    method.industryAverage.method === "total_co2_over_total_value_added"
      ? totalCo2.dividedBy(totalVa)
      : ls.reduce((a, l) => a.plus(l), new Dec(0)).dividedBy(ls.length);
  const rule =
    method.industryAverage.method === "total_co2_over_total_value_added"
      ? `industry-average L = Σ CO2 ÷ Σ value added = ${totalCo2.toFixed()} ÷ ${totalVa.toFixed()} = ${intensity(average)} tCO2/万元`
      : `industry-average L = mean of the ${ls.length} L values = ${intensity(average)} tCO2/万元`;
  const grades = peers.map((p, i): EfficiencyGrade => {
    const l = ls[i] as Dec;
    const k = average.isZero() ? new Dec(0) : l.dividedBy(average);
    const band = bandOf(method.kGrades, k);
    const level = bandOf(method.levels, l);
    const colour = method.colours.mapping.find((c) => c.grade === band.grade);
    if (!colour) throw new RangeError(`grade ${band.grade} has no colour in ${method.id}`);
    return {
      id: p.id,
      intensity: intensity(l),
      k: intensity(k),
      grade: band.grade,
      level: { key: level.key, nameZh: level.nameZh, nameEn: level.nameEn },
      colour: { colour: colour.colour, nameZh: colour.nameZh, nameEn: colour.nameEn },
      trace: [
        `L = ${p.co2} tCO2 ÷ ${p.valueAdded} 万元 = ${intensity(l)} tCO2/万元 → level ${level.key} (≤ ${level.upTo ?? "∞"})`,
        rule,
        `K = L ÷ industry-average L = ${intensity(k)} → grade ${band.grade} (K ≤ ${band.upTo ?? "∞"}) → ${colour.nameEn}`,
      ],
    };
  });
  return {
    method: `${method.id}: ${method.standard}`,
    industryAverage: {
      intensity: intensity(average),
      rule: method.industryAverage.method,
      definition: method.industryAverage.definition,
      totalCo2: totalCo2.toFixed(),
      totalValueAdded: totalVa.toFixed(),
    },
    grades,
  };
}
