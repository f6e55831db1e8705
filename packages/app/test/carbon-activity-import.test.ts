import {
  type Actor,
  AppError,
  createGrant,
  importActivityFile,
  importActivityRows,
  listActivity,
  runAsTenant,
  tenantAware,
} from "@greenfin/app";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let ent: Actor;
let other: Actor;
let district: Actor;
let bank: Actor;
let usccOf: Map<string, string>;

const HEADER = "enterprise,meter,month,item,quantity,unit,note";

beforeEach(async () => {
  p = await openTestPlatform();
  ent = await actorFor(p, "ent-0001", "admin");
  other = await actorFor(p, "ent-0002", "admin");
  district = await actorFor(p, "district-qinwan", "admin");
  bank = await actorFor(p, "bank-qinwan", "analyst");
  const r = await p.db.query<{ id: string; uscc: string }>(
    "SELECT id, uscc FROM organisations WHERE id = ANY($1::uuid[])",
    [[ent.orgId, other.orgId]],
  );
  usccOf = new Map(r.rows.map((x) => [x.id, x.uscc]));
});
afterEach(() => p.close());

const csv = (lines: string[]) => Buffer.from(`${[HEADER, ...lines].join("\n")}\n`);

/** Twelve months of electricity and gas for the enterprise, plus revenue. */
function yearFile(uscc: string, electricity = 1000): Buffer {
  const lines: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `2025-${String(m).padStart(2, "0")}`;
    lines.push(`${uscc},,${month},electricity,${electricity + m},kWh,`);
    lines.push(`${uscc},boiler,${month},natural_gas,${(m * 0.25).toFixed(2)},wan_m3,锅炉房`);
    lines.push(`${uscc},main,${month},revenue,${m * 100},wan_yuan,`);
  }
  return csv(lines);
}

interface Problem {
  row: number | null;
  column: string | null;
  code: string;
  path: string;
  messageZh: string;
  messageEn: string;
  location: { column?: string };
}

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION_FAILED")
      return e.details as { problems: Problem[]; omitted: number };
    throw e;
  }
  throw new Error("expected the import to be refused");
}

const countRows = async (orgId: string) =>
  Number(
    (await p.db.query<{ n: string }>("SELECT count(*) AS n FROM carbon_activity WHERE org_id = $1", [orgId])).rows[0]!
      .n,
  );

describe("activity data import", () => {
  it("imports a good file, converts to the working unit, and a re-import of the same file changes nothing", async () => {
    const file = yearFile(usccOf.get(ent.orgId)!);
    const first = await importActivityFile(p, ent, { format: "csv", bytes: file, fileName: "2025.csv" });
    expect(first).toMatchObject({
      rowCount: 36,
      inserted: 36,
      updated: 0,
      unchanged: 0,
      enterprises: 1,
      repeatOf: null,
    });
    const list = await listActivity(p, ent, ent.orgId, { year: 2025 });
    expect(list.rows).toHaveLength(36);
    const jan = list.rows.filter((r) => r.month === "2025-01");
    expect(jan.find((r) => r.item === "electricity")).toMatchObject({
      meter: "main",
      quantity: "1001",
      unit: "kWh",
      workingUnit: "kWh",
      workingQuantity: "1001",
    });
    expect(jan.find((r) => r.item === "natural_gas")).toMatchObject({
      meter: "boiler",
      quantity: "0.25",
      unit: "wan_m3",
      workingUnit: "m3",
      note: "锅炉房",
    });
    expect(Number(jan.find((r) => r.item === "natural_gas")!.workingQuantity)).toBe(2500);

    const stamps = await p.db.query("SELECT item, month, updated_at, import_id FROM carbon_activity ORDER BY 1, 2");
    p.clock.advance(60_000);
    const again = await importActivityFile(p, ent, { format: "csv", bytes: file, fileName: "2025.csv" });
    expect(again).toMatchObject({ rowCount: 36, inserted: 0, updated: 0, unchanged: 36, repeatOf: first.importId });
    expect(
      (await p.db.query("SELECT item, month, updated_at, import_id FROM carbon_activity ORDER BY 1, 2")).rows,
    ).toEqual(stamps.rows);
    const audit = await p.db.query<{ details: { rows: number; inserted: number } }>(
      "SELECT details FROM audit_log WHERE action = 'carbon.activity.import' ORDER BY seq",
    );
    expect(audit.rows.map((a) => [a.details.rows, a.details.inserted])).toEqual([
      [36, 36],
      [36, 0],
    ]);
  });

  it("refuses a file with three bad rows, lists each with row, column and reason, and saves nothing", async () => {
    const u = usccOf.get(ent.orgId)!;
    const file = csv([
      `${u},,2025-01,electricity,100,kWh,`,
      `${u},,2025-13,electricity,100,kWh,`,
      `${u},,2025-02,electricity,100,litre,`,
      `${u},,2025-03,electricity,-5,kWh,`,
      `${u},,2025-04,electricity,"1,000",kWh,`,
    ]);
    const { problems, omitted } = await problemsOf(importActivityFile(p, ent, { format: "csv", bytes: file }));
    expect(omitted).toBe(0);
    expect(problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [3, "month", "BAD_MONTH"],
      [4, "unit", "BAD_UNIT"],
      [5, "quantity", "BAD_QUANTITY"],
      [6, "quantity", "BAD_QUANTITY"],
    ]);
    expect(problems[0]!.messageZh).toContain("CSV 第 3 行");
    expect(problems[0]!.messageEn).toContain('CSV line 3, column "month"');
    expect(problems[1]!.messageEn).toContain("kWh, MWh");
    expect(await countRows(ent.orgId)).toBe(0);
    expect((await p.db.query("SELECT 1 FROM carbon_activity_imports")).rows).toHaveLength(0);
  });

  it("refuses keys repeated within a file, naming both rows", async () => {
    const u = usccOf.get(ent.orgId)!;
    const file = csv([`${u},,2025-01,electricity,100,kWh,`, `${u},main,2025-01,electricity,120,kWh,`]);
    const { problems } = await problemsOf(importActivityFile(p, ent, { format: "csv", bytes: file }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, code: "DUPLICATE_KEY" });
    expect(problems[0]!.messageEn).toContain("repeats row 2");
    expect(await countRows(ent.orgId)).toBe(0);
  });

  it("finds a repeated key when an enterprise's rows are not listed together, and accepts such a file otherwise", async () => {
    const [a, b] = [usccOf.get(ent.orgId)!, usccOf.get(other.orgId)!];
    const lines = [`${a},,2025-01,electricity,100,kWh,`, `${b},,2025-01,electricity,100,kWh,`];
    const { problems } = await problemsOf(
      importActivityFile(p, district, {
        format: "csv",
        bytes: csv([...lines, `${a},main,2025-01,electricity,7,kWh,`]),
      }),
    );
    expect(problems.map((x) => [x.row, x.code])).toEqual([[4, "DUPLICATE_KEY"]]);
    expect(problems[0]!.messageEn).toContain("repeats row 2");
    const ok = await importActivityFile(p, district, {
      format: "csv",
      bytes: csv([...lines, `${a},,2025-02,electricity,7,kWh,`]),
    });
    expect(ok).toMatchObject({ inserted: 3, enterprises: 2 });
  });

  it("caps the list of problems and counts the rest", async () => {
    const u = usccOf.get(ent.orgId)!;
    const lines = Array.from({ length: 30 }, (_, i) => `${u},m${i},2025-01,no_such_item,1,t,`);
    const { problems, omitted } = await problemsOf(
      importActivityFile(p, ent, { format: "csv", bytes: csv(lines), limits: { maxProblems: 10, batchRows: 7 } }),
    );
    expect(problems).toHaveLength(10);
    expect(omitted).toBe(20);
  });

  it("replaces a corrected figure and leaves the other rows untouched", async () => {
    const u = usccOf.get(ent.orgId)!;
    await importActivityFile(p, ent, { format: "csv", bytes: yearFile(u) });
    p.clock.advance(3_600_000);
    const fix = await importActivityFile(p, ent, {
      format: "csv",
      bytes: csv([`${u},,2025-03,electricity,2.5,MWh,meter replaced`, `${u},,2025-04,electricity,1004,kWh,`]),
    });
    expect(fix).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const r = await p.db.query<{ quantity: string; unit: string; quantity_working: string; updated_at: Date }>(
      "SELECT quantity, unit, quantity_working, updated_at FROM carbon_activity WHERE item = 'electricity' AND month = '2025-03-01'",
    );
    expect(r.rows[0]).toMatchObject({ quantity: "2.5", unit: "MWh" });
    expect(Number(r.rows[0]!.quantity_working)).toBe(2500);
    expect(r.rows[0]!.updated_at.toISOString()).toBe(p.clock.now().toISOString());
    const changed = await p.db.query("SELECT 1 FROM carbon_activity WHERE updated_at = $1", [p.clock.now()]);
    expect(changed.rows).toHaveLength(1);
  });

  it("keeps an enterprise to its own data, and banks from importing at all", async () => {
    const file = yearFile(usccOf.get(other.orgId)!);
    const { problems } = await problemsOf(importActivityFile(p, ent, { format: "csv", bytes: file }));
    expect(problems).toHaveLength(36);
    expect(problems[0]).toMatchObject({ code: "NOT_OWN_ENTERPRISE", column: "enterprise", row: 2 });
    expect(await countRows(other.orgId)).toBe(0);
    await expect(importActivityFile(p, bank, { format: "csv", bytes: file })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("lets the district load a bulk feed for several enterprises, and refuses unknown and non-enterprise codes", async () => {
    const bankUscc = (await p.db.query<{ uscc: string }>("SELECT uscc FROM organisations WHERE id = $1", [bank.orgId]))
      .rows[0]?.uscc;
    const feed = Buffer.concat([
      yearFile(usccOf.get(ent.orgId)!),
      yearFile(usccOf.get(other.orgId)!).subarray(HEADER.length + 1),
    ]);
    const r = await importActivityFile(p, district, { format: "csv", bytes: feed, channel: "bulk" });
    expect(r).toMatchObject({ rowCount: 72, inserted: 72, enterprises: 2, channel: "bulk" });
    const bad = csv([
      "91110000000000000X,,2025-01,electricity,1,kWh,",
      ...(bankUscc ? [`${bankUscc},,2025-01,electricity,1,kWh,`] : []),
    ]);
    const { problems } = await problemsOf(importActivityFile(p, district, { format: "csv", bytes: bad }));
    expect(problems.map((x) => x.code)).toEqual(["BAD_USCC", ...(bankUscc ? ["NOT_ENTERPRISE"] : [])]);
  });

  it("reads an Excel workbook with Chinese headers, months typed as dates included", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("活动数据");
    ws.addRow(["企业", "计量点", "月份", "项目", "数量", "单位", "备注"]);
    ws.addRow([usccOf.get(ent.orgId)!, null, "2025-01", "electricity", 1200.5, "kWh", null]);
    ws.addRow([usccOf.get(ent.orgId)!, "2号线", new Date(Date.UTC(2025, 1, 1)), "diesel", 30, "L", "叉车"]);
    ws.addRow([usccOf.get(ent.orgId)!, null, "2025-03", "electricity", { formula: "1+1" }, "kWh", null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { problems } = await problemsOf(importActivityFile(p, ent, { format: "xlsx", bytes }));
    expect(problems.map((x) => [x.row, x.column, x.code, x.location.column])).toEqual([
      [4, "quantity", "FORMULA_CELL", "E"],
    ]);
    expect(problems[0]!.messageEn).toContain('sheet "活动数据", cell E4');
    ws.spliceRows(4, 1);
    const ok = await importActivityFile(p, ent, {
      format: "xlsx",
      bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
      fileName: "活动.xlsx",
    });
    expect(ok).toMatchObject({ channel: "xlsx", rowCount: 2, inserted: 2 });
    const list = await listActivity(p, ent, ent.orgId, { year: 2025 });
    expect(list.rows.map((r) => [r.month, r.item, r.quantity, r.workingQuantity])).toEqual([
      ["2025-01", "electricity", "1200.5", "1200.5"],
      ["2025-02", "diesel", "30", null],
    ]);
  });

  it("refuses a file without the required columns or that is not a CSV", async () => {
    const { problems } = await problemsOf(
      importActivityFile(p, ent, { format: "csv", bytes: Buffer.from("enterprise,month,quantity\nx,2025-01,1\n") }),
    );
    expect(problems.map((x) => x.column)).toEqual(["item", "unit"]);
    const notCsv = await problemsOf(
      importActivityFile(p, ent, { format: "csv", bytes: Buffer.from([0x50, 0x4b, 3, 4, 0]) }),
    );
    expect(notCsv.problems[0]!.code).toBe("NOT_CSV");
  });

  it("saves rows from the form or API the same way", async () => {
    const u = usccOf.get(ent.orgId)!;
    const r = await importActivityRows(p, ent, [
      { enterprise: u, month: "2025-05", item: "raw_coal", quantity: 12.75, unit: "t" },
      { enterprise: u, meter: "A", month: "2025-05", item: "heat", quantity: "40", unit: "GJ", note: null },
    ]);
    expect(r).toMatchObject({ channel: "form", inserted: 2 });
    const bad = await problemsOf(
      importActivityRows(p, ent, [{ enterprise: u, month: "2025-5", item: "heat", quantity: "1", unit: "GJ" }]),
    );
    expect(bad.problems[0]).toMatchObject({ row: 1, column: "month", path: "field rows[0].month" });
  });

  it("shows the figures to a bank only under a live carbon grant, and logs the read", async () => {
    await importActivityFile(p, ent, { format: "csv", bytes: yearFile(usccOf.get(ent.orgId)!) });
    await expect(listActivity(p, bank, ent.orgId, { year: 2025 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listActivity(p, other, ent.orgId, { year: 2025 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listActivity(p, district, ent.orgId, { year: 2025 })).rows).toHaveLength(36);
    const grant = await createGrant(p, ent, {
      granteeOrgId: bank.orgId,
      scope: "carbon",
      purpose: "green loan",
      expiresAt: new Date(p.clock.now().getTime() + 30 * 86_400_000).toISOString(),
    });
    expect((await listActivity(p, bank, ent.orgId, { year: 2025 })).rows).toHaveLength(36);
    const log = await p.db.query<{ resource: string }>("SELECT resource FROM grant_access_log WHERE grant_id = $1", [
      grant.id,
    ]);
    expect(log.rows).toEqual([{ resource: `carbon_activity:${ent.orgId}:2025` }]);
  });

  it("holds behind row-level security: a tenant session sees and writes only what it may", async () => {
    const u = usccOf.get(ent.orgId)!;
    const tenantP = { ...p, db: tenantAware(p.db) };
    const r = await runAsTenant(p.db, ent, () =>
      importActivityFile(tenantP, ent, { format: "csv", bytes: yearFile(u) }),
    );
    expect(r.inserted).toBe(36);
    const seen = (actor: Actor) =>
      runAsTenant(
        p.db,
        actor,
        async () => (await tenantAware(p.db).query("SELECT 1 FROM carbon_activity")).rows.length,
      );
    expect(await seen(ent)).toBe(36);
    expect(await seen(other)).toBe(0);
    expect(await seen(bank)).toBe(0);
    expect(await seen(district)).toBe(36);
    await createGrant(p, ent, {
      granteeOrgId: bank.orgId,
      scope: "carbon",
      purpose: "green loan",
      expiresAt: new Date(p.clock.now().getTime() + 30 * 86_400_000).toISOString(),
    });
    expect(await seen(bank)).toBe(36);
    await expect(
      runAsTenant(p.db, other, () =>
        tenantAware(p.db).query(
          "INSERT INTO carbon_activity (org_id, month, item, quantity, unit, updated_at) VALUES ($1, '2025-01-01', 'heat', 1, 'GJ', now())",
          [ent.orgId],
        ),
      ),
    ).rejects.toThrow(/row-level security|violates/);
    const viaDistrict = await runAsTenant(p.db, district, () =>
      importActivityFile({ ...p, db: tenantAware(p.db) }, district, { format: "csv", bytes: yearFile(u, 5) }),
    );
    expect(viaDistrict).toMatchObject({ updated: 12, unchanged: 24 });
  });
});
