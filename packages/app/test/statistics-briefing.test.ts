/**
 * The committee briefing PDF, generated for 2026-03 on the seeded test district and read back with pdftotext. Data
 * written by hand as accepted monthly reports (green-loan balance, yuan):
 *   bank-qinwan       2026-01 100 000 000, 2026-02 110 000 000, 2026-03 120 000 000
 *   bank-changhe-qd   2026-03 80 000 000
 * so the March district total is 200 000 000 yuan = 2.00 亿元, bank-qinwan 1.20 (60.00 %), bank-changhe-qd 0.80
 * (40.00 %); and one target ("绿色产业增加值占比达到15%") with entered values 2023 11, 2024 11.5, 2025 12.4 from
 * 10 in 2022 to 15 in 2027: progress 48.00 %.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Actor, saveTarget, saveTargetObservation, statisticsBriefingPdf } from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../tests/support/demo-lookup";
import { failure, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let district: Actor;
let bank: Actor;
const { asRequest } = tenantRequests(() => p);

function pdftotext(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), "gf-briefing-")), "briefing.pdf");
  writeFileSync(file, bytes);
  const run = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error("pdftotext is not on PATH: install poppler-utils to run these tests");
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
  return run.stdout.toString("utf8");
}

async function acceptedMonth(orgId: string, period: string, balance: string): Promise<void> {
  const r = await p.db.query<{ id: string }>(
    `INSERT INTO stat_reports (org_id, template_ref, period, status, revision, accepted_revision, created_at, updated_at)
     VALUES ($1, 'five-articles-monthly@2026.1', $2, 'accepted', 1, 1, now(), now()) RETURNING id`,
    [orgId, period],
  );
  const id = r.rows[0]!.id;
  await p.db.query(
    "INSERT INTO stat_report_values (report_id, revision, metric, item, value) VALUES ($1, 1, 'green_loan_balance', '', $2)",
    [id, balance],
  );
  await p.db.query(
    `INSERT INTO stat_report_revisions (report_id, revision, submitted_at, outcome, decided_at)
     VALUES ($1, 1, now(), 'accepted', now())`,
    [id],
  );
}

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  district = await actorFor(p, "district-qinwan", "admin");
  bank = await actorFor(p, "bank-qinwan", "analyst");
  const b1 = (await orgByKey(p, "bank-qinwan")).id;
  const b2 = (await orgByKey(p, "bank-changhe-qd")).id;
  await acceptedMonth(b1, "2026-01", "100000000");
  await acceptedMonth(b1, "2026-02", "110000000");
  await acceptedMonth(b1, "2026-03", "120000000");
  await acceptedMonth(b2, "2026-03", "80000000");
  await asRequest(district, async (tp) => {
    await saveTarget(tp, district, "green-industry", {
      nameZh: "绿色产业增加值占比达到15%",
      nameEn: "Green industry 15 % of value added",
      metric: "green_industry_share",
      unit: "percent",
      baselineYear: 2022,
      baselineValue: "10",
      targetYear: 2027,
      targetValue: "15",
      direction: "increase",
      source: "test",
    });
    for (const [year, value] of [
      [2023, "11"],
      [2024, "11.5"],
      [2025, "12.4"],
    ] as const)
      await saveTargetObservation(tp, district, "green-industry", { year, value, source: "test" });
  });
});
afterAll(async () => {
  await p?.close();
});

describe("the statistics briefing PDF", () => {
  it("carries the headline, the chart labels, the institutions and the targets in Chinese", async () => {
    const file = await asRequest(district, (tp) => statisticsBriefingPdf(tp, district, "2026-03"));
    expect(file.fileName).toBe("示范区统计简报-2026-03.pdf");
    expect(Buffer.from(file.bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const text = pdftotext(file.bytes);
    expect(text).toContain("绿色金融改革示范区统计简报");
    expect(text).toContain("绿色贷款余额");
    expect(text).toContain("2.00"); // the March district total in 亿元
    expect(text).toMatch(/1\.20 · 60\.00 %/); // bank-qinwan's bar
    expect(text).toMatch(/0\.80 · 40\.00 %/);
    expect(text).toContain("绿色产业增加值占比达到15%");
    expect(text).toContain("48.00 %");
    expect(text).toContain("目标与进展");
  });

  it("is the same bytes for the same month and data", async () => {
    const a = await asRequest(district, (tp) => statisticsBriefingPdf(tp, district, "2026-03"));
    const b = await asRequest(district, (tp) => statisticsBriefingPdf(tp, district, "2026-03"));
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it("is the district's, and needs a month", async () => {
    expect((await failure(asRequest(bank, (tp) => statisticsBriefingPdf(tp, bank, "2026-03")))).code).toBe("FORBIDDEN");
    const e = await failure(asRequest(district, (tp) => statisticsBriefingPdf(tp, district, "2026-13")));
    expect(e.code).toBe("VALIDATION_FAILED");
  });
});
