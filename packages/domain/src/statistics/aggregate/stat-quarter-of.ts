import type { StatPeriod } from "../statistics-types";
import { formatStatPeriod, splitStatPeriod } from "./stat-periods";

/** The quarter a month falls in ("2026-05" → "2026-Q2"). */
export function quarterOfMonth(month: StatPeriod): StatPeriod {
  const p = splitStatPeriod(month);
  if (p.frequency !== "monthly") throw new Error(`not a month: "${month}"`);
  return formatStatPeriod({ year: p.year, frequency: "quarterly", index: Math.ceil(p.index / 3) });
}

/**
 * The last quarter complete at the end of a month: the month's own quarter when the month closes it (March, June,
 * September, December), else the quarter before ("2026-05" → "2026-Q1", "2026-06" → "2026-Q2"). A quarterly figure
 * shown beside a month is never one of a quarter still running.
 */
export function lastQuarterEndingBy(month: StatPeriod): StatPeriod {
  const p = splitStatPeriod(month);
  if (p.frequency !== "monthly") throw new Error(`not a month: "${month}"`);
  const ordinal = p.year * 4 + Math.floor(p.index / 3) - 1;
  return formatStatPeriod({ year: Math.floor(ordinal / 4), frequency: "quarterly", index: (ordinal % 4) + 1 });
}
