import { DAY_MS, HOUR_MS, type Instant, parseInstant } from "./local-time";
import type { WorkingCalendar } from "./working-calendar";

/**
 * Working time is the time that passes on working days only: a working day counts all its 24 hours, the same unit the
 * deadline rules use, so "half a working day before the deadline" and "response time in working hours" agree with them.
 */

/** Working milliseconds in [a, b] (negative when b is before a). */
export function workingMsBetween(calendar: WorkingCalendar, a: number, b: number): number {
  if (b < a) return -workingMsBetween(calendar, b, a);
  let total = 0;
  for (let day = calendar.localDayOf(a); day <= calendar.localDayOf(b); day++) {
    const start = calendar.dayStartMs(day);
    if (calendar.isWorkingEpochDay(day)) total += Math.max(0, Math.min(b, start + DAY_MS) - Math.max(a, start));
  }
  return total;
}

/** The instant `amount` working milliseconds before `ms`, walking back over non-working days. */
export function subtractWorkingMs(calendar: WorkingCalendar, ms: number, amount: number): number {
  if (!(amount >= 0)) throw new RangeError("an amount of working time must be ≥ 0");
  let t = ms;
  let left = amount;
  for (;;) {
    let day = calendar.localDayOf(t);
    // An instant at 00:00 is the end of the day before: nothing of its own day lies before it.
    if (calendar.dayStartMs(day) === t) day -= 1;
    const start = calendar.dayStartMs(day);
    const available = calendar.isWorkingEpochDay(day) ? t - start : 0;
    if (left <= available) return t - left;
    left -= available;
    t = start;
  }
}

/** Working hours between two instants, e.g. a claim and its response. */
export function workingHoursBetween(calendar: WorkingCalendar, a: Instant, b: Instant): number {
  return workingMsBetween(calendar, parseInstant(a), parseInstant(b)) / HOUR_MS;
}
