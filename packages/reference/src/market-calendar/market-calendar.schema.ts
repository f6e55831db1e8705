import { z } from "zod";

/**
 * The shape of `data/market-calendar/cn-working-days@<version>/`: meta.json (time zone, weekend, legend, gaps) and
 * calendar.json (one entry per year, as its State Council notice lists it). Cross-record rules live in
 * `market-calendar-checks.ts`.
 */

export const CALENDAR_VERIFICATION_STATUSES = ["verified", "verified-secondary", "UNVERIFIED"] as const;

const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, "must not start or end with spaces");
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a local date like 2026-02-14");
const names = z.strictObject({ zh: text, en: text });

export const zMarketCalendarMeta = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d{4}\.\d+$/),
  status: z.enum(["draft", "released"]),
  name: names,
  standing: text,
  timeZone: text,
  /** Fixed offset of the zone for every covered year (Asia/Shanghai has no daylight saving). */
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  timeZoneNote: text,
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are rest days unless a notice makes them working days. */
  weekendIsoDays: z.array(z.number().int().min(1).max(7)).min(1),
  verificationLegend: z.record(z.enum(CALENDAR_VERIFICATION_STATUSES), text),
  gaps: z.array(text),
});

/** One holiday period of a notice, e.g. 春节 2026-02-15 … 2026-02-23, 9 days, with the weekend days worked for it. */
export const zHolidayPeriod = z.strictObject({
  name: names,
  from: localDate,
  to: localDate,
  /** The notice's "共N天", checked against from…to. */
  days: z.number().int().min(1),
  makeUpWorkdays: z.array(localDate),
});

export const zCalendarYear = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  notice: z.strictObject({ title: text, number: text.nullable(), issued: localDate }),
  sources: z.array(text).min(1),
  verification: z.enum(CALENDAR_VERIFICATION_STATUSES),
  verificationNote: text,
  holidays: z.array(zHolidayPeriod).min(1),
});

export const zMarketCalendarFile = z.strictObject({ years: z.array(zCalendarYear).min(1) });

export type MarketCalendarMeta = z.output<typeof zMarketCalendarMeta>;
export type CalendarYearData = z.output<typeof zCalendarYear>;
export type HolidayPeriodData = z.output<typeof zHolidayPeriod>;
