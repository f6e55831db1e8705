/**
 * A statistics report by file, through the use-cases inside tenant transactions: the workbook to fill (its sheets,
 * header, template and period, one row per total and breakdown item, the platform's pre-filled figure with its
 * source); the round trip (download, fill, upload → the draft the form would save, pre-filled sources kept); a CSV;
 * a bad cell, a formula, a missing required figure, a mismatched period and a non-workbook — each refused with the
 * sheet and cell (or CSV line) and nothing saved; another institution cannot import into the bank's report.
 */
import {
  type Actor,
  importStatReport,
  recordGreenFinancing,
  type StatImportResult,
  statisticsWorkbook,
} from "@greenfin/app";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { failure, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

const TPL = "five-articles-monthly@2026.1";
const SHEET = "报表 Report";

let p: TestPlatform;
let bank: Actor;
let other: Actor;
let district: Actor;
const { asRequest } = tenantRequests(() => p);

const download = (actor: Actor, period: string) =>
  asRequest(actor, (tp) => statisticsWorkbook(tp, actor, { templateRef: TPL, period }));
const upload = (actor: Actor, bytes: Uint8Array, extra: Record<string, string> = {}, fileName = "report.xlsx") =>
  asRequest(actor, (tp) => importStatReport(tp, actor, { bytes, fileName, ...extra }));
type Problem = { path: string; code: string; messageZh: string; messageEn: string; location: unknown };
const problemsOf = (e: { details?: Record<string, unknown> }) => (e.details?.problems ?? []) as Problem[];
const reportCount = async () =>
  Number(
    (await p.db.query<{ n: string }>("SELECT count(*) AS n FROM stat_reports WHERE template_ref = $1", [TPL])).rows[0]!
      .n,
  );

/** The row of a metric (and item) in the data sheet. */
function rowOf(ws: ExcelJS.Worksheet, metric: string, item: string | null = null): number {
  for (let r = 5; r <= ws.rowCount; r++) {
    const m = ws.getCell(`A${r}`).value;
    const i = ws.getCell(`E${r}`).value;
    if (m === metric && (i ?? null) === item) return r;
  }
  throw new Error(`no row for ${metric}/${item}`);
}

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

/** The workbook with values entered in column G (a key "metric" or "metric/item"). */
async function filled(bytes: Uint8Array, figures: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const wb = await open(bytes);
  const ws = wb.getWorksheet(SHEET)!;
  for (const [key, value] of Object.entries(figures)) {
    const [metric, item] = key.split("/") as [string, string | undefined];
    ws.getCell(`G${rowOf(ws, metric, item ?? null)}`).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const MARCH: Record<string, ExcelJS.CellValue> = {
  green_loan_balance: "6000000",
  "green_loan_balance/4": "6000000",
  green_loan_new: 5000000,
  "green_loan_new/4": "5000000",
  green_loan_marketplace_new: "0",
  inclusive_loan_balance: "80000000",
  inclusive_loan_new: "12000000.5",
  agri_loan_balance: 30000000,
  tech_sme_loan_balance: "25000000",
};

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  bank = await actorFor(p, "bank-qinwan", "analyst");
  other = await actorFor(p, "bank-changhe-qd", "admin");
  district = await actorFor(p, "district-qinwan", "admin");
  // A labelled green loan of March 2026: the balance (4 000 000) and new lending (5 000 000) of use 4 are pre-filled.
  await recordGreenFinancing(p, bank, {
    instrument: "loan",
    reference: "SI-1",
    borrowerName: "青岛某企业",
    amount: "5000000",
    outstanding: "4000000",
    startDate: "2026-03-05",
    categoryCode: "4.2.2",
    industryCode: "D4415",
    useOfProceeds: "海上风电",
  } as Parameters<typeof recordGreenFinancing>[2]);
});
afterAll(() => p?.close());

describe("the statistics workbook", () => {
  it("has the data sheet with the template, period, header and a row per total and item, pre-filled with sources", async () => {
    const file = await download(bank, "2026-03");
    expect(file.fileName).toBe("统计报表-five-articles-monthly-2026-03.xlsx");
    const wb = await open(file.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, "填报说明 Instructions"]);
    const ws = wb.getWorksheet(SHEET)!;
    expect([ws.getCell("B1").value, ws.getCell("B2").value]).toEqual([TPL, "2026-03"]);
    expect(ws.getCell("A4").value).toBe("指标代码 Metric key");
    expect(ws.getCell("G4").value).toBe("数值 Value");
    // 7 metrics, two of them broken down by the 9 catalogue uses.
    expect(ws.rowCount - 4).toBe(7 + 2 * 9);
    const balance = rowOf(ws, "green_loan_balance", "4");
    expect(ws.getCell(`G${balance}`).value).toBe("4000000");
    expect(String(ws.getCell(`H${balance}`).value)).toMatch(/绿色贷款标识/);
    expect(ws.getCell(`G${rowOf(ws, "green_loan_new")}`).value).toBe("5000000");
    expect(ws.getCell(`G${rowOf(ws, "inclusive_loan_balance")}`).value).toBeNull();
  });
});

describe("importing a workbook or a CSV", () => {
  let imported: StatImportResult;

  it("saves the filled workbook as the bank's draft, as the form would", async () => {
    const bytes = await filled((await download(bank, "2026-03")).bytes, MARCH);
    imported = await upload(bank, bytes);
    expect(imported.format).toBe("xlsx");
    expect(imported.imported).toBe(9);
    expect(imported.report).toMatchObject({ templateRef: TPL, period: "2026-03", status: "draft", revision: 1 });
    const v = (metric: string, item: string | null = null) =>
      imported.report.values.find((x) => x.metric === metric && x.item === item);
    expect(v("green_loan_new", "4")).toMatchObject({ value: "5000000", source: "green-financings" });
    expect(v("green_loan_balance", "4")).toMatchObject({ value: "6000000", source: "reported" });
    expect(v("inclusive_loan_new")?.value).toBe("12000000.5");
    expect(v("agri_loan_balance")?.value).toBe("30000000");
    expect(imported.report.problems.filter((x) => x.severity === "error")).toEqual([]);
    const audit = await p.db.query<{ action: string; details: { format?: string; values?: number } }>(
      "SELECT action, details FROM audit_log WHERE entity_id = $1 ORDER BY seq",
      [imported.report.id],
    );
    expect(audit.rows.map((x) => x.action)).toEqual(["statistics.report.save", "statistics.report.import"]);
    expect(audit.rows[1]!.details).toMatchObject({ format: "xlsx", values: 9 });
  });

  it("refuses a bad cell, naming the sheet and cell, and saves nothing", async () => {
    const base = (await download(bank, "2026-03")).bytes;
    const wb = await open(base);
    const ws = wb.getWorksheet(SHEET)!;
    const inclusiveNew = rowOf(ws, "inclusive_loan_new");
    const agri = rowOf(ws, "agri_loan_balance");
    const bytes = await filled(base, { ...MARCH, inclusive_loan_new: "12,000", agri_loan_balance: "-5" });
    const e = await failure(upload(bank, bytes));
    expect(e.code).toBe("VALIDATION_FAILED");
    const problems = problemsOf(e);
    expect(problems.map((x) => [x.path, x.code]).sort()).toEqual(
      [
        [`${SHEET}!G${agri}`, "negative"],
        [`${SHEET}!G${inclusiveNew}`, "bad_number"],
      ].sort(),
    );
    const bad = problems.find((x) => x.code === "bad_number")!;
    expect(bad.messageZh).toContain(`G${inclusiveNew} 单元格`);
    expect(bad.messageEn).toContain(`cell G${inclusiveNew}`);
    expect(bad.location).toEqual({ source: "xlsx", sheet: SHEET, row: inclusiveNew, column: "G" });
    // The draft is as the good upload left it.
    const after = await p.db.query<{ value: string }>(
      `SELECT v.value::text AS value FROM stat_reports r JOIN stat_report_values v ON v.report_id = r.id
        WHERE r.id = $1 AND v.metric = 'inclusive_loan_new'`,
      [imported.report.id],
    );
    expect(after.rows).toEqual([{ value: "12000000.5" }]);
  });

  it("refuses formulas, missing required figures and a period the file does not name, saving nothing", async () => {
    const before = await reportCount();
    const base = (await download(bank, "2026-02")).bytes;
    const ws = (await open(base)).getWorksheet(SHEET)!;
    const formula = await filled(base, { ...MARCH, tech_sme_loan_balance: { formula: "1+1", result: 2 } });
    const f = problemsOf(await failure(upload(bank, formula)));
    expect(f.map((x) => [x.path, x.code])).toEqual([
      [`${SHEET}!G${rowOf(ws, "tech_sme_loan_balance")}`, "FORMULA_CELL"],
    ]);
    const { agri_loan_balance: _, ...withoutAgri } = MARCH;
    const missing = problemsOf(await failure(upload(bank, await filled(base, withoutAgri))));
    expect(missing.map((x) => [x.path, x.code])).toEqual([
      [`${SHEET}!G${rowOf(ws, "agri_loan_balance")}`, "required_missing"],
    ]);
    const mismatch = problemsOf(await failure(upload(bank, await filled(base, MARCH), { period: "2026-01" })));
    expect(mismatch.map((x) => [x.path, x.code])).toEqual([[`${SHEET}!B2`, "TARGET_MISMATCH"]]);
    const notXlsx = problemsOf(
      await failure(upload(bank, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]))),
    );
    expect(notXlsx.map((x) => x.code)).toEqual(["NOT_XLSX"]);
    expect(await reportCount()).toBe(before);
  });

  it("imports a CSV metric,item,value for the template and period given with it", async () => {
    const csv = [
      "metric,item,value",
      ...Object.entries(MARCH).map(([k, v]) => `${k.split("/")[0]},${k.split("/")[1] ?? ""},${v}`),
    ].join("\n");
    const missing = problemsOf(await failure(upload(bank, new TextEncoder().encode(csv), {}, "figures.csv")));
    expect(missing.map((x) => [x.path, x.code])).toEqual([
      ["templateRef", "TARGET_MISSING"],
      ["period", "TARGET_MISSING"],
    ]);
    const r = await upload(bank, new TextEncoder().encode(csv), { templateRef: TPL, period: "2026-02" }, "figures.csv");
    expect(r).toMatchObject({ format: "csv", imported: 9, report: { period: "2026-02", status: "draft" } });
    const bad = problemsOf(
      await failure(
        upload(
          bank,
          new TextEncoder().encode(`${csv}\nno_such_metric,,1`),
          { templateRef: TPL, period: "2026-02" },
          "f.csv",
        ),
      ),
    );
    expect(bad.map((x) => [x.path, x.code])).toEqual([["csv:11", "unknown_metric"]]);
  });

  it("does not let another institution or the district import into the bank's report", async () => {
    const bytes = await filled((await download(bank, "2026-03")).bytes, { ...MARCH, agri_loan_balance: "1" });
    const foreign = await failure(upload(other, bytes, { reportId: imported.report.id }));
    expect(foreign.code).toBe("NOT_FOUND");
    const byDistrict = await failure(upload(district, bytes));
    expect(byDistrict.code).toBe("FORBIDDEN");
    const agri = await p.db.query<{ value: string }>(
      "SELECT value::text AS value FROM stat_report_values WHERE report_id = $1 AND metric = 'agri_loan_balance'",
      [imported.report.id],
    );
    expect(agri.rows).toEqual([{ value: "30000000" }]);
    // The other bank's own upload of the same file is its own draft, not the bank's.
    const own = await upload(other, bytes);
    expect(own.report.id).not.toBe(imported.report.id);
  });
});
