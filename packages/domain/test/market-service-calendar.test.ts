/**
 * Working-day arithmetic on the shipped calendar: make-up Saturdays count, holidays do not, the deadline rules, the
 * refusal of dates the calendar does not cover, and addWorkingDays / workingDaysBetween as inverses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  addWorkingDaysToInstant,
  CalendarCoverageError,
  isWorkingDay,
  localDateOf,
  workingDaysBetween,
  workingHoursBetween,
} from "../src/index";
import { calendar, sh } from "./market-service-fixture";

describe("isWorkingDay", () => {
  it("follows the 2026 Spring Festival notice: Sat 14 Feb worked, 15–23 Feb off, Sat 28 Feb worked", () => {
    expect(isWorkingDay(calendar, "2026-02-13")).toBe(true);
    expect(isWorkingDay(calendar, "2026-02-14")).toBe(true);
    for (let d = 15; d <= 23; d++) expect(isWorkingDay(calendar, `2026-02-${d}`)).toBe(false);
    expect(isWorkingDay(calendar, "2026-02-24")).toBe(true);
    expect(isWorkingDay(calendar, "2026-02-28")).toBe(true);
    expect(isWorkingDay(calendar, "2026-03-01")).toBe(false);
  });

  it("knows 2025's make-up Sunday and an ordinary weekend", () => {
    expect(isWorkingDay(calendar, "2025-01-26")).toBe(true);
    expect(isWorkingDay(calendar, "2025-10-08")).toBe(false);
    expect(isWorkingDay(calendar, "2025-10-11")).toBe(true);
    expect(isWorkingDay(calendar, "2026-03-07")).toBe(false);
  });

  it("refuses dates outside 2025–2026 instead of guessing", () => {
    expect(() => isWorkingDay(calendar, "2027-01-04")).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay(calendar, "2024-12-31")).toThrow(/outside cn-working-days@2026\.1/);
    expect(() => isWorkingDay(calendar, "2026-02-30")).toThrow(/not a date/);
  });

  it("takes the local date in Asia/Shanghai", () => {
    expect(localDateOf(calendar, "2026-02-13T20:00:00Z")).toBe("2026-02-14");
    expect(localDateOf(calendar, "2026-02-13T15:59:59.999Z")).toBe("2026-02-13");
  });
});

describe("addWorkingDays and workingDaysBetween", () => {
  it("count working days after a date", () => {
    expect(addWorkingDays(calendar, "2026-02-13", 1)).toBe("2026-02-14");
    expect(addWorkingDays(calendar, "2026-02-14", 1)).toBe("2026-02-24");
    expect(addWorkingDays(calendar, "2026-02-13", 3)).toBe("2026-02-25");
    expect(addWorkingDays(calendar, "2026-02-13", 0)).toBe("2026-02-13");
    expect(workingDaysBetween(calendar, "2026-02-13", "2026-02-25")).toBe(3);
    expect(workingDaysBetween(calendar, "2026-02-25", "2026-02-13")).toBe(-3);
    expect(() => addWorkingDays(calendar, "2026-12-30", 2)).toThrow(CalendarCoverageError);
    expect(() => addWorkingDays(calendar, "2026-02-13", -1)).toThrow(RangeError);
  });
});

describe("deadlines from an instant", () => {
  it("end-of-day (default): the claim day is not counted, the nth working day ends at 24:00 local", () => {
    // Friday before the 2026 Spring Festival: the next working day is the make-up Saturday.
    expect(addWorkingDaysToInstant(calendar, sh("2026-02-13T16:00:00"), 1)).toBe("2026-02-14T15:59:59.999Z");
    // The make-up Saturday itself: one working day later is after the holiday.
    expect(addWorkingDaysToInstant(calendar, sh("2026-02-14T16:00:00"), 1)).toBe("2026-02-24T15:59:59.999Z");
    // "Visit in 3" from the Friday: Sat 14, Tue 24, Wed 25.
    expect(addWorkingDaysToInstant(calendar, sh("2026-02-13T16:00:00"), 3)).toBe("2026-02-25T15:59:59.999Z");
    // An ordinary Friday → end of Monday.
    expect(addWorkingDaysToInstant(calendar, sh("2026-03-06T16:00:00"), 1)).toBe("2026-03-09T15:59:59.999Z");
  });

  it("same-time: the same local time on the nth working day; a non-working start runs from the next working day", () => {
    expect(addWorkingDaysToInstant(calendar, sh("2026-03-06T16:00:00"), 1, "same-time")).toBe(
      "2026-03-09T08:00:00.000Z",
    );
    expect(addWorkingDaysToInstant(calendar, sh("2026-02-13T16:00:00"), 1, "same-time")).toBe(
      "2026-02-14T08:00:00.000Z",
    );
    expect(addWorkingDaysToInstant(calendar, sh("2026-02-16T10:00:00"), 1, "same-time")).toBe(
      "2026-02-24T15:59:59.999Z",
    );
    expect(addWorkingDaysToInstant(calendar, sh("2026-03-07T10:00:00"), 1, "same-time")).toBe(
      "2026-03-09T15:59:59.999Z",
    );
  });

  it("refuses a deadline that would run past the coverage", () => {
    expect(() => addWorkingDaysToInstant(calendar, sh("2026-12-31T10:00:00"), 1)).toThrow(CalendarCoverageError);
    expect(() => addWorkingDaysToInstant(calendar, sh("2026-12-21T10:00:00"), 9)).toThrow(/2027-01-01 is outside/);
    expect(() => addWorkingDaysToInstant(calendar, "2026-03-06T16:00:00", 1)).toThrow(/with an offset/);
  });

  it("measures working hours: only time on working days runs", () => {
    // Friday 16:00 → make-up Saturday 10:00: 8 + 10 hours.
    expect(workingHoursBetween(calendar, sh("2026-02-13T16:00:00"), sh("2026-02-14T10:00:00"))).toBe(18);
    // Across the whole Spring Festival holiday: Saturday 16:00 → Tuesday 24 Feb 09:00 = 8 + 9.
    expect(workingHoursBetween(calendar, sh("2026-02-14T16:00:00"), sh("2026-02-24T09:00:00"))).toBe(17);
  });
});

// Start days from 2025-01-01 to 2026-11-30 and up to 15 working days stay inside the coverage.
const FIRST = Date.UTC(2025, 0, 1) / 86_400_000;
const LAST = Date.UTC(2026, 10, 30) / 86_400_000;
const dateArb = fc.integer({ min: FIRST, max: LAST }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const instantArb = fc
  .integer({ min: FIRST * 86_400_000, max: (LAST + 1) * 86_400_000 - 1 })
  .map((ms) => new Date(ms).toISOString());

describe("properties", () => {
  it("addWorkingDays(d, n) lands on a working day and workingDaysBetween inverts it", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 15 }), (d, n) => {
        const r = addWorkingDays(calendar, d, n);
        expect(isWorkingDay(calendar, r)).toBe(true);
        expect(workingDaysBetween(calendar, d, r)).toBe(n);
        expect(workingDaysBetween(calendar, r, d)).toBe(-n);
      }),
    );
  });

  it("an instant's deadline falls on a working day n working days later, under both rules", () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom("end-of-day", "same-time"),
        (i, n, rule) => {
          const due = addWorkingDaysToInstant(calendar, i, n, rule as "end-of-day" | "same-time");
          expect(Date.parse(due)).toBeGreaterThan(Date.parse(i));
          const dueDate = localDateOf(calendar, due);
          expect(isWorkingDay(calendar, dueDate)).toBe(true);
          expect(workingDaysBetween(calendar, localDateOf(calendar, i), dueDate)).toBe(n);
          // n working days of working time, less what had passed of the claim day under the same-time rule.
          expect(workingHoursBetween(calendar, i, due)).toBeLessThanOrEqual(24 * (n + 1));
        },
      ),
    );
  });
});
