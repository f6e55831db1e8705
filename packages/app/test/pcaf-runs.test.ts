/**
 * PCAF runs on a real database, with the hand-worked figures of tests/support/pcaf-book.ts: a borrower with a carbon account
 * that consented gets its account's Scope 1 + location-based Scope 2 (DQ 2); after the grant is revoked a new run
 * falls back to the revenue estimate (DQ 4); the weighted score follows; the year before is compared; the JR/T 0227
 * workbook reads back with its sheets and totals; a run stopped part-way is invisible and restarts cleanly to the
 * same hashes; the district reads completed runs and its table, other institutions nothing.
 */
import { createHash } from "node:crypto";
import {
  type Actor,
  districtPcaf,
  executePcafRun,
  getPcafPosition,
  getPcafRun,
  JobInterrupted,
  jobHandlers,
  listPcafPositions,
  pcafJrt0227Workbook,
  rerunPcafBook,
  runJobNow,
  uploadPcafBook,
} from "@greenfin/app";
import { zPcafPositionsQuery } from "@greenfin/contracts";
import { canonicalJson } from "@greenfin/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import {
  borrower,
  carbonAccounts,
  counterpartiesCsv,
  FIGURES,
  grantCarbon,
  positionsCsv,
} from "../../../tests/support/pcaf-book";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let bank: Actor;
let district: Actor;
let ent: { id: string; uscc: string };
let accountId: string;
let grantId: string;

const files = () => ({
  positions: { bytes: positionsCsv(ent.uscc), fileName: "positions.csv" },
  counterparties: { bytes: counterpartiesCsv(ent.uscc), fileName: "counterparties.csv" },
});

async function runNow(jobId: string | null) {
  expect(await runJobNow(p, jobId!, "test-worker", { handlers: jobHandlers })).toBe(true);
}

const query = (q: Record<string, unknown> = {}) => zPcafPositionsQuery.parse(q);

beforeAll(async () => {
  p = await openTestPlatform();
  bank = await actorFor(p, "bank-qinwan", "analyst");
  district = await actorFor(p, "district-qinwan", "admin");
  ent = await borrower(p);
  accountId = await carbonAccounts(p, ent.id);
  grantId = await grantCarbon(p, ent.id, bank.orgId);
});
afterAll(() => p?.close());

describe("a run of a book", () => {
  let lastYearRun: string;
  let runId: string;
  let bookId: string;

  it("of the year before, without a carbon account for that year, estimates the loan from revenue", async () => {
    const created = await uploadPcafBook(p, bank, { year: 2024, ...files() });
    await runNow(created.jobId);
    const run = await getPcafRun(p, bank, created.runId);
    expect(run).toMatchObject({
      status: "completed",
      total: { financedScope12Tco2e: FIGURES.estimate.total, weightedDataQuality: FIGURES.estimate.dq },
      platform: { counterparties: 1, onPlatform: 1, accountsUsed: 0, withoutConsent: 0, withoutAccount: 1 },
      comparison: null,
    });
    lastYearRun = created.runId;
  });

  it("takes a consenting borrower's latest carbon account, Scope 1 + location-based Scope 2, at data quality 2", async () => {
    const created = await uploadPcafBook(p, bank, { year: 2025, ...files() });
    bookId = created.bookId;
    runId = created.runId;
    await runNow(created.jobId);
    const run = await getPcafRun(p, bank, runId);
    expect(run.status, run.error ?? "").toBe("completed");
    expect(run.total).toMatchObject({
      positions: 3,
      outstanding: FIGURES.outstanding,
      coveredOutstanding: FIGURES.outstanding,
      financedScope12Tco2e: FIGURES.platform.total,
      weightedDataQuality: FIGURES.platform.dq,
      outstandingByScore: { "1": "10000000", "2": "40000000", "4": "1500000" },
    });
    expect(run.platform).toEqual({
      counterparties: 1,
      onPlatform: 1,
      accountsUsed: 1,
      withoutConsent: 0,
      withoutAccount: 0,
    });
    expect(run.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.byAssetClass.map((b) => [b.key, b.financedScope12Tco2e])).toEqual([
      ["business_loan", FIGURES.platform.loanTotal],
      ["mortgage", FIGURES.mortgageTotal],
      ["sovereign_debt", FIGURES.sovereign],
    ]);
    expect(run.bySector.map((b) => b.key)).toEqual(["C", "households", "sovereign"]);
    // C26 owes Scope 3 since 2021 (PCAF Table 5-2) and the account has none.
    expect(run.scope3).toEqual({ requiredPositions: 1, missingPositions: 1 });

    const loan = await getPcafPosition(p, bank, runId, "L1");
    expect(loan).toMatchObject({
      orgId: ent.id,
      counterpartyName: "甲化工有限公司",
      attributionFactor: "0.100000000000",
      financedScope12Tco2e: FIGURES.platform.loan,
      score: 2,
      evidence: "platform",
    });
    expect(loan.result.emissions?.scope12Tco2e).toBe("1500.000000");
    expect(loan.result.explanation.en.join("\n")).toContain(
      `carbon-account:${accountId}@v2 (Scope 1 + Scope 2 location-based)`,
    );
    // The account read under the grant is in the enterprise's access log.
    const log = await p.db.query("SELECT resource FROM grant_access_log WHERE grant_id = $1", [grantId]);
    expect(log.rows).toEqual([{ resource: `pcaf_run:${runId}:carbon_account:2025:${ent.id}` }]);
  });

  it("stores each result as the canonical JSON its result hash was computed over", async () => {
    const stored = await p.db.query<{ result: string }>(
      "SELECT result FROM pcaf_position_results WHERE run_id = $1 ORDER BY row_no",
      [runId],
    );
    const run = await p.db.query<{ summary: string; result_hash: string; summary_sha256: string }>(
      "SELECT summary, result_hash, summary_sha256 FROM pcaf_runs WHERE id = $1",
      [runId],
    );
    const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
    const { resultHash, ...summary } = JSON.parse(run.rows[0]!.summary) as { resultHash: string };
    const positions = sha(stored.rows.map((r) => `${r.result}\n`).join(""));
    expect(sha(canonicalJson({ positions, summary }))).toBe(resultHash);
    expect(resultHash).toBe(run.rows[0]!.result_hash);
    expect(sha(run.rows[0]!.summary)).toBe(run.rows[0]!.summary_sha256);
  });

  it("compares with the institution's completed run of the year before", async () => {
    const run = await getPcafRun(p, bank, runId);
    // 964.463856 − 4 214.463856 = −3 250; ÷ 4 214.463856 × 100 = −77.11…%
    expect(run.comparison).toMatchObject({
      previousRunId: lastYearRun,
      previousYear: 2024,
      sameReference: true,
      total: {
        financedScope12Tco2e: {
          previous: FIGURES.estimate.total,
          current: FIGURES.platform.total,
          change: "-3250",
          changePercent: "-77.12",
        },
        weightedDataQuality: { previous: FIGURES.estimate.dq, current: FIGURES.platform.dq },
      },
    });
  });

  it("lists positions with filters and orders", async () => {
    const all = await listPcafPositions(p, bank, runId, query());
    expect(all.total).toBe(3);
    expect(all.items.map((x) => x.positionId)).toEqual(["S1", "L1", "M1"]);
    const byOutstanding = await listPcafPositions(p, bank, runId, query({ sort: "outstanding_desc" }));
    expect(byOutstanding.items.map((x) => x.positionId)).toEqual(["L1", "S1", "M1"]);
    expect((await listPcafPositions(p, bank, runId, query({ assetClass: "mortgage" }))).items).toEqual([
      expect.objectContaining({ positionId: "M1", section: null, score: 4, financedScope12Tco2e: FIGURES.mortgage }),
    ]);
    const sovereign = await listPcafPositions(p, bank, runId, query({ section: "sovereigns" }));
    expect(sovereign.items.map((x) => x.positionId)).toEqual(["S1"]);
    expect((await listPcafPositions(p, bank, runId, query({ section: "C" }))).total).toBe(1);
    expect((await listPcafPositions(p, bank, runId, query({ score: 1 }))).items[0]?.positionId).toBe("S1");
    expect((await listPcafPositions(p, bank, runId, query({ covered: "no" }))).total).toBe(0);
    expect((await listPcafPositions(p, bank, runId, query({ q: "甲化工" }))).items[0]?.positionId).toBe("L1");
    const page2 = await listPcafPositions(p, bank, runId, query({ sort: "position", pageSize: 2, page: 2 }));
    expect(page2).toMatchObject({
      total: 3,
      page: 2,
      pageSize: 2,
      items: [expect.objectContaining({ positionId: "S1" })],
    });
  });

  it("writes the JR/T 0227 section as a workbook that reads back with its sheets and totals", async () => {
    for (const lang of ["zh", "en"] as const) {
      const file = await pcafJrt0227Workbook(p, bank, runId, lang);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(
        lang === "zh"
          ? ["封面", "按资产类别", "按行业", "数据质量", "碳强度", "同比变化"]
          : ["Cover", "By asset class", "By sector", "Data quality", "Intensity", "Year on year"],
      );
      const byClass = wb.worksheets[1]!;
      const total = byClass.getRow(byClass.rowCount);
      expect(total.getCell(1).value).toBe("合计 Total");
      expect(total.getCell(2).value).toBe(51_500_000);
      expect(total.getCell(4).value).toBe(964.463856);
      expect(total.getCell(4).numFmt).toBe("#,##0.000");
      const cover = wb.worksheets[0]!;
      const values = cover.getColumn(2).values.map(String);
      expect(values).toContain(runId);
      expect(values).toContain((await getPcafRun(p, bank, runId)).resultHash);
    }
  });

  it("after the grant is revoked, a new run estimates the loan from revenue (data quality 4)", async () => {
    await p.db.query("UPDATE consent_grants SET revoked_at = '2026-02-01' WHERE id = $1", [grantId]);
    const started = await rerunPcafBook(p, bank, bookId);
    await runNow(started.jobId);
    const run = await getPcafRun(p, bank, started.runId);
    expect(run.total).toMatchObject({
      financedScope12Tco2e: FIGURES.estimate.total,
      weightedDataQuality: FIGURES.estimate.dq,
    });
    expect(run.platform).toMatchObject({ onPlatform: 1, accountsUsed: 0, withoutConsent: 1 });
    const loan = await getPcafPosition(p, bank, started.runId, "L1");
    expect(loan).toMatchObject({ orgId: null, financedScope12Tco2e: FIGURES.estimate.loan, score: 4 });
    expect(loan.evidence).toBe("revenue_estimate");
    // The first run is unchanged, and immutable.
    expect((await getPcafRun(p, bank, runId)).total?.financedScope12Tco2e).toBe(FIGURES.platform.total);
    await expect(p.db.query("UPDATE pcaf_runs SET year = 2020 WHERE id = $1", [runId])).rejects.toThrow(/immutable/);
    await expect(p.db.query("DELETE FROM pcaf_position_results WHERE run_id = $1", [runId])).rejects.toThrow(
      /immutable/,
    );
  });

  it("stopped part-way, is invisible to readers and restarts cleanly to the same hashes", async () => {
    const reference = await getPcafRun(p, bank, (await rerunPcafBook(p, bank, bookId)).runId).then(async (r) => {
      await runNow(r.jobId);
      return getPcafRun(p, bank, r.id);
    });
    const started = await rerunPcafBook(p, bank, bookId);
    const stop = new AbortController();
    await expect(
      executePcafRun(p, started.runId, {
        batchSize: 1,
        signal: stop.signal,
        progress: async () => stop.abort(),
      }),
    ).rejects.toBeInstanceOf(JobInterrupted);
    const written = await p.db.query("SELECT 1 FROM pcaf_position_results WHERE run_id = $1", [started.runId]);
    expect(written.rows.length).toBe(1);
    expect(await getPcafRun(p, bank, started.runId)).toMatchObject({ status: "running", total: null });
    await expect(getPcafRun(p, district, started.runId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listPcafPositions(p, bank, started.runId, query())).rejects.toMatchObject({ code: "CONFLICT" });

    await runNow(started.jobId);
    const resumed = await getPcafRun(p, bank, started.runId);
    expect(resumed.status).toBe("completed");
    expect(resumed.inputsHash).toBe(reference.inputsHash);
    expect(resumed.resultHash).toBe(reference.resultHash);
    expect((await listPcafPositions(p, bank, started.runId, query())).total).toBe(3);
    const audit = await p.db.query("SELECT 1 FROM audit_log WHERE action = 'pcaf.run.complete' AND entity_id = $1", [
      started.runId,
    ]);
    expect(audit.rows.length).toBe(1);
  });
});

describe("who reads runs", () => {
  it("gives the district completed runs and its table; another bank and an enterprise nothing", async () => {
    const rows = await districtPcaf(p, district, 2025);
    expect(rows).toEqual([
      expect.objectContaining({ orgId: bank.orgId, positions: 3, outstanding: FIGURES.outstanding }),
    ]);
    const runId = rows[0]!.runId;
    expect((await getPcafRun(p, district, runId)).status).toBe("completed");
    const other = await p.db.query<{ demo_key: string }>(
      "SELECT demo_key FROM organisations WHERE kind = 'insurer' ORDER BY demo_key LIMIT 1",
    );
    const insurer = await actorFor(p, other.rows[0]!.demo_key, "admin");
    await expect(getPcafRun(p, insurer, runId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const enterprise = await actorFor(p, "ent-0001", "admin");
    await expect(getPcafRun(p, enterprise, runId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(districtPcaf(p, bank, 2025)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
