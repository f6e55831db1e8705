import {
  DAY_MS,
  dateOfEpochDay,
  epochDayOf,
  type Instant,
  isoWeekday,
  type LocalDate,
  parseInstant,
} from "./local-time";

/**
 * A working-day calendar as plain data, the shape `loadMarketCalendar().workingDays` of @greenfin/reference gives:
 * the zone's fixed offset, the weekend, every holiday date and every make-up working day (调休上班日) of the covered
 * years, and the coverage itself.
 */
export interface WorkingCalendarData {
  readonly ref: string;
  readonly timeZone: string;
  readonly utcOffsetMinutes: number;
  readonly weekendIsoDays: readonly number[];
  readonly coverage: { readonly from: LocalDate; readonly to: LocalDate };
  readonly holidays: readonly LocalDate[];
  readonly makeUpWorkdays: readonly LocalDate[];
}

/** A date or instant the calendar does not cover: refused rather than guessed as an ordinary week. */
export class CalendarCoverageError extends RangeError {
  override name = "CalendarCoverageError";
}

export interface WorkingCalendar {
  readonly ref: string;
  readonly timeZone: string;
  readonly utcOffsetMinutes: number;
  readonly coverage: { readonly from: LocalDate; readonly to: LocalDate };
  /** Whether a local day (days since 1970-01-01) is a working day; throws CalendarCoverageError outside coverage. */
  readonly isWorkingEpochDay: (day: number) => boolean;
  /** The local day an instant (epoch ms) falls on, and the instant its local day starts. */
  readonly localDayOf: (ms: number) => number;
  readonly dayStartMs: (day: number) => number;
}

/** Checks the data (dates real, inside coverage, no date both holiday and make-up day) and indexes it. */
export function buildWorkingCalendar(data: WorkingCalendarData): WorkingCalendar {
  const first = epochDayOf(data.coverage.from);
  const last = epochDayOf(data.coverage.to);
  if (last < first) throw new RangeError(`${data.ref}: coverage ends before it starts`);
  const index = (dates: readonly LocalDate[], what: string) =>
    new Set(
      dates.map((d) => {
        const day = epochDayOf(d);
        if (day < first || day > last) throw new RangeError(`${data.ref}: ${what} ${d} is outside the coverage`);
        return day;
      }),
    );
  const holidays = index(data.holidays, "holiday");
  const makeUp = index(data.makeUpWorkdays, "make-up working day");
  for (const d of makeUp)
    if (holidays.has(d)) throw new RangeError(`${data.ref}: ${dateOfEpochDay(d)} is both holiday and working day`);
  const weekend = new Set(data.weekendIsoDays);
  const offsetMs = data.utcOffsetMinutes * 60_000;
  return Object.freeze({
    ref: data.ref,
    timeZone: data.timeZone,
    utcOffsetMinutes: data.utcOffsetMinutes,
    coverage: { from: data.coverage.from, to: data.coverage.to },
    isWorkingEpochDay(day: number): boolean {
      if (day < first || day > last)
        throw new CalendarCoverageError(
          `${dateOfEpochDay(day)} is outside ${data.ref} (${data.coverage.from} … ${data.coverage.to}): ` +
            "its holidays are not published in this calendar version",
        );
      if (makeUp.has(day)) return true;
      return !holidays.has(day) && !weekend.has(isoWeekday(day));
    },
    localDayOf: (ms: number) => Math.floor((ms + offsetMs) / DAY_MS),
    dayStartMs: (day: number) => day * DAY_MS - offsetMs,
  });
}

/** A make-up Saturday is a working day; a holiday Monday is not; a date outside the coverage is refused. */
export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate): boolean {
  return calendar.isWorkingEpochDay(epochDayOf(date));
}

/** The local date of an instant in the calendar's zone (2026-02-13T20:00:00Z is 2026-02-14 in Shanghai). */
export function localDateOf(calendar: WorkingCalendar, instant: Instant): LocalDate {
  return dateOfEpochDay(calendar.localDayOf(parseInstant(instant)));
}
