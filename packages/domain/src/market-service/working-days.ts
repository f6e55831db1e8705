import { dateOfEpochDay, epochDayOf, formatInstant, type Instant, type LocalDate, parseInstant } from "./local-time";
import type { WorkingCalendar } from "./working-calendar";

/**
 * How a limit of n working days from an instant becomes a deadline.
 * - "end-of-day" (default): the day of the instant is not counted and the nth working day after it ends at 24:00 local
 *   (23:59:59.999) — the Civil Code's rule for periods in days (民法典 第201条: 开始的当日不计入; 第203条: 截止时间为
 *   二十四时). "Respond within 1 working day" of a claim at 16:00 on Friday is due at the end of Monday.
 * - "same-time": the same local time on the nth working day after (Friday 16:00 → Monday 16:00), i.e. n × 24 hours of
 *   working-day time.
 * Under either rule a start on a non-working day runs from the next working day's start, so its deadline is the end
 * of the nth working day.
 */
export const DEADLINE_RULES = ["end-of-day", "same-time"] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a number of working days must be a whole number ≥ 0`);
}

/** The nth working day after `date` (n = 0 gives `date` itself); every day walked must be covered. */
export function addWorkingDaysToEpochDay(calendar: WorkingCalendar, day: number, n: number): number {
  checkCount(n);
  calendar.isWorkingEpochDay(day);
  let d = day;
  for (let left = n; left > 0; ) {
    d += 1;
    if (calendar.isWorkingEpochDay(d)) left -= 1;
  }
  return d;
}

export function addWorkingDays(calendar: WorkingCalendar, date: LocalDate, n: number): LocalDate {
  return dateOfEpochDay(addWorkingDaysToEpochDay(calendar, epochDayOf(date), n));
}

/**
 * Working days in (a, b]: the inverse of `addWorkingDays` (workingDaysBetween(d, addWorkingDays(d, n)) = n);
 * negative when b is before a.
 */
export function workingDaysBetween(calendar: WorkingCalendar, a: LocalDate, b: LocalDate): number {
  const from = epochDayOf(a);
  const to = epochDayOf(b);
  calendar.isWorkingEpochDay(from);
  calendar.isWorkingEpochDay(to);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (calendar.isWorkingEpochDay(d)) count += 1;
  return sign * count;
}

/** The deadline, in epoch ms, n ≥ 1 working days after `startMs` under `rule` (see DeadlineRule). */
export function deadlineMs(calendar: WorkingCalendar, startMs: number, n: number, rule: DeadlineRule): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`a service-level limit must be a whole number ≥ 1`);
  const day = calendar.localDayOf(startMs);
  const target = addWorkingDaysToEpochDay(calendar, day, n);
  if (rule === "same-time" && calendar.isWorkingEpochDay(day))
    return calendar.dayStartMs(target) + (startMs - calendar.dayStartMs(day));
  return calendar.dayStartMs(target + 1) - 1;
}

export function addWorkingDaysToInstant(
  calendar: WorkingCalendar,
  instant: Instant,
  n: number,
  rule: DeadlineRule = "end-of-day",
): Instant {
  return formatInstant(deadlineMs(calendar, parseInstant(instant), n, rule));
}
