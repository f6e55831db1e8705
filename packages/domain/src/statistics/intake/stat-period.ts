import { formatStatPeriod, isStatPeriod, shiftStatPeriod, splitStatPeriod } from "../aggregate/stat-periods";
import type { StatFrequency, StatPeriod } from "../statistics-types";

/** A period taken apart: "2026-03" is month 3 of 2026, "2026-Q1" quarter 1. */
export interface CheckedStatPeriod {
  readonly period: StatPeriod;
  readonly frequency: StatFrequency;
  readonly year: number;
  /** The month (1–12) or the quarter (1–4). */
  readonly index: number;
}

/** Thrown for text that is not a period: "2026-3", "2026-13", "2026-Q5", "26-03", "2026-03-01". */
export class StatPeriodError extends Error {
  override name = "StatPeriodError";
}

/** Years a report can be about; anything outside is a typing error, not a period. */
export const STAT_MIN_YEAR = 2000;
export const STAT_MAX_YEAR = 2100;

const inRange = (year: number) => year >= STAT_MIN_YEAR && year <= STAT_MAX_YEAR;

/**
 * The period's parts, or null when the text is not a period. The arithmetic is the aggregates' (stat-periods.ts);
 * the intake adds the year range, since a year outside it is a typing error.
 */
export function readStatPeriod(text: string): CheckedStatPeriod | null {
  if (!isStatPeriod(text)) return null;
  const p = splitStatPeriod(text);
  return inRange(p.year) ? { period: text, ...p } : null;
}

/** The period's parts; refuses text that is not a period. */
export function requireStatPeriod(text: string): CheckedStatPeriod {
  const parsed = readStatPeriod(text);
  if (!parsed)
    throw new StatPeriodError(
      `"${text}" is not a period: a month is written 2026-03, a quarter 2026-Q1 (years ${STAT_MIN_YEAR}–${STAT_MAX_YEAR})`,
    );
  return parsed;
}

const write = (frequency: StatFrequency, year: number, index: number): StatPeriod =>
  formatStatPeriod({ year, frequency, index });

/** The period of `frequency` that holds a local date "2026-03-15" (→ "2026-03" or "2026-Q1"). */
export function periodOf(date: string, frequency: StatFrequency): StatPeriod {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  const year = m ? Number(m[1]) : 0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysIn = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysIn || !inRange(year))
    throw new StatPeriodError(`"${date}" is not a date like 2026-03-15 (years ${STAT_MIN_YEAR}–${STAT_MAX_YEAR})`);
  return write(frequency, year, frequency === "monthly" ? month : Math.ceil(month / 3));
}

/** The period before: "2026-01" → "2025-12", "2026-Q1" → "2025-Q4". */
export function previousPeriod(period: StatPeriod): StatPeriod {
  const p = requireStatPeriod(period);
  const previous = shiftStatPeriod(period, -1);
  if (!inRange(p.index === 1 ? p.year - 1 : p.year))
    throw new StatPeriodError(`${period} has no previous period within ${STAT_MIN_YEAR}–${STAT_MAX_YEAR}`);
  return previous;
}

/** Every period of a year in order: 12 months or 4 quarters. */
export function periodsOfYear(year: number, frequency: StatFrequency): StatPeriod[] {
  if (!Number.isInteger(year) || !inRange(year))
    throw new StatPeriodError(`${year} is not a year within ${STAT_MIN_YEAR}–${STAT_MAX_YEAR}`);
  const count = frequency === "monthly" ? 12 : 4;
  return Array.from({ length: count }, (_, i) => write(frequency, year, i + 1));
}

/** The months a period covers: "2026-Q2" → ["2026-04", "2026-05", "2026-06"], "2026-03" → ["2026-03"]. */
export function monthsOfPeriod(period: StatPeriod): StatPeriod[] {
  const p = requireStatPeriod(period);
  if (p.frequency === "monthly") return [period];
  return [1, 2, 3].map((k) => write("monthly", p.year, (p.index - 1) * 3 + k));
}
