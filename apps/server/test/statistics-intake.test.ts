/**
 * Statistics reports by file over HTTP: a bank downloads the monthly workbook (an .xlsx named for the template and
 * period), fills it and uploads it as multipart → its draft is saved and readable; a bad cell is 400 with the sheet and
 * cell and nothing saved; a CSV needs its template and period; another bank cannot import into the bank's report
 * (404), the district cannot import (403), a request without a file is 400, a file over the limit 413.
 */
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

const TPL = "five-articles-monthly@2026.1";
const SHEET = "报表 Report";
const BOUNDARY = "----greenfin-statistics-boundary";

let p: TestPlatform;
let app: FastifyInstance;
let bank: TestClient;
let otherBank: TestClient;
let district: TestClient;

const FIGURES: Record<string, string> = {
  green_loan_balance: "0",
  green_loan_new: "0",
  inclusive_loan_balance: "80000000",
  inclusive_loan_new: "12000000",
  agri_loan_balance: "30000000",
  tech_sme_loan_balance: "25000000",
};

function upload(c: TestClient, file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}) {
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const body = Buffer.concat([
    ...parts,
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  return c.request({
    method: "POST",
    url: "/api/statistics/reports/import",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    payload: body,
  });
}

/** The downloaded workbook with values entered in column G, found by metric key (totals only). */
async function fill(
  bytes: Buffer,
  figures: Record<string, string>,
): Promise<{ bytes: Uint8Array; rows: Map<string, number> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const ws = wb.getWorksheet(SHEET)!;
  const rows = new Map<string, number>();
  for (let r = 5; r <= ws.rowCount; r++)
    if (ws.getCell(`E${r}`).value === null) rows.set(String(ws.getCell(`A${r}`).value), r);
  for (const [metric, value] of Object.entries(figures)) ws.getCell(`G${rows.get(metric)}`).value = value;
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), rows };
}

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  app = await testServer(p);
  bank = await signedIn(app, "admin@bank.demo");
  otherBank = await signedIn(app, "admin@bank-changhe-qd.demo");
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("statistics intake API", () => {
  let workbook: Buffer;
  let reportId = "";

  it("downloads the workbook to fill; a bad period is 400", async () => {
    const res = await bank.get(`/api/statistics/workbook?templateRef=${TPL}&period=2026-03`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain(
      encodeURIComponent("统计报表-five-articles-monthly-2026-03.xlsx"),
    );
    workbook = res.rawPayload;
    const bad = await bank.get(`/api/statistics/workbook?templateRef=${TPL}&period=2026-Q1`);
    expect(bad.statusCode).toBe(400);
    expectErrorBody(bad.json(), "VALIDATION_FAILED");
  });

  it("uploads the filled workbook as the bank's draft", async () => {
    const { bytes } = await fill(workbook, FIGURES);
    const res = await upload(bank, { name: "统计报表.xlsx", bytes });
    expect(res.statusCode).toBe(200);
    // The six entered and the marketplace figure the platform pre-filled (0, no funded claims).
    expect(res.json()).toMatchObject({ format: "xlsx", imported: 7, report: { status: "draft", period: "2026-03" } });
    reportId = res.json().report.id;
    const read = await bank.get(`/api/statistics/reports/${reportId}`);
    expect(read.json().values).toContainEqual({
      metric: "inclusive_loan_balance",
      item: null,
      value: "80000000",
      source: "reported",
    });
  });

  it("refuses a bad cell with its sheet and cell, saving nothing", async () => {
    const { bytes, rows } = await fill(workbook, { ...FIGURES, inclusive_loan_balance: "八千万" });
    const res = await upload(bank, { name: "统计报表.xlsx", bytes });
    expect(res.statusCode).toBe(400);
    expectErrorBody(res.json(), "VALIDATION_FAILED");
    const row = rows.get("inclusive_loan_balance");
    expect(res.json().details.problems).toEqual([
      expect.objectContaining({
        path: `${SHEET}!G${row}`,
        code: "bad_number",
        location: { source: "xlsx", sheet: SHEET, row, column: "G" },
        messageZh: expect.stringContaining(`G${row} 单元格`),
        messageEn: expect.stringContaining(`cell G${row}`),
      }),
    ]);
    const read = await bank.get(`/api/statistics/reports/${reportId}`);
    expect(read.json().values.find((v: { metric: string }) => v.metric === "inclusive_loan_balance").value).toBe(
      "80000000",
    );
  });

  it("takes a CSV with its template and period", async () => {
    const csv = ["metric,item,value", ...Object.entries(FIGURES).map(([m, v]) => `${m},,${v}`)].join("\r\n");
    const file = { name: "figures.csv", bytes: new TextEncoder().encode(csv) };
    const missing = await upload(bank, file);
    expect(missing.statusCode).toBe(400);
    const res = await upload(bank, file, { templateRef: TPL, period: "2026-02" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ format: "csv", imported: 6, report: { period: "2026-02" } });
  });

  it("keeps other institutions out: another bank 404, the district 403; no file 400, too large 413", async () => {
    const { bytes } = await fill(workbook, { ...FIGURES, agri_loan_balance: "1" });
    const foreign = await upload(otherBank, { name: "x.xlsx", bytes }, { reportId });
    expect(foreign.statusCode).toBe(404);
    expectErrorBody(foreign.json(), "NOT_FOUND");
    const byDistrict = await upload(district, { name: "x.xlsx", bytes });
    expect(byDistrict.statusCode).toBe(403);
    const read = await bank.get(`/api/statistics/reports/${reportId}`);
    expect(read.json().values.find((v: { metric: string }) => v.metric === "agri_loan_balance").value).toBe("30000000");
    const noFile = await bank.post("/api/statistics/reports/import", {});
    expect(noFile.statusCode).toBe(400);
    const huge = await upload(bank, { name: "big.csv", bytes: new Uint8Array(11 * 1024 * 1024).fill(0x31) });
    expect(huge.statusCode).toBe(413);
  });
});
