import type { StatFrequency, StatPeriod } from "../statistics-types";

/**
 * A period taken apart: "2026-03" is month 3 of 2026, "2026-Q1" quarter 1. (The intake's reader, intake/
 * stat-period.ts, builds on these and adds a year range for typing errors.)
 */
export interface StatPeriodParts {
  readonly year: number;
  readonly frequency: StatFrequency;
  /** The month (1–12) or the quarter (1–4). */
  readonly index: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export const isStatPeriod = (text: string): boolean => MONTH.test(text) || QUARTER.test(text);

/** The period's parts; throws for text that is not a period. */
export function splitStatPeriod(period: StatPeriod): StatPeriodParts {
  const m = MONTH.exec(period);
  if (m) return { year: Number(m[1]), frequency: "monthly", index: Number(m[2]) };
  const q = QUARTER.exec(period);
  if (q) return { year: Number(q[1]), frequency: "quarterly", index: Number(q[2]) };
  throw new Error(`not a statistics period: "${period}" (a month is 2026-03, a quarter 2026-Q1)`);
}

const perYear = (frequency: StatFrequency): number => (frequency === "monthly" ? 12 : 4);

export function formatStatPeriod(p: StatPeriodParts): StatPeriod {
  const year = String(p.year).padStart(4, "0");
  return p.frequency === "monthly" ? `${year}-${String(p.index).padStart(2, "0")}` : `${year}-Q${p.index}`;
}

/** The period `steps` periods later (earlier when negative), of the same frequency. */
export function shiftStatPeriod(period: StatPeriod, steps: number): StatPeriod {
  const p = splitStatPeriod(period);
  const n = perYear(p.frequency);
  const ordinal = p.year * n + (p.index - 1) + steps;
  return formatStatPeriod({ year: Math.floor(ordinal / n), frequency: p.frequency, index: (ordinal % n) + 1 });
}

/** The same month or quarter a year earlier ("2026-03" → "2025-03"). */
export const sameStatPeriodLastYear = (period: StatPeriod): StatPeriod => {
  const p = splitStatPeriod(period);
  return formatStatPeriod({ ...p, year: p.year - 1 });
};

/** The period just before (month-on-month, quarter-on-quarter). */
export const previousStatPeriod = (period: StatPeriod): StatPeriod => shiftStatPeriod(period, -1);

/** The periods from `from` to `to`, both included, oldest first; both must have the same frequency. */
export function statPeriodRange(from: StatPeriod, to: StatPeriod): StatPeriod[] {
  const a = splitStatPeriod(from);
  const b = splitStatPeriod(to);
  if (a.frequency !== b.frequency) throw new Error(`periods of different frequency: ${from} … ${to}`);
  const out: StatPeriod[] = [];
  for (let p = from; compareStatPeriods(p, to) <= 0; p = shiftStatPeriod(p, 1)) out.push(p);
  return out;
}

/** The year's periods up to and including `period` (January or Q1 … the period). */
export function yearToDatePeriods(period: StatPeriod): StatPeriod[] {
  const p = splitStatPeriod(period);
  return statPeriodRange(formatStatPeriod({ ...p, index: 1 }), period);
}

/** The last period of a year in a frequency ("2025-12", "2025-Q4"). */
export const lastStatPeriodOfYear = (year: number, frequency: StatFrequency): StatPeriod =>
  formatStatPeriod({ year, frequency, index: perYear(frequency) });

/** Chronological order; periods of one frequency only (throws otherwise). */
export function compareStatPeriods(a: StatPeriod, b: StatPeriod): number {
  const x = splitStatPeriod(a);
  const y = splitStatPeriod(b);
  if (x.frequency !== y.frequency) throw new Error(`periods of different frequency: ${a}, ${b}`);
  return x.year - y.year || x.index - y.index;
}

/** Code-unit order of identifiers: the same on every machine and locale (ties in rankings, output order). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
