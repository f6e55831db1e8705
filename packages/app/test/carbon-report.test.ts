/**
 * The carbon credit report on a real database: three chemical-resin makers' accounts computed and graded as in
 * carbon-accounts.test.ts (electricity, plus natural gas for the first so Scope 1 has a fuel factor), then the
 * first one's report rendered in Chinese and English and read back with pdftotext: the Chinese title, the totals,
 * both hashes; the same account gives the same bytes; a bank without the "carbon" grant is refused.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Actor, accountYear, carbonReportPdf, computeCarbonAccount, getCarbonAccount } from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let dir: string;
let firms: { id: string; key: string }[];
let me: Actor;

async function putMonths(orgId: string, item: string, quantity: string, unit: string) {
  await p.db.query(
    `INSERT INTO carbon_activity (org_id, meter, month, item, quantity, unit, updated_at)
     SELECT $1, 'main', make_date(2025, m, 1), $2, $3::numeric, $4, now() FROM generate_series(1, 12) AS m`,
    [orgId, item, quantity, unit],
  );
}

function pdftotext(file: string): string {
  const run = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT")
    throw new Error("pdftotext is not on PATH: install poppler-utils to run these tests");
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
  return run.stdout.toString("utf8");
}

async function writePdf(bytes: Uint8Array, name: string) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  // CARBON_REPORT_KEEP=/some/dir keeps a copy to look at.
  if (process.env.CARBON_REPORT_KEEP)
    writeFileSync(join(process.env.CARBON_REPORT_KEEP, `carbon-report-${name}.pdf`), bytes);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gf-carbon-report-"));
  p = await openTestPlatform();
  const r = await p.db.query<{ id: string; demo_key: string }>(
    `UPDATE organisations SET industry_code = 'C2651' WHERE id IN (
       SELECT id FROM organisations WHERE kind = 'enterprise' ORDER BY demo_key LIMIT 3)
     RETURNING id, demo_key`,
  );
  r.rows.sort((a, b) => (a.demo_key < b.demo_key ? -1 : 1));
  firms = r.rows.map((x) => ({ id: x.id, key: x.demo_key }));
  const kwh = ["100000", "200000", "50000"];
  for (const [i, f] of firms.entries()) {
    await putMonths(f.id, "electricity", kwh[i] as string, "kWh");
    await p.db.query(
      `INSERT INTO carbon_activity (org_id, meter, month, item, quantity, unit, updated_at)
       VALUES ($1, 'main', '2025-12-01', 'value_added', 1000, 'wan_yuan', now())`,
      [f.id],
    );
  }
  await putMonths(firms[0]!.id, "natural_gas", "10000", "m3");
  me = await actorFor(p, firms[0]!.key, "admin");
  await computeCarbonAccount(p, me, firms[0]!.id, 2025);
  const district = await actorFor(p, "district-qinwan", "admin");
  await accountYear(p, 2025, district.userId);
});
afterAll(async () => {
  await p?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the carbon credit report", () => {
  it("prints the Chinese title, the enterprise, the totals by scope, the grade and both hashes", async () => {
    const detail = await getCarbonAccount(p, me, firms[0]!.id, 2025);
    const { bytes, fileName } = await carbonReportPdf(p, me, firms[0]!.id, 2025, "zh");
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(fileName).toMatch(/碳信用报告-2025-v\d+\.pdf$/);
    const text = pdftotext(await writePdf(bytes, "zh"));
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain("碳信用报告");
    expect(flat).toContain("分月排放");
    expect(flat).toContain("碳效等级");
    // 12 × 100 MWh × 0.6191 = 742.92 tCO2 of purchased electricity (Scope 2, location-based).
    expect(Number(detail.account.totals.scope2Location)).toBe(742.92);
    expect(text).toContain("742.92");
    const total = Number(detail.account.totals.totalLocationBased);
    expect(total).toBeGreaterThan(742.92);
    expect(flat).toContain(total.toLocaleString("en-US", { maximumFractionDigits: 3 }));
    expect(flat).toContain(detail.inputsHash);
    expect(flat).toContain(detail.accountHash);
    expect(flat).toContain("fuel.natural_gas.a");
    expect(flat).toMatch(/[1-5]级/);
  });

  it("gives the same bytes for the same account, and an English version that says the same", async () => {
    const a = await carbonReportPdf(p, me, firms[0]!.id, 2025, "zh");
    const b = await carbonReportPdf(p, me, firms[0]!.id, 2025, "zh");
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const en = await carbonReportPdf(p, me, firms[0]!.id, 2025, "en");
    const en2 = await carbonReportPdf(p, me, firms[0]!.id, 2025, "en");
    expect(Buffer.from(en.bytes).equals(Buffer.from(en2.bytes))).toBe(true);
    const text = pdftotext(await writePdf(en.bytes, "en")).replace(/\s+/g, " ");
    expect(text).toContain("Carbon Credit Report");
    expect(text).toContain("Statement of method");
    expect(text).toContain("742.92");
  });

  it("is refused to a bank without the enterprise's carbon grant, as the account is", async () => {
    const bank = await actorFor(p, "bank-qinwan", "admin");
    await expect(carbonReportPdf(p, bank, firms[0]!.id, 2025, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(carbonReportPdf(p, me, firms[0]!.id, 2019, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
