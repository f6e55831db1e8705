/**
 * The statistics history's periods, counted back from the seeding instant in China time (UTC+8): the last complete
 * month and quarter before it and the ones before those; and each period's first and last day.
 */
import { utcDateOf } from "../demo-time";

const CHINA_OFFSET_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, "0");

export const monthText = (year: number, month: number) => `${year}-${pad(month)}`;

/** `count` months in order, the last being the last complete month before `nowMs` (China time). */
export function historyMonths(nowMs: number, count: number): string[] {
  const { year, month } = utcDateOf(nowMs + CHINA_OFFSET_MS);
  const last = year * 12 + (month - 1) - 1;
  return Array.from({ length: count }, (_, i) => {
    const n = last - (count - 1 - i);
    return monthText(Math.floor(n / 12), (n % 12) + 1);
  });
}

/** `count` quarters in order, the last being the last complete quarter before `nowMs` (China time). */
export function historyQuarters(nowMs: number, count: number): string[] {
  const { year, month } = utcDateOf(nowMs + CHINA_OFFSET_MS);
  const last = year * 4 + Math.floor((month - 1) / 3) - 1;
  return Array.from({ length: count }, (_, i) => {
    const n = last - (count - 1 - i);
    return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  });
}

/** The three months of a quarter "2026-Q2" → ["2026-04", "2026-05", "2026-06"]. */
export function quarterMonths(quarter: string): string[] {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return [1, 2, 3].map((k) => monthText(year, (q - 1) * 3 + k));
}

/** First and last day of a month "2026-02" → 2026-02-01 … 2026-02-28. */
export function monthDays(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return { from: `${month}-01`, to: `${month}-${pad(days)}` };
}

/** Milliseconds of 00:00 UTC on the day after a month's last day (when its reports can first be made). */
export function monthEndMs(month: string): number {
  const { to } = monthDays(month);
  const [y, m, d] = to.split("-").map(Number) as [number, number, number];
  // Days from civil (Hinnant), the inverse of demo-time's isoAt.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146_097 + doe - 719_468 + 1) * 86_400_000;
}
