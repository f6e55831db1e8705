/**
 * Uploading a PCAF book on a real database: stored whole with its first run queued and audited; the same files again
 * for the same year are the same book (nothing written, even when streamed); a file with bad rows is refused whole
 * with every bad row named by file, row and column; an .xlsx file reads like the CSV; enterprises may not upload;
 * under the tenant role (row-level security) the upload works and another institution cannot see the book.
 */
import { Readable } from "node:stream";
import {
  type Actor,
  AppError,
  getPcafRun,
  listPcafBooks,
  type PcafUploadProblem,
  rerunPcafBook,
  runAsTenant,
  tenantAware,
  uploadPcafBook,
} from "@greenfin/app";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { borrower, counterpartiesCsv, FIGURES, pcafRowCounts, positionsCsv } from "../../../tests/support/pcaf-book";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let bank: Actor;
let otherBank: Actor;
let uscc: string;

beforeAll(async () => {
  p = await openTestPlatform();
  bank = await actorFor(p, "bank-qinwan", "analyst");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await actorFor(p, other.rows[0]!.demo_key, "admin");
  uscc = (await borrower(p)).uscc;
});
afterAll(() => p?.close());

const files = (positions: Buffer | Readable, counterparties: Buffer = counterpartiesCsv(uscc)) => ({
  positions: { bytes: positions, fileName: "positions.csv" },
  counterparties: { bytes: counterparties, fileName: "counterparties.csv" },
});

async function refusal(promise: Promise<unknown>): Promise<{ problems: PcafUploadProblem[]; omitted: number }> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe("VALIDATION_FAILED");
  return (e as AppError).details as { problems: PcafUploadProblem[]; omitted: number };
}

describe("uploading a book", () => {
  let bookId: string;

  it("stores the positions and counterparties, queues the first run and audits both", async () => {
    const created = await uploadPcafBook(p, bank, { year: 2025, label: "2025 年末", ...files(positionsCsv(uscc)) });
    expect(created).toMatchObject({ created: true, positions: 3, counterparties: 1 });
    expect(created.jobId).toBeTruthy();
    bookId = created.bookId;
    const [book] = await listPcafBooks(p, bank);
    expect(book).toMatchObject({
      id: bookId,
      year: 2025,
      label: "2025 年末",
      positions: 3,
      counterparties: 1,
      outstanding: FIGURES.outstanding,
      latestRun: { id: created.runId, status: "queued", total: null },
    });
    const audit = await p.db.query<{ action: string; entity_id: string }>(
      "SELECT action, entity_id FROM audit_log WHERE action LIKE 'pcaf.%' ORDER BY seq",
    );
    expect(audit.rows).toEqual([
      { action: "pcaf.run.start", entity_id: created.runId },
      { action: "pcaf.book.upload", entity_id: bookId },
    ]);
    // Stored in file order, in the compact form the run streams back.
    const rows = await p.db.query<{ row_no: number; position: string }>(
      "SELECT row_no, position FROM pcaf_book_positions WHERE book_id = $1 ORDER BY row_no",
      [bookId],
    );
    expect(rows.rows.map((r) => JSON.parse(r.position)[0])).toEqual(["L1", "M1", "S1"]);
  });

  it("answers the same files for the same year with the existing book, writing nothing — in memory or streamed", async () => {
    const before = await pcafRowCounts(p);
    const again = await uploadPcafBook(p, bank, { year: 2025, ...files(positionsCsv(uscc)) });
    expect(again).toMatchObject({ bookId, created: false, jobId: null, positions: 3, counterparties: 1 });
    const streamed = await uploadPcafBook(p, bank, { year: 2025, ...files(Readable.from([positionsCsv(uscc)])) });
    expect(streamed).toMatchObject({ bookId, created: false });
    expect(await pcafRowCounts(p)).toEqual(before);
    // Another year is another book.
    const lastYear = await uploadPcafBook(p, bank, { year: 2024, ...files(positionsCsv(uscc)) });
    expect(lastYear.created).toBe(true);
    expect(lastYear.bookId).not.toBe(bookId);
  });

  it("refuses a file with bad rows whole, naming each bad row by file, row and column, and stores nothing", async () => {
    const before = await pcafRowCounts(p);
    const positions = Buffer.from(
      [
        "头寸编号,资产类别,交易对手,余额,物业价值,国家",
        `A1,business_loan,${uscc},"12,5",,`,
        "A2,spaceship,,100,,",
        "A3,business_loan,UNKNOWN-CP,100,,",
        "A4,mortgage,,100,,",
        `A1,business_loan,${uscc},100,,`,
        "A6,sovereign_debt,,100,,",
        "",
      ].join("\n"),
    );
    const counterparties = Buffer.from(
      ["counterparty,sector,revenue", `${uscc},C26,200000000`, "X2,Z99,1", ""].join("\n"),
    );
    const { problems, omitted } = await refusal(
      uploadPcafBook(p, bank, { year: 2023, ...files(positions, counterparties) }),
    );
    expect(omitted).toBe(0);
    const where = problems.map((x) => `${x.file}:${x.row}:${x.column}`);
    expect(where).toEqual([
      "counterparties:3:sector",
      "positions:2:outstanding",
      "positions:3:asset_class",
      "positions:4:counterparty",
      "positions:5:property_value",
      "positions:6:position_id",
      "positions:7:country",
    ]);
    for (const x of problems) {
      expect(x.messageZh).not.toBe("");
      expect(x.messageEn).not.toBe("");
    }
    expect(problems[1]!.path).toBe("positions.csv row 2 outstanding");
    expect(await pcafRowCounts(p)).toEqual(before);
  });

  it("refuses a file that is not a CSV, and a missing column, without storing anything", async () => {
    const before = await pcafRowCounts(p);
    const binary = await refusal(uploadPcafBook(p, bank, { year: 2023, ...files(Buffer.from([0, 1, 2, 3, 0, 0, 0])) }));
    expect(binary.problems).toEqual([expect.objectContaining({ file: "positions", row: null })]);
    const header = await refusal(
      uploadPcafBook(p, bank, { year: 2023, ...files(Buffer.from("position_id,asset_class\nA1,mortgage\n")) }),
    );
    expect(header.problems).toEqual([expect.objectContaining({ file: "positions", row: 1, column: "outstanding" })]);
    expect(await pcafRowCounts(p)).toEqual(before);
  });

  it("reads an .xlsx positions file as it reads the CSV", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("头寸");
    sheet.addRow([
      "position_id",
      "asset_class",
      "counterparty",
      "outstanding",
      "property_value",
      "floor_area_m2",
      "country",
    ]);
    sheet.addRow(["L1", "business_loan", uscc, 40000000]);
    sheet.addRow(["M1", "mortgage", null, 1500000, 3000000, 100]);
    sheet.addRow(["S1", "sovereign_debt", null, 10000000, null, null, "CN"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const created = await uploadPcafBook(p, bank, {
      year: 2022,
      positions: { bytes, fileName: "头寸.xlsx" },
      counterparties: { bytes: counterpartiesCsv(uscc), fileName: "counterparties.csv" },
    });
    expect(created).toMatchObject({ created: true, positions: 3 });
    const book = (await listPcafBooks(p, bank)).find((b) => b.id === created.bookId);
    expect(book?.outstanding).toBe(FIGURES.outstanding);
    expect(book?.label).toBe("头寸.xlsx");

    sheet.getCell("D2").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    const withFormula = Buffer.from(await wb.xlsx.writeBuffer());
    const { problems } = await refusal(
      uploadPcafBook(p, bank, {
        year: 2021,
        positions: { bytes: withFormula, fileName: "f.xlsx" },
        counterparties: { bytes: counterpartiesCsv(uscc), fileName: "counterparties.csv" },
      }),
    );
    expect(problems[0]).toMatchObject({ file: "positions", row: 2, column: "outstanding" });
  });

  it("lets no enterprise upload, and no viewer", async () => {
    const enterprise = await actorFor(p, "ent-0001", "admin");
    await expect(uploadPcafBook(p, enterprise, { year: 2025, ...files(positionsCsv(uscc)) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const viewer = { ...bank, role: "viewer" as const };
    await expect(uploadPcafBook(p, viewer, { year: 2025, ...files(positionsCsv(uscc)) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("works under row-level security, where another institution cannot see the book or its run", async () => {
    const tenantDb = tenantAware(p.db);
    const tp = { ...p, db: tenantDb };
    const created = await runAsTenant(p.db, otherBank, () =>
      uploadPcafBook(tp, otherBank, { year: 2025, ...files(positionsCsv(uscc)) }),
    );
    expect(created.created).toBe(true);
    const seenByBank = await runAsTenant(p.db, bank, async () => {
      const books = await listPcafBooks(tp, bank);
      const run = await getPcafRun(tp, bank, created.runId).catch((e: AppError) => e.code);
      const rerun = await rerunPcafBook(tp, bank, created.bookId).catch((e: AppError) => e.code);
      const raw = await tenantDb.query("SELECT 1 FROM pcaf_book_positions WHERE book_id = $1", [created.bookId]);
      return { books: books.map((b) => b.id), run, rerun, raw: raw.rows.length };
    });
    expect(seenByBank.books).not.toContain(created.bookId);
    expect(seenByBank).toMatchObject({ run: "NOT_FOUND", rerun: "NOT_FOUND", raw: 0 });
  });
});
