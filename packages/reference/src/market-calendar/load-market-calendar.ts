import { readFileSync } from "node:fs";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { checkPinnedFiles } from "../pinned-files";
import {
  type CalendarYearData,
  type MarketCalendarMeta,
  zMarketCalendarFile,
  zMarketCalendarMeta,
} from "./market-calendar.schema";
import { checkMarketCalendar, dateOfEpochDay, epochDay } from "./market-calendar-checks";

/** Versions shipped in `data/market-calendar/<id>@<version>/`; a new version (a new year) is added beside the others. */
export const MARKET_CALENDAR_REFS = ["cn-working-days@2026.1"] as const;
export const DEFAULT_MARKET_CALENDAR = "cn-working-days@2026.1";

/**
 * The flat form the domain's working-day arithmetic takes (`buildWorkingCalendar` in @greenfin/domain has the same
 * shape): every holiday date and every make-up working day, expanded and sorted, with the coverage they are good for.
 */
export interface WorkingDaysData {
  readonly ref: string;
  readonly timeZone: string;
  readonly utcOffsetMinutes: number;
  readonly weekendIsoDays: readonly number[];
  readonly coverage: { readonly from: string; readonly to: string };
  readonly holidays: readonly string[];
  readonly makeUpWorkdays: readonly string[];
}

/** One version of the calendar, checked and frozen; `sha256` is the hash of its SHA256SUMS, which pins every file. */
export interface MarketCalendar {
  readonly ref: string;
  readonly sha256: string | null;
  readonly meta: MarketCalendarMeta;
  readonly years: readonly CalendarYearData[];
  readonly workingDays: WorkingDaysData;
}

const ROOT = new URL("../../data/market-calendar/", import.meta.url);

/** Validates the raw files of one version and builds the frozen calendar (used by the loader and by tests). */
export function parseMarketCalendar(
  raw: { meta: unknown; calendar: unknown },
  sha: string | null = null,
): MarketCalendar {
  const meta = parseReferenceData(zMarketCalendarMeta, raw.meta, "market-calendar meta.json");
  const ref = `${meta.id}@${meta.version}`;
  const { years } = parseReferenceData(zMarketCalendarFile, raw.calendar, `${ref} calendar.json`);
  const problems = checkMarketCalendar(years, meta.weekendIsoDays);
  if (problems.length)
    throw new ReferenceDataError(`${ref} is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  const holidays: string[] = [];
  const makeUpWorkdays: string[] = [];
  for (const y of years)
    for (const h of y.holidays) {
      for (let d = epochDay(h.from); d <= epochDay(h.to); d++) holidays.push(dateOfEpochDay(d));
      makeUpWorkdays.push(...h.makeUpWorkdays);
    }
  const first = years[0] as CalendarYearData;
  const last = years[years.length - 1] as CalendarYearData;
  return deepFreeze({
    ref,
    sha256: sha,
    meta,
    years,
    workingDays: {
      ref,
      timeZone: meta.timeZone,
      utcOffsetMinutes: meta.utcOffsetMinutes,
      weekendIsoDays: meta.weekendIsoDays,
      coverage: { from: `${first.year}-01-01`, to: `${last.year}-12-31` },
      holidays: holidays.sort(),
      makeUpWorkdays: makeUpWorkdays.sort(),
    },
  });
}

const cache = new Map<string, MarketCalendar>();

/** Reads a shipped version from `root` (default: the data folder), verified against its pinned hashes. */
export function loadMarketCalendar(ref: string = DEFAULT_MARKET_CALENDAR, root: URL = ROOT): MarketCalendar {
  const cached = root === ROOT ? cache.get(ref) : undefined;
  if (cached) return cached;
  if (!(MARKET_CALENDAR_REFS as readonly string[]).includes(ref))
    throw new ReferenceDataError(`No market calendar ${ref}; available: ${MARKET_CALENDAR_REFS.join(", ")}`);
  const dir = new URL(`${ref}/`, root);
  const sha = checkPinnedFiles(dir, `market-calendar/${ref}`);
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    } catch (cause) {
      throw new ReferenceDataError(`market-calendar/${ref}/${file}: ${(cause as Error).message}`, { cause });
    }
  };
  const calendar = parseMarketCalendar({ meta: read("meta.json"), calendar: read("calendar.json") }, sha);
  if (calendar.ref !== ref) throw new ReferenceDataError(`market-calendar/${ref} says it is ${calendar.ref}`);
  if (root === ROOT) cache.set(ref, calendar);
  return calendar;
}
