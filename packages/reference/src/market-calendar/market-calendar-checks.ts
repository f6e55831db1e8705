import type { CalendarYearData } from "./market-calendar.schema";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date, or NaN when the text is not a real date (2026-02-30). */
export function epochDay(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms / DAY_MS : NaN;
}

export function dateOfEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * What a schema cannot say: every date is real and in its own year, a period's length is the notice's "共N天",
 * make-up working days fall on weekend days outside any holiday, no date is listed twice, and the years are
 * consecutive — a gap would make the calendar silently treat an unpublished year as ordinary weeks.
 */
export function checkMarketCalendar(years: readonly CalendarYearData[], weekendIsoDays: readonly number[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const note = (date: string, what: string) => {
    const before = seen.get(date);
    if (before) problems.push(`${date} is listed twice (${before}; ${what})`);
    seen.set(date, what);
  };
  years.forEach((y, i) => {
    const previous = years[i - 1];
    if (previous && y.year !== previous.year + 1)
      problems.push(`year ${y.year} follows ${previous.year}: the covered years must be consecutive, without gaps`);
    const inYear = (date: string, what: string) => {
      if (Number.isNaN(epochDay(date))) problems.push(`${y.year} ${what}: ${date} is not a date`);
      else if (!date.startsWith(`${y.year}-`)) problems.push(`${y.year} ${what}: ${date} is not in ${y.year}`);
    };
    for (const h of y.holidays) {
      const what = h.name.en;
      inYear(h.from, what);
      inYear(h.to, what);
      const from = epochDay(h.from);
      const to = epochDay(h.to);
      if (to < from) problems.push(`${y.year} ${what}: ${h.to} is before ${h.from}`);
      else if (to - from + 1 !== h.days) problems.push(`${y.year} ${what}: ${h.from}…${h.to} is not ${h.days} days`);
      for (let d = from; d <= to; d++) note(dateOfEpochDay(d), `${y.year} ${what} holiday`);
      for (const m of h.makeUpWorkdays) {
        inYear(m, `${what} make-up day`);
        if (!weekendIsoDays.includes(isoWeekday(epochDay(m))))
          problems.push(`${y.year} ${what}: make-up working day ${m} is not a weekend day`);
        note(m, `${y.year} ${what} make-up working day`);
      }
    }
  });
  return problems;
}
