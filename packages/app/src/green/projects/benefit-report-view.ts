/**
 * A benefit report as the project page shows it: the computed result, and per total key the actual figure against
 * the expected one with their ratio (exact decimal arithmetic, 4 places, half away from zero).
 */
import type { TBenefitReport, TBenefitReportRow } from "@greenfin/contracts";

export const RATIO_PLACES = 4;

function fraction(v: string): { n: bigint; d: bigint } {
  const negative = v.startsWith("-");
  const [whole = "0", frac = ""] = (negative ? v.slice(1) : v).split(".");
  const n = BigInt(whole + frac) * (negative ? -1n : 1n);
  return { n, d: 10n ** BigInt(frac.length) };
}

/** actual / expected as decimal text; null when nothing (or zero) was expected. */
export function benefitRatio(actual: string, expected: string | null): string | null {
  if (expected === null) return null;
  const a = fraction(actual);
  const e = fraction(expected);
  if (e.n === 0n) return null;
  let num = a.n * e.d;
  let den = a.d * e.n;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const scale = 10n ** BigInt(RATIO_PLACES);
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = (abs * scale * 2n + den) / (2n * den);
  const digits = q.toString().padStart(RATIO_PLACES + 1, "0");
  const text = `${digits.slice(0, -RATIO_PLACES)}.${digits.slice(-RATIO_PLACES)}`.replace(/\.?0+$/, "");
  return negative && q !== 0n ? `-${text}` : text;
}

export function againstExpected(result: TBenefitReport, expected: TBenefitReport | null) {
  return result.totals.map((t) => {
    const e = expected?.totals.find((x) => x.key === t.key && x.unit === t.unit)?.value ?? null;
    return { key: t.key, unit: t.unit, expected: e, actual: t.value, ratio: benefitRatio(t.value, e) };
  });
}

export interface BenefitReportData {
  id: string;
  year: number;
  reported_by_name: string | null;
  reported_at: Date;
  note: string | null;
  result: string;
}

export function toBenefitReportRow(r: BenefitReportData, expected: TBenefitReport | null): TBenefitReportRow {
  const result = JSON.parse(r.result) as TBenefitReport;
  return {
    id: r.id,
    year: r.year,
    reportedBy: r.reported_by_name,
    reportedAt: r.reported_at.toISOString(),
    note: r.note,
    result,
    againstExpected: againstExpected(result, expected),
  };
}
