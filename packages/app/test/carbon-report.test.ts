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
import { putMonths, seedResinPeers } from "../../../tests/support/carbon-peers";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let dir: string;
let firms: { id: string; key: string }[];
let me: Actor;

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
  firms = await seedResinPeers(p);
  await putMonths(p, firms[0]!.id, "natural_gas", "10000", "m3");
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
    // The account's warnings are the domain's English sentences; the Chinese report says them in Chinese.
    expect(detail.account.warnings.join(" ")).toMatch(/provincial \(Shandong\): no 2025 factor/);
    expect(flat).toContain("外购电力：山东省级因子尚无2025年数据，采用最近年份2023年的因子");
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
    expect(text).toContain("no 2025 provincial (Shandong) factor yet; the latest earlier one, 2023, is used");
    expect(text).toContain("742.92");
  });

  it("is refused to a bank without the enterprise's carbon grant, as the account is", async () => {
    const bank = await actorFor(p, "bank-qinwan", "admin");
    await expect(carbonReportPdf(p, bank, firms[0]!.id, 2025, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(carbonReportPdf(p, me, firms[0]!.id, 2019, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
