/**
 * The working-day calendar as data: it loads with its pinned hash, each year names its notice, source and
 * verification, the holidays and make-up working days are the notices' own, a tampered file is refused, and a
 * calendar with a gap between years is refused.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  CALENDAR_VERIFICATION_STATUSES,
  loadMarketCalendar,
  parseMarketCalendar,
  ReferenceDataError,
} from "../src/index";

const DATA = new URL("../data/market-calendar/", import.meta.url);
const REF = "cn-working-days@2026.1";
const raw = (file: string) => JSON.parse(readFileSync(new URL(`${REF}/${file}`, DATA), "utf8"));

describe("cn-working-days@2026.1", () => {
  const calendar = loadMarketCalendar();

  it("loads, named by the hash of its SHA256SUMS, covering 2025 and 2026 in Asia/Shanghai", () => {
    const sums = readFileSync(new URL(`${REF}/SHA256SUMS`, DATA));
    expect(calendar.ref).toBe(REF);
    expect(calendar.sha256).toBe(createHash("sha256").update(sums).digest("hex"));
    expect(calendar.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(calendar.workingDays).toMatchObject({
      timeZone: "Asia/Shanghai",
      utcOffsetMinutes: 480,
      weekendIsoDays: [6, 7],
      coverage: { from: "2025-01-01", to: "2026-12-31" },
    });
  });

  it("names each year's notice, sources and an honest verification flag", () => {
    for (const y of calendar.years) {
      expect(y.notice.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
      expect(y.sources.length).toBeGreaterThan(0);
      expect(CALENDAR_VERIFICATION_STATUSES).toContain(y.verification);
    }
    expect(calendar.years[0]?.notice.number).toBe("国办发明电〔2024〕12号");
    // Not seen in the sources read: left empty rather than recalled.
    expect(calendar.years[1]?.notice.number).toBeNull();
    expect(calendar.meta.gaps.some((g) => g.startsWith("2027"))).toBe(true);
  });

  it("holds the notices' holidays and make-up working days", () => {
    const { holidays, makeUpWorkdays } = calendar.workingDays;
    // 2025: 1 + 8 + 3 + 5 + 3 + 8 = 28 holiday dates; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33.
    expect(holidays.filter((d) => d.startsWith("2025")).length).toBe(28);
    expect(holidays.filter((d) => d.startsWith("2026")).length).toBe(33);
    expect(makeUpWorkdays).toEqual([
      "2025-01-26",
      "2025-02-08",
      "2025-04-27",
      "2025-09-28",
      "2025-10-11",
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    expect(holidays).toContain("2026-02-15");
    expect(holidays).toContain("2026-02-23");
    expect(holidays).not.toContain("2026-02-24");
  });
});

describe("the loader refuses", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), "greenfin-calendar-"));
    dirs.push(root);
    cpSync(new URL(REF, DATA), join(root, REF), { recursive: true });
    return root;
  };

  it("a data file changed after its hash was pinned", () => {
    const root = copy();
    const file = join(root, REF, "calendar.json");
    // Moving a make-up working day by one day is exactly the edit that must not pass unnoticed.
    writeFileSync(file, readFileSync(file, "utf8").replace('"2026-02-28"', '"2026-03-01"'));
    expect(() => loadMarketCalendar(REF, pathToFileURL(`${root}/`))).toThrow(/calendar\.json .*SHA256SUMS/);
    const clean = copy();
    expect(loadMarketCalendar(REF, pathToFileURL(`${clean}/`)).sha256).toBe(loadMarketCalendar().sha256);
  });

  it("a file that SHA256SUMS does not list, and an unknown version", () => {
    const root = copy();
    writeFileSync(join(root, REF, "extra.json"), "{}");
    expect(() => loadMarketCalendar(REF, pathToFileURL(`${root}/`))).toThrow(/extra\.json is not listed/);
    expect(() => loadMarketCalendar("cn-working-days@2027.1")).toThrow(ReferenceDataError);
  });

  it("a gap in the covered years", () => {
    const calendar = raw("calendar.json");
    const y2026 = calendar.years[1];
    calendar.years[1] = {
      ...y2026,
      year: 2027,
      holidays: [{ ...y2026.holidays[2], from: "2027-04-05", to: "2027-04-07", makeUpWorkdays: [] }],
    };
    expect(() => parseMarketCalendar({ meta: raw("meta.json"), calendar })).toThrow(
      /year 2027 follows 2025: the covered years must be consecutive/,
    );
  });

  it("a make-up day on a weekday, a period of the wrong length, a date outside its year, a date listed twice", () => {
    const cases: [(c: { years: { holidays: Record<string, unknown>[] }[] }) => void, RegExp][] = [
      [
        (c) => ((c.years[1]!.holidays[1]! as { makeUpWorkdays: string[] }).makeUpWorkdays = ["2026-02-13"]),
        /2026-02-13 is not a weekend day/,
      ],
      [(c) => (c.years[1]!.holidays[1]!.days = 8), /2026-02-15…2026-02-23 is not 8 days/],
      [(c) => (c.years[0]!.holidays[0]!.from = "2024-12-31"), /2024-12-31 is not in 2025/],
      [(c) => (c.years[1]!.holidays[6]!.makeUpWorkdays = ["2026-10-03"]), /2026-10-03 is listed twice/],
    ];
    for (const [edit, message] of cases) {
      const calendar = raw("calendar.json");
      edit(calendar);
      expect(() => parseMarketCalendar({ meta: raw("meta.json"), calendar })).toThrow(message);
    }
  });
});
