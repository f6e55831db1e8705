import { type MarketProblem, marketProblem } from "./market-errors";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), without the clock. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a valid "YYYY-MM-DD", or null (2026-02-30 is not a date). */
export function dayNumber(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = daysFromCivil(y, mo, d);
  // A day past the month's end rolls into the next month; refuse it.
  return daysFromCivil(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) > days ? days : null;
}

export const dateProblems = (field: string, text: unknown): MarketProblem[] =>
  typeof text === "string" && dayNumber(text) !== null
    ? []
    : [marketProblem("invalid", field, "日期应为 YYYY-MM-DD", "must be a date YYYY-MM-DD")];

/** Whole days from `from` to `to` (both valid dates). */
export const daysBetween = (from: string, to: string): number =>
  (dayNumber(to) as number) - (dayNumber(from) as number);
