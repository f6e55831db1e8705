/**
 * The file layer of disclosure intake: the Excel template written and read back, a workbook written by
 * LibreOffice, every kind of refused file (not an xlsx, formulas, merged cells, error values, zip bombs, limits),
 * and CSV in UTF-8 and GB18030. No database is needed.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IntakeProblem, RawEntry } from "@greenfin/domain";
import { buildDisclosureTemplate, loadDisclosureCatalogue } from "@greenfin/reference";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildZip, deflatedZeros, storedPart, XLSX_SKELETON } from "../../../tests/support/build-zip";
import { buildDisclosureWorkbook, readDisclosureCsv, readDisclosureWorkbook } from "../src/disclosure/intake/index";
import { isPercentFormat, timesHundred } from "../src/disclosure/intake/read-cell";
import { sanitiseSheetName, uniqueSheetName } from "../src/disclosure/intake/sheet-name";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "disclosure");
const catalogue = loadDisclosureCatalogue("2026.1");
const template = buildDisclosureTemplate(catalogue, {
  entityKind: "enterprise",
  frameworks: ["SSE2024", "ISSB-S2"],
  on: "2025-12-31",
});
/** HKEX adds S-EMP-002 (employees by gender …), for a closed-breakdown row. */
const templateWithHkex = buildDisclosureTemplate(catalogue, {
  entityKind: "enterprise",
  frameworks: ["SSE2024", "ISSB-S2", "HKEX"],
  on: "2025-12-31",
});
const OPTS = { orgName: "示例能源股份有限公司", periodLabel: "2025 年度" };

const GOV = "可持续发展相关治理机制";
const GHG = "应对气候变化（温室气体排放）";
const CTX = "报告基本信息";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The row of an indicator (and breakdown) on a sheet; for open-dimension rows, the nth row with that hint. */
function rowOf(wb: ExcelJS.Workbook, sheet: string, id: string, dimension = "", nth = 0): ExcelJS.Row {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    if (row.getCell(1).value === id && (row.getCell(3).value ?? "") === dimension) rows.push(row);
  });
  const row = rows[nth];
  if (!row) throw new Error(`no row ${id} ${dimension} on ${sheet}`);
  return row;
}

const codes = (problems: readonly IntakeProblem[]) => problems.map((p) => p.code);

async function freshTemplate(): Promise<ExcelJS.Workbook> {
  return load(await buildDisclosureWorkbook(template, OPTS));
}

describe("the disclosure workbook template", () => {
  it("has the instructions first, one sheet per topic, and hidden metadata", async () => {
    const wb = await freshTemplate();
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe("填报说明");
    expect(names.slice(1, 1 + template.topics.length)).toEqual(template.topics.map((t) => t.topic.zh));
    expect(wb.getWorksheet("_meta")?.state).toBe("veryHidden");
    expect(wb.getWorksheet("_lists")?.state).toBe("hidden");

    const ws = wb.getWorksheet(GOV)!;
    expect(ws.getRow(1).getCell(1).value).toBe("指标编号\nIndicator ID");
    expect(ws.getRow(1).getCell(9).value).toBe("说明\nNotes");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const boolRow = rowOf(wb, GOV, "G-GOV-006");
    expect(boolRow.getCell(4).dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    expect(boolRow.getCell(6).value).toBe("强制");
    expect(boolRow.getCell(6).fill).toMatchObject({ fgColor: { argb: "FFF8CBAD" } });

    const energy = rowOf(wb, "能源利用", "E-ENE-001");
    expect(energy.getCell(5).value).toBe("tce");
    expect(energy.getCell(5).dataValidation).toMatchObject({ type: "list", formulae: ['"tce,kgce,MWh,kWh,GJ,TJ"'] });
    expect(energy.getCell(9).value).toContain("吨标准煤");

    const multi = rowOf(wb, CTX, "X-CTX-003");
    expect(multi.getCell(4).dataValidation.type).toBe("list");
    expect(multi.getCell(4).dataValidation.showErrorMessage ?? false).toBe(false);
    expect(multi.getCell(9).value).toContain("、");

    // An open breakdown (region …) gets three empty rows per dimension for the filer to name the member.
    expect(() => rowOf(wb, GHG, "E-GHG-011", "region=", 2)).not.toThrow();
    expect(() => rowOf(wb, GHG, "E-GHG-011", "region=", 3)).toThrow();
  });

  it("reads back the draft it was prefilled with, and nothing from unfilled rows", async () => {
    const values = new Map([
      ["E-GHG-001#", { value: 1234.5, unit: "ktCO2e", reason: null }],
      ["E-GHG-011#region=华东", { value: 10, unit: "tCO2e", reason: null }],
      ["G-GOV-006#", { value: true, unit: null, reason: null }],
    ]);
    const bytes = await buildDisclosureWorkbook(template, { ...OPTS, values });
    const { entries, problems, meta } = await readDisclosureWorkbook(bytes);
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({
      formatVersion: 1,
      catalogueVersion: "2026.1",
      entityKind: "enterprise",
      frameworks: ["SSE2024", "ISSB-S2"],
      periodEnd: "2025-12-31",
      orgName: OPTS.orgName,
    });
    expect(entries.map((e) => [e.indicatorId, e.dimension, e.value, e.unit])).toEqual([
      ["G-GOV-006", "", "是", null],
      ["E-GHG-001", "", 1234.5, "ktCO2e"],
      ["E-GHG-011", "region=华东", 10, "tCO2e"],
    ]);
  });

  it("round-trips a filled workbook into exactly the entries typed, each with its cell", async () => {
    const wb = await load(await buildDisclosureWorkbook(templateWithHkex, OPTS));
    const fill = (sheet: string, id: string, dimension: string, set: (row: ExcelJS.Row) => void, nth = 0) => {
      const row = rowOf(wb, sheet, id, dimension, nth);
      set(row);
      return row.number;
    };
    const rows = {
      date: fill(CTX, "X-CTX-001", "", (r) => {
        r.getCell(4).value = new Date(Date.UTC(2025, 11, 31));
        r.getCell(4).style = { ...r.getCell(4).style, numFmt: "yyyy-mm-dd" };
      }),
      multi: fill(CTX, "X-CTX-003", "", (r) => {
        r.getCell(4).value = "SSE2024、ISSB";
      }),
      text: fill(GOV, "G-GOV-001", "", (r) => {
        r.getCell(4).value = "  董事会下设可持续发展委员会，每季度听取汇报。 ";
      }),
      rich: fill(GOV, "G-GOV-003", "", (r) => {
        r.getCell(4).value = { richText: [{ text: "总经理" }, { font: { bold: true }, text: "负责" }] };
      }),
      boolean: fill(GOV, "G-GOV-006", "", (r) => {
        r.getCell(4).value = "是";
      }),
      percent: fill(GOV, "G-GOV-007", "", (r) => {
        r.getCell(4).value = 0.352;
        // A new style object: loaded cells share theirs, and setting numFmt in place would reformat them all.
        r.getCell(4).style = { ...r.getCell(4).style, numFmt: "0.0%" };
      }),
      enumValue: fill(GOV, "G-GOV-008", "sse_topic=", (r) => {
        r.getCell(3).value = "sse_topic=climate";
        r.getCell(4).value = "dual";
      }),
      link: fill(GOV, "G-GOV-009", "", (r) => {
        r.getCell(4).value = { text: "见年报第 12 页", hyperlink: "https://example.com/report.pdf" };
      }),
      number: fill(GHG, "E-GHG-001", "", (r) => {
        r.getCell(4).value = 1234.5;
      }),
      approx: fill(GHG, "E-GHG-002", "", (r) => {
        r.getCell(4).value = "约1000";
      }),
      reasonOnly: fill(GHG, "E-GHG-003", "", (r) => {
        r.getCell(8).value = "不适用：未采用基于市场的方法";
      }),
      openRow: fill(
        GHG,
        "E-GHG-011",
        "region=",
        (r) => {
          r.getCell(3).value = "region=华东";
          r.getCell(4).value = 800;
        },
        1,
      ),
      chineseUnit: fill("能源利用", "E-ENE-011", "", (r) => {
        r.getCell(4).value = 1250;
        r.getCell(5).value = "兆瓦时";
      }),
      female: fill("员工", "S-EMP-002", "gender=female", (r) => {
        r.getCell(4).value = 520;
      }),
    };
    const { entries, problems } = await readDisclosureWorkbook(await save(wb));
    expect(problems).toEqual([]);
    const at = (sheet: string, row: number, column = "D") => ({ source: "xlsx", sheet, row, column }) as const;
    const entry = (
      indicatorId: string,
      dimension: string,
      value: RawEntry["value"],
      unit: string | null,
      location: RawEntry["location"],
      notDisclosedReason: string | null = null,
    ): RawEntry => ({ indicatorId, dimension, value, unit, notDisclosedReason, location });
    expect(entries).toEqual([
      entry("X-CTX-001", "", "2025-12-31", null, at(CTX, rows.date)),
      entry("X-CTX-003", "", "SSE2024、ISSB", null, at(CTX, rows.multi)),
      entry("G-GOV-001", "", "董事会下设可持续发展委员会，每季度听取汇报。", null, at(GOV, rows.text)),
      entry("G-GOV-003", "", "总经理负责", null, at(GOV, rows.rich)),
      entry("G-GOV-006", "", "是", null, at(GOV, rows.boolean)),
      entry("G-GOV-007", "", "35.2", "percent", at(GOV, rows.percent)),
      entry("G-GOV-008", "sse_topic=climate", "dual", null, at(GOV, rows.enumValue)),
      entry("G-GOV-009", "", "见年报第 12 页", null, at(GOV, rows.link)),
      entry("E-GHG-001", "", 1234.5, "tCO2e", at(GHG, rows.number)),
      // Not a number, but judging that is the validator's job: passed on as typed.
      entry("E-GHG-002", "", "约1000", "tCO2e", at(GHG, rows.approx)),
      entry("E-GHG-003", "", null, "tCO2e", at(GHG, rows.reasonOnly, "H"), "不适用：未采用基于市场的方法"),
      entry("E-GHG-011", "region=华东", 800, "tCO2e", at(GHG, rows.openRow)),
      entry("E-ENE-011", "", 1250, "MWh", at("能源利用", rows.chineseUnit)),
      entry("S-EMP-002", "gender=female", 520, "count", at("员工", rows.female)),
    ]);
    // The scope 1 total is the first row under the header of its sheet.
    expect(rows.number).toBe(2);
  });

  it("imports a sheet written by LibreOffice (no _meta: recognised by its header)", async () => {
    const bytes = readFileSync(join(FIXTURES, "libreoffice-energy.xlsx"));
    const { entries, problems, meta } = await readDisclosureWorkbook(bytes);
    expect(problems).toEqual([]);
    expect(meta).toBeNull();
    const at = (row: number, column = "D") => ({ source: "xlsx", sheet: "能源利用", row, column }) as const;
    expect(entries).toEqual([
      {
        indicatorId: "E-ENE-001",
        dimension: "",
        value: 12345.67,
        unit: "tce",
        notDisclosedReason: null,
        location: at(2),
      },
      {
        indicatorId: "E-ENE-006",
        dimension: "",
        value: null,
        unit: "tce",
        notDisclosedReason: "不适用：本年度未使用可再生能源",
        location: at(3, "H"),
      },
      {
        indicatorId: "E-ENE-008",
        dimension: "",
        value: 0.042,
        unit: "tce_per_wan_yuan",
        notDisclosedReason: null,
        location: at(4),
      },
      {
        indicatorId: "E-ENE-010",
        dimension: "",
        value: "“十四五”期间单位产值能耗下降 13.5%，已完成 9.8%",
        unit: null,
        notDisclosedReason: null,
        location: at(5),
      },
      { indicatorId: "E-ENE-011", dimension: "", value: 1250, unit: "MWh", notDisclosedReason: null, location: at(6) },
    ]);
  });
});

describe("refused workbooks", () => {
  /** A template with a valid figure in it, so that a refusal visibly drops entries that were fine. */
  async function filledTemplate(): Promise<ExcelJS.Workbook> {
    const wb = await freshTemplate();
    rowOf(wb, "能源利用", "E-ENE-001").getCell(4).value = 100;
    return wb;
  }

  async function refused(bytes: Uint8Array, limits?: Parameters<typeof readDisclosureWorkbook>[1]) {
    const result = await readDisclosureWorkbook(bytes, limits);
    expect(result.entries).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.severity).toBe("error");
      expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.messageEn).toMatch(/[a-z]/);
    }
    return result.problems;
  }

  it("refuses bytes that are not an xlsx, with a message fitting what they are", async () => {
    const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    const [noise] = await refused(random);
    expect(noise).toMatchObject({ code: "NOT_XLSX", location: { source: "file", field: "xlsx" } });

    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const [xls] = await refused(ole);
    expect(xls).toMatchObject({ code: "NOT_XLSX" });
    expect(xls!.messageZh).toContain(".xls");
    expect(xls!.messageEn).toContain(".xlsx");

    const [csv] = await refused(new TextEncoder().encode("indicator,dimension,value,unit\nE-GHG-001,,100,tCO2e\n"));
    expect(csv).toMatchObject({ code: "NOT_XLSX" });
    expect(csv!.messageZh).toContain("CSV");

    const [notWorkbook] = await refused(buildZip([storedPart("[Content_Types].xml", "<Types/>")]));
    expect(notWorkbook).toMatchObject({ code: "NOT_XLSX" });
    expect(notWorkbook!.messageEn).toContain("xl/workbook.xml");
  });

  it("refuses a formula cell, naming the cell", async () => {
    const wb = await filledTemplate();
    const row = rowOf(wb, GHG, "E-GHG-001");
    row.getCell(4).value = { formula: "1000+234.5", result: 1234.5 };
    const problems = await refused(await save(wb));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "FORMULA_CELL",
        location: { source: "xlsx", sheet: GHG, row: row.number, column: "D" },
      }),
    ]);
    expect(problems[0]!.messageZh).toContain("单元格含公式，请粘贴为数值");
    expect(problems[0]!.messageEn).toContain("the cell holds a formula; paste the value instead");
  });

  it("refuses merged cells at the merge's top-left cell", async () => {
    const wb = await filledTemplate();
    const row = rowOf(wb, GHG, "E-GHG-001");
    wb.getWorksheet(GHG)!.mergeCells(row.number, 4, row.number + 1, 4);
    const problems = await refused(await save(wb));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "MERGED_CELLS",
        location: { source: "xlsx", sheet: GHG, row: row.number, column: "D" },
      }),
    ]);
  });

  it("refuses an error value such as #DIV/0!", async () => {
    const wb = await filledTemplate();
    const row = rowOf(wb, GOV, "G-GOV-007");
    row.getCell(4).value = { error: "#DIV/0!" };
    const problems = await refused(await save(wb));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "ERROR_CELL",
        location: { source: "xlsx", sheet: GOV, row: row.number, column: "D" },
      }),
    ]);
    expect(problems[0]!.messageEn).toContain("#DIV/0!");
  });

  it("refuses a sheet that is not the template's and a changed header", async () => {
    const wb = await filledTemplate();
    wb.addWorksheet("草稿").getCell("A1").value = "临时计算";
    wb.getWorksheet(GOV)!.getCell("B1").value = "名称（已改）";
    const problems = await refused(await save(wb));
    expect(problems).toEqual([
      expect.objectContaining({ code: "BAD_HEADER", location: { source: "xlsx", sheet: GOV, row: 1, column: "B" } }),
      expect.objectContaining({ code: "UNKNOWN_SHEET", location: { source: "file", field: "sheet:草稿" } }),
    ]);
  });

  it("refuses a value whose indicator id was deleted", async () => {
    const wb = await filledTemplate();
    const row = rowOf(wb, GHG, "E-GHG-001");
    row.getCell(1).value = null;
    row.getCell(4).value = 5;
    const problems = await refused(await save(wb));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "MISSING_INDICATOR",
        location: { source: "xlsx", sheet: GHG, row: row.number, column: "A" },
      }),
    ]);
  });

  it("refuses a zip bomb from its central directory, without inflating it", async () => {
    const zeros = deflatedZeros(200);
    expect(zeros.data.length).toBeLessThan(1024 * 1024);
    const bomb = buildZip([
      ...XLSX_SKELETON,
      { name: "xl/worksheets/sheet1.xml", data: zeros.data, method: 8, crc: zeros.crc, size: zeros.size },
    ]);
    const problems = await refused(bomb);
    expect(codes(problems)).toContain("ZIP_BOMB");
    expect(codes(problems)).toContain("TOO_LARGE");
  });

  it("catches a zip bomb that declares a small size, by inflating under a cap", async () => {
    const zeros = deflatedZeros(200);
    const liar = buildZip([
      ...XLSX_SKELETON,
      { name: "xl/worksheets/sheet1.xml", data: zeros.data, method: 8, crc: zeros.crc, size: 4096 },
    ]);
    const problems = await refused(liar);
    expect(problems).toEqual([
      expect.objectContaining({ code: "ZIP_BOMB", location: { source: "file", field: "xlsx" } }),
    ]);
  });

  it("refuses encrypted entries", async () => {
    const secret = storedPart("xl/worksheets/sheet1.xml", "<worksheet/>");
    // ZipCrypto puts a 12-byte header before the stored data.
    const encrypted = { ...secret, data: Buffer.concat([Buffer.alloc(12), secret.data]), flags: 1 };
    const problems = await refused(buildZip([...XLSX_SKELETON, encrypted]));
    expect(codes(problems)).toEqual(["ENCRYPTED"]);
  });

  it("refuses files over the size, entry and row limits", async () => {
    const bytes = await save(await filledTemplate());
    expect(codes(await refused(bytes, { maxUploadBytes: 1000 }))).toEqual(["TOO_LARGE"]);
    expect(codes(await refused(bytes, { maxZipEntries: 3 }))).toEqual(["ZIP_BOMB"]);
    expect(codes(await refused(bytes, { maxUncompressedBytes: 50_000 }))).toEqual(["TOO_LARGE"]);
    expect(codes(await refused(bytes, { maxRows: 10 }))).toEqual(["TOO_LARGE"]);
  });
});

describe("disclosure CSV", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("reads UTF-8 with a BOM and English headers; values stay text", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = utf8(
      'Indicator,Dimension,Value,Unit,Reason\r\nE-GHG-001,,"1,234.5",tCO2e,\r\nS-EMP-002,gender=female,520,,\r\nE-GHG-003,,,,不适用\r\nE-GHG-005,,,tCO2e,\r\n,,,,\r\n',
    );
    const { entries, problems } = readDisclosureCsv(new Uint8Array([...bom, ...body]));
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        indicatorId: "E-GHG-001",
        dimension: "",
        value: "1,234.5",
        unit: "tCO2e",
        notDisclosedReason: null,
        location: { source: "csv", line: 2, column: "value" },
      },
      {
        indicatorId: "S-EMP-002",
        dimension: "gender=female",
        value: "520",
        unit: null,
        notDisclosedReason: null,
        location: { source: "csv", line: 3, column: "value" },
      },
      {
        indicatorId: "E-GHG-003",
        dimension: "",
        value: null,
        unit: null,
        notDisclosedReason: "不适用",
        location: { source: "csv", line: 4, column: "reason" },
      },
    ]);
  });

  it("reads GB18030 (Chinese Excel's CSV) with Chinese headers and units", () => {
    // "指标编号,细分维度,填报值,单位,未披露原因 / E-ENE-011,,1250,兆瓦时, / E-GHG-003,,,,不适用：未采用市场法", in GB18030.
    const gb = Buffer.from(
      "d6b8b1eab1e0bac52ccfb8b7d6ceacb6c82ccceeb1a8d6b52cb5a5cebb2cceb4c5fbc2b6d4add2f20d0a452d454e452d3031312c2c313235302cd5d7cddfcab12c0d0a452d4748472d3030332c2c2c2cb2bbcacad3c3a3baceb4b2c9d3c3cad0b3a1b7a80d0a",
      "hex",
    );
    const { entries, problems } = readDisclosureCsv(gb);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        indicatorId: "E-ENE-011",
        dimension: "",
        value: "1250",
        unit: "MWh",
        notDisclosedReason: null,
        location: { source: "csv", line: 2, column: "value" },
      },
      {
        indicatorId: "E-GHG-003",
        dimension: "",
        value: null,
        unit: null,
        notDisclosedReason: "不适用：未采用市场法",
        location: { source: "csv", line: 3, column: "reason" },
      },
    ]);
  });

  it("numbers lines from where a record starts, even after a multi-line quoted field", () => {
    const { entries } = readDisclosureCsv(
      utf8('指标编号,细分维度,填报值,单位\nG-GOV-001,,"第一行\n第二行",\nE-GHG-001,,5,t\n'),
    );
    expect(entries.map((e) => [e.value, e.location])).toEqual([
      ["第一行\n第二行", { source: "csv", line: 2, column: "value" }],
      ["5", { source: "csv", line: 4, column: "value" }],
    ]);
  });

  it("names each missing header column", () => {
    const { entries, problems } = readDisclosureCsv(utf8("指标编号,填报值\nE-GHG-001,5\n"));
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "BAD_HEADER", location: { source: "csv", line: 1, column: "dimension" } }),
      expect.objectContaining({ code: "BAD_HEADER", location: { source: "csv", line: 1, column: "unit" } }),
    ]);
  });

  it("refuses ragged rows and values without an indicator", () => {
    const { entries, problems } = readDisclosureCsv(
      utf8("indicator,dimension,value,unit\nE-GHG-001,,5,t\nE-GHG-002,,5\n,,7,t\n"),
    );
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "ROW_LENGTH", location: { source: "csv", line: 3, column: "unit" } }),
      expect.objectContaining({ code: "MISSING_INDICATOR", location: { source: "csv", line: 4, column: "indicator" } }),
    ]);
  });

  it("refuses binary files, files over the limits and unparseable quoting", async () => {
    const xlsx = await buildDisclosureWorkbook(template, OPTS);
    const binary = readDisclosureCsv(xlsx);
    expect(codes(binary.problems)).toEqual(["NOT_CSV"]);
    expect(binary.problems[0]!.messageEn).toContain("Excel");
    expect(codes(readDisclosureCsv(new Uint8Array([0x61, 0x00, 0x62])).problems)).toEqual(["NOT_CSV"]);

    const csv = utf8("indicator,dimension,value,unit\nE-GHG-001,,5,t\nE-GHG-002,,6,t\n");
    expect(codes(readDisclosureCsv(csv, { maxCsvBytes: 10 }).problems)).toEqual(["TOO_LARGE"]);
    expect(codes(readDisclosureCsv(csv, { maxRows: 1 }).problems)).toEqual(["TOO_LARGE"]);
    expect(readDisclosureCsv(csv, { maxRows: 2 }).entries).toHaveLength(2);
    expect(codes(readDisclosureCsv(utf8('indicator,dimension,value,unit\nE-GHG-001,,"5,t\n')).problems)).toEqual([
      "BAD_CSV",
    ]);
  });
});

describe("file-layer helpers", () => {
  it("scales percent cells by moving the decimal point, not by float multiplication", () => {
    expect(timesHundred(0.352)).toBe("35.2");
    expect(timesHundred(0.07)).toBe("7");
    expect(timesHundred(1)).toBe("100");
    expect(timesHundred(-0.005)).toBe("-0.5");
    expect(timesHundred(1e-7)).toBe("0.00001");
    expect(timesHundred(0)).toBe("0");
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
  });

  it("makes sheet names Excel accepts, unique regardless of case", () => {
    expect(sanitiseSheetName("能源/水资源: [合计]?")).toBe("能源／水资源： 【合计】？");
    expect([...sanitiseSheetName("很".repeat(40))]).toHaveLength(31);
    const taken = new Set(["填报说明"]);
    expect(uniqueSheetName("Energy", taken)).toBe("Energy");
    expect(uniqueSheetName("ENERGY", taken)).toBe("ENERGY(2)");
    expect(uniqueSheetName("填报说明", taken)).toBe("填报说明(2)");
  });
});
