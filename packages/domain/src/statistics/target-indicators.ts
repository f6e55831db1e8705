import { Dec, plain } from "../market/market-decimal";
import type { StatObservation } from "./aggregate/linear-trend";

/** One enterprise's carbon account for a year: emissions (tCO2) and the intensity's denominator (万元). */
export interface IntensityAccount {
  readonly orgId: string;
  readonly year: number;
  readonly co2: string;
  readonly denominator: string;
}

export interface IndicatorSeries {
  readonly values: readonly StatObservation[];
  readonly trace: readonly string[];
}

/** Change percent to 4 places: enough for a target in whole percent, stable for golden tests. */
const PLACES = 4;

/**
 * The district's carbon-intensity change against a baseline year, in percent, from enterprises' carbon accounts:
 * for each later year, over the enterprises with an account (and a positive denominator) in both that year and the
 * baseline year, I = Σ CO2 ÷ Σ denominator; change = (I_year ÷ I_baseline − 1) × 100. The baseline year itself is 0
 * when it has accounts. A like-for-like panel, so enterprises joining or leaving do not move the figure.
 */
export function carbonIntensityChange(
  accounts: readonly IntensityAccount[],
  baselineYear: number,
  denominatorName = "value added (10k yuan)",
): IndicatorSeries {
  const byYear = new Map<number, Map<string, IntensityAccount>>();
  for (const a of accounts) {
    if (!new Dec(a.denominator).gt(0)) continue;
    const year = byYear.get(a.year) ?? new Map<string, IntensityAccount>();
    if (year.has(a.orgId)) throw new Error(`${a.orgId}: two accounts for ${a.year}`);
    year.set(a.orgId, a);
    byYear.set(a.year, year);
  }
  const base = byYear.get(baselineYear);
  const trace: string[] = [
    `carbon intensity = Σ tCO2 ÷ Σ ${denominatorName} over the enterprises with accounts in both the year and ${baselineYear}; change = (I_year ÷ I_${baselineYear} − 1) × 100`,
  ];
  if (!base || base.size === 0) {
    trace.push(`no carbon account with a positive denominator for the baseline year ${baselineYear}: no values`);
    return { values: [], trace };
  }
  const values: StatObservation[] = [
    { year: baselineYear, value: "0", source: `carbon accounts ${baselineYear} (baseline, ${base.size} enterprises)` },
  ];
  trace.push(`${baselineYear}: baseline, ${base.size} enterprises, change 0`);
  for (const year of [...byYear.keys()].filter((y) => y > baselineYear).sort((a, b) => a - b)) {
    const now = byYear.get(year)!;
    let co2B = new Dec(0);
    let denB = new Dec(0);
    let co2Y = new Dec(0);
    let denY = new Dec(0);
    let n = 0;
    for (const [orgId, a] of now) {
      const b = base.get(orgId);
      if (!b) continue;
      n += 1;
      co2B = co2B.plus(b.co2);
      denB = denB.plus(b.denominator);
      co2Y = co2Y.plus(a.co2);
      denY = denY.plus(a.denominator);
    }
    if (n === 0 || !co2B.gt(0)) {
      trace.push(`${year}: no enterprise with emissions in both ${baselineYear} and ${year}, left out`);
      continue;
    }
    const iB = co2B.div(denB);
    const iY = co2Y.div(denY);
    const change = iY.div(iB).minus(1).times(100).toDecimalPlaces(PLACES);
    values.push({ year, value: plain(change), source: `carbon accounts ${baselineYear}/${year} (${n} enterprises)` });
    trace.push(
      `${year}: ${n} enterprises in both years; I_${baselineYear} = ${plain(co2B)} ÷ ${plain(denB)} = ${plain(iB.toDecimalPlaces(6))}, I_${year} = ${plain(co2Y)} ÷ ${plain(denY)} = ${plain(iY.toDecimalPlaces(6))}; change = ${plain(change)} %`,
    );
  }
  return { values, trace };
}

export type TargetValueOrigin = "reported" | "platform" | "entered";

export interface OriginValue extends StatObservation {
  readonly origin: TargetValueOrigin;
}

/**
 * The annual values a target's progress is computed from: the computed ones (reports or platform), with a value the
 * district entered taking the place of the computed one for its year (an official release outranks our estimate).
 */
export function mergeTargetValues(
  computed: readonly StatObservation[],
  computedOrigin: Exclude<TargetValueOrigin, "entered">,
  entered: readonly StatObservation[],
): { values: OriginValue[]; trace: string[] } {
  const byYear = new Map<number, OriginValue>();
  const trace: string[] = [];
  for (const c of computed) byYear.set(c.year, { ...c, origin: computedOrigin });
  for (const e of entered) {
    const replaced = byYear.get(e.year);
    if (replaced)
      trace.push(`${e.year}: entered value ${e.value} replaces the ${computedOrigin} value ${replaced.value}`);
    byYear.set(e.year, { ...e, origin: "entered" });
  }
  const values = [...byYear.values()].sort((a, b) => a.year - b.year);
  trace.push(
    values.length
      ? `annual values: ${values.map((v) => `${v.year} ${v.value} (${v.origin})`).join(", ")}`
      : "no annual value",
  );
  return { values, trace };
}
