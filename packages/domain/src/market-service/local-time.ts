/** A calendar date in the working calendar's zone, "YYYY-MM-DD". */
export type LocalDate = string;
/** An instant as ISO 8601 text with an explicit offset ("…Z" or "…+08:00"): never a zone-less local time. */
export type Instant = string;

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Days since 1970-01-01 of a local date; refuses text that is not a real date (2026-02-30). */
export function epochDayOf(date: LocalDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / DAY_MS;
  }
  throw new RangeError(`"${date}" is not a date like 2026-02-14`);
}

export function dateOfEpochDay(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Milliseconds since the epoch; an offset is required so that the same text means the same instant everywhere. */
export function parseInstant(instant: Instant): number {
  const ms = INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`"${instant}" is not an ISO 8601 instant with an offset`);
  return ms;
}

export function formatInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}

/** The instant written in local time with its offset, e.g. 2026-02-24T23:59:59.999+08:00, for explanations. */
export function formatLocal(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}
