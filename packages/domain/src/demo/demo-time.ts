/**
 * UTC timestamps as ISO text, computed from milliseconds since 1970 without constructing dates (the demo generator is
 * pure; the test that keeps it so forbids the Date constructor here). Civil-from-days after Howard Hinnant's
 * public-domain algorithm for the proleptic Gregorian calendar.
 */
export const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 0 = Sunday … 6 = Saturday (1 January 1970 was a Thursday). */
export const weekdayOf = (ms: number) => (Math.floor(ms / DAY_MS) + 4) % 7;

/** "2026-03-20T02:48:07.000Z" for a whole number of milliseconds since 1970. */
export function isoAt(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const rest = ms - days * DAY_MS;
  const [h, m, s, milli] = [rest / 3_600_000, (rest / 60_000) % 60, (rest / 1000) % 60, rest % 1000].map(Math.floor);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h as number)}:${pad(m as number)}:${pad(s as number)}.${pad(milli as number, 3)}Z`;
}

/** The UTC calendar date of an instant: { year, month (1–12), day }. */
export function utcDateOf(ms: number): { year: number; month: number; day: number } {
  const [year, month, day] = isoAt(ms).slice(0, 10).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}
