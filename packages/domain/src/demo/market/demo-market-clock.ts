/**
 * The demo market's clock on the working-day calendar: the window its history falls in (ending at the seeding time,
 * or early enough before the calendar's end that every seeded claim's deadlines stay inside it), and working-day
 * arithmetic in local (China) time for dating claims and their steps.
 */

import { epochDayOf } from "../../market-service/local-time";
import type { WorkingCalendar } from "../../market-service/working-calendar";
import { addWorkingDaysToEpochDay, deadlineMs } from "../../market-service/working-days";
import type { SeededRandom } from "../../random/seeded-random";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** The history covers this many days before the anchor (January to November for a seed at the end of November). */
const WINDOW_DAYS = 330;
/** Calendar days kept free at the end of the calendar: a 9-working-day deadline fits in 17 calendar days. */
const END_MARGIN_DAYS = 17;

export interface MarketClock {
  readonly calendar: WorkingCalendar;
  /** The latest instant anything is dated (≤ now). */
  readonly anchorMs: number;
  readonly anchorDay: number;
  readonly windowStartMs: number;
  readonly firstDay: number;
  isWorking(day: number): boolean;
  /** The first working day on or after `day`. */
  nextWorking(day: number): number;
  addWd(day: number, n: number): number;
  /** The working day n working days before `day` (never before the calendar's start). */
  backWd(day: number, n: number): number;
  /** An instant on `day` at local hh:mm. */
  at(day: number, hour: number, minute: number): number;
  /** A working-hours instant on `day` (09:00–16:59 local). */
  workTime(rng: SeededRandom, day: number): number;
  dayOf(ms: number): number;
  /** End-of-day deadline n working days after an instant (the timers' rule). */
  due(ms: number, n: number): number;
}

export function marketClock(calendar: WorkingCalendar, nowMs: number): MarketClock {
  const firstCovered = epochDayOf(calendar.coverage.from);
  const lastCovered = epochDayOf(calendar.coverage.to);
  const anchorMs = Math.min(nowMs, calendar.dayStartMs(lastCovered - END_MARGIN_DAYS) + 9 * HOUR);
  const windowStartMs = Math.max(anchorMs - WINDOW_DAYS * DAY, calendar.dayStartMs(firstCovered + 10));
  const isWorking = (day: number) => day >= firstCovered && day <= lastCovered && calendar.isWorkingEpochDay(day);
  const clock: MarketClock = {
    calendar,
    anchorMs,
    anchorDay: calendar.localDayOf(anchorMs),
    windowStartMs,
    firstDay: calendar.localDayOf(windowStartMs),
    isWorking,
    nextWorking(day) {
      let d = day;
      while (!isWorking(d) && d < lastCovered) d += 1;
      return d;
    },
    addWd: (day, n) => addWorkingDaysToEpochDay(calendar, day, n),
    backWd(day, n) {
      let d = day;
      for (let left = n; left > 0 && d > firstCovered + 1; ) {
        d -= 1;
        if (isWorking(d)) left -= 1;
      }
      return d;
    },
    at: (day, hour, minute) => calendar.dayStartMs(day) + hour * HOUR + minute * 60_000,
    workTime: (rng, day) => calendar.dayStartMs(day) + rng.int(9, 16) * HOUR + rng.int(0, 59) * 60_000,
    dayOf: (ms) => calendar.localDayOf(ms),
    due: (ms, n) => deadlineMs(calendar, ms, n, "end-of-day"),
  };
  return clock;
}

/** The China calendar date of an instant, "YYYY-MM-DD". */
export function chinaDateOf(clock: MarketClock, ms: number): string {
  return isoDay(clock.dayOf(ms));
}

/** "YYYY-MM-DD" of a day number since 1970 (civil-from-days, as demo-time's isoAt). */
function isoDay(epochDay: number): string {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date `months` after "YYYY-MM-DD" (the day of month overflowing into the next month as Date.UTC does). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return isoDay(Date.UTC(y, m - 1 + months, d) / DAY);
}
