/**
 * The five-articles reporting templates as data: both load with their pinned hash, hold the metrics issue 8 lists
 * with a verification flag each, and are refused when a file is changed after pinning, a cross-check names a metric
 * the template lacks, a key is listed twice, or a ratio is weighted by another ratio.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_STAT_TEMPLATES,
  loadStatTemplate,
  parseStatTemplate,
  ReferenceDataError,
  STAT_TEMPLATE_REFS,
  STAT_VERIFICATION_STATUSES,
  statBreakdownItems,
} from "../src/index";

const DATA = new URL("../data/statistics/", import.meta.url);
const QUARTERLY = "five-articles-quarterly@2026.1";
const MONTHLY = "five-articles-monthly@2026.1";
const raw = (ref: string, file: string) => JSON.parse(readFileSync(new URL(`${ref}/${file}`, DATA), "utf8"));

describe("the shipped templates", () => {
  const monthly = loadStatTemplate(MONTHLY);
  const quarterly = loadStatTemplate(QUARTERLY);

  it("load, named by the hash of their SHA256SUMS, frozen, one per frequency", () => {
    expect(STAT_TEMPLATE_REFS).toEqual([MONTHLY, QUARTERLY]);
    expect(DEFAULT_STAT_TEMPLATES).toEqual({ monthly: MONTHLY, quarterly: QUARTERLY });
    const sums = readFileSync(new URL(`${QUARTERLY}/SHA256SUMS`, DATA));
    expect(quarterly.sha256).toBe(createHash("sha256").update(sums).digest("hex"));
    expect(monthly.frequency).toBe("monthly");
    expect(quarterly.frequency).toBe("quarterly");
    expect(Object.isFrozen(quarterly.metrics[0])).toBe(true);
    expect(loadStatTemplate(QUARTERLY)).toBe(quarterly);
  });

  it("the quarterly template holds the issue's metrics; the monthly one the headline subset under the same keys", () => {
    expect(quarterly.metrics.map((m) => m.key)).toEqual([
      "green_loan_balance",
      "green_loan_balance_by_industry",
      "green_loan_new",
      "green_loan_new_by_industry",
      "green_loan_marketplace_new",
      "green_bond_underwritten",
      "green_bond_held",
      "green_insurance_premium",
      "green_insurance_sum_insured",
      "esg_product_assets",
      "inclusive_loan_balance",
      "inclusive_loan_borrowers",
      "inclusive_loan_new",
      "inclusive_loan_rate",
      "agri_loan_balance",
      "tech_sme_loan_balance",
      "tech_sme_borrowers",
      "personal_pension_accounts",
      "annuity_assets_custody",
      "pension_industry_loan_balance",
      "digital_transactions",
      "online_transaction_share",
      "ecny_scenarios",
    ]);
    expect(monthly.metrics.map((m) => m.key)).toEqual([
      "green_loan_balance",
      "green_loan_new",
      "green_loan_marketplace_new",
      "inclusive_loan_balance",
      "inclusive_loan_new",
      "agri_loan_balance",
      "tech_sme_loan_balance",
    ]);
    // A key means the same thing in both templates.
    for (const m of monthly.metrics) expect(quarterly.metrics.find((q) => q.key === m.key)).toEqual(m);
    const byKey = new Map(quarterly.metrics.map((m) => [m.key, m]));
    expect(byKey.get("inclusive_loan_rate")).toMatchObject({
      kind: "ratio",
      unit: "percent",
      weightMetric: "inclusive_loan_new",
    });
    expect(byKey.get("online_transaction_share")).toMatchObject({
      kind: "ratio",
      weightMetric: "digital_transactions",
    });
    expect(byKey.get("green_loan_balance")).toMatchObject({ breakdown: "catalogue-use", prefill: "green-financings" });
    expect(byKey.get("green_loan_new_by_industry")).toMatchObject({ breakdown: "industry-section" });
    expect(byKey.get("green_loan_marketplace_new")).toMatchObject({ prefill: "marketplace", requiredFor: [] });
    expect(byKey.get("green_insurance_premium")?.requiredFor).toEqual(["insurer"]);
    expect(byKey.get("esg_product_assets")?.requiredFor).toEqual(["wealth_manager", "fund_manager"]);
  });

  it("flags every metric's verification honestly and lists its gaps", () => {
    for (const t of [monthly, quarterly]) {
      expect(t.meta.verification.map((v) => v.metric)).toEqual(t.metrics.map((m) => m.key));
      for (const v of t.meta.verification) expect(STAT_VERIFICATION_STATUSES).toContain(v.status);
      expect(t.meta.gaps.length).toBeGreaterThan(0);
    }
    const status = new Map(quarterly.meta.verification.map((v) => [v.metric, v.status]));
    expect(status.get("agri_loan_balance")).toBe("verified-secondary");
    expect(status.get("inclusive_loan_balance")).toBe("UNVERIFIED");
    expect(quarterly.meta.verification.some((v) => v.status === "verified")).toBe(false);
  });

  it("carries the cross-checks as data, continuity reading the previous period", () => {
    const continuity = quarterly.crossChecks.find((c) => c.key === "green_loan_balance_continuity");
    expect(continuity).toMatchObject({
      lhs: ["green_loan_balance", "-prev:green_loan_balance"],
      op: "<=",
      rhs: ["green_loan_new"],
      severity: "warning",
    });
    expect(monthly.crossChecks.map((c) => c.key)).toEqual([
      "green_loan_balance_continuity",
      "green_loan_marketplace_within_new",
      "inclusive_loan_balance_continuity",
    ]);
  });

  it("gives the breakdown items: the 2025 catalogue's 9 level-1 uses and GB/T 4754's 20 sections", () => {
    const items = statBreakdownItems();
    expect(items["catalogue-use"].map((i) => i.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(items["industry-section"].map((i) => i.code).join("")).toBe("ABCDEFGHIJKLMNOPQRST");
  });
});

describe("the loader refuses", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), "greenfin-stat-template-"));
    dirs.push(root);
    cpSync(new URL(QUARTERLY, DATA), join(root, QUARTERLY), { recursive: true });
    return root;
  };
  const parse = (edit: (t: { metrics: Record<string, unknown>[]; crossChecks: Record<string, unknown>[] }) => void) => {
    const template = raw(QUARTERLY, "template.json");
    edit(template);
    return () => parseStatTemplate({ meta: raw(QUARTERLY, "meta.json"), template });
  };

  it("a file changed after its hash was pinned, an unlisted file, an unknown version", () => {
    const root = copy();
    const file = join(root, QUARTERLY, "template.json");
    // Loosening a check from an error to a warning is exactly the edit that must not pass unnoticed.
    writeFileSync(file, readFileSync(file, "utf8").replace('"severity": "error"', '"severity": "warning"'));
    expect(() => loadStatTemplate(QUARTERLY, pathToFileURL(`${root}/`))).toThrow(/template\.json .*SHA256SUMS/);
    const other = copy();
    writeFileSync(join(other, QUARTERLY, "extra.json"), "{}");
    expect(() => loadStatTemplate(QUARTERLY, pathToFileURL(`${other}/`))).toThrow(/extra\.json is not listed/);
    expect(() => loadStatTemplate("five-articles-quarterly@2027.1")).toThrow(ReferenceDataError);
    const clean = copy();
    expect(loadStatTemplate(QUARTERLY, pathToFileURL(`${clean}/`)).sha256).toBe(loadStatTemplate(QUARTERLY).sha256);
  });

  it("a cross-check term naming no metric of the template, or not a term at all", () => {
    expect(parse((t) => (t.crossChecks[0]!.rhs = ["green_loan_neww"]))).toThrow(
      /term "green_loan_neww" names green_loan_neww, not a metric of the template/,
    );
    expect(parse((t) => (t.crossChecks[0]!.lhs = ["green_loan_balance", "- prev:green_loan_balance"]))).toThrow(
      /term "- prev:green_loan_balance" is not/,
    );
    expect(parse((t) => Object.assign(t.crossChecks[0]!, { lhs: ["1"], rhs: ["2"] }))).toThrow(/reads no metric/);
    const ceiling = (t: { crossChecks: Record<string, unknown>[] }) =>
      t.crossChecks.find((c) => c.key === "inclusive_loan_rate_ceiling")!;
    expect(parse((t) => (ceiling(t).rhs = ["inclusive_loan_new"]))).toThrow(/mixes units \(percent, yuan\)/);
  });

  it("a metric key or a cross-check key listed twice", () => {
    expect(parse((t) => t.metrics.push({ ...t.metrics[0]! }))).toThrow(/metric green_loan_balance is listed twice/);
    expect(parse((t) => t.crossChecks.push({ ...t.crossChecks[0]! }))).toThrow(
      /cross-check green_loan_balance_continuity is listed twice/,
    );
  });

  it("a ratio weighted by a ratio or by nothing, a broken-down ratio, an unknown institution kind", () => {
    const rate = (t: { metrics: Record<string, unknown>[] }) => t.metrics.find((m) => m.key === "inclusive_loan_rate")!;
    expect(parse((t) => (rate(t).weightMetric = "online_transaction_share"))).toThrow(/is a ratio and cannot weight/);
    expect(parse((t) => (rate(t).weightMetric = "inclusive_loan_neww"))).toThrow(/not a metric of the template/);
    expect(parse((t) => delete rate(t).weightMetric)).toThrow(/must name its weightMetric/);
    expect(parse((t) => (rate(t).breakdown = "industry-section"))).toThrow(/a ratio cannot be broken down/);
    expect(parse((t) => (rate(t).requiredFor = ["securities_firm"]))).toThrow(
      /securities_firm, not an institution kind/,
    );
    expect(parse((t) => (rate(t).breakdown = "by-province"))).toThrow(ReferenceDataError);
  });
});
