import { loadRatingMethodology } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import { type EntityRating, rateUniverse } from "../src/rating/index";
import { CHEM_A, GOLDEN_AS_OF, GOLDEN_UNIVERSE } from "./rating-golden-universe";

/**
 * Golden ratings under enterprise-esg@2026.1 (packages/reference/data/rating/enterprise-esg-2026.1), worked out
 * by hand from tree.json, materiality.json, scale.json and controversies.json. Notation: for a key issue k with
 * indicators i of within-issue weight vᵢ and score sᵢ, S = Σ vᵢsᵢ ÷ Σ vᵢ over the indicators not excluded;
 * K = max(0, S − controversy deductions); total = Σ wₖKₖ ÷ 100 with wₖ the group's key-issue weight. Published
 * scores are rounded half-even to 2 dp, weights/contributions/deductions to 4 dp.
 *
 * Rule arithmetic used below: thresholds are linear between points, s = s₁ + (x − v₁)(s₂ − s₁)/(v₂ − v₁);
 * peer percentile with rank r = below + (equal + 1)/2 among n: higher-is-better 100(r − 1)/(n − 1), lower-is-better
 * 100 minus that.
 */
const methodology = loadRatingMethodology("enterprise-esg@2026.1");
const { ratings, summary } = rateUniverse({ methodology, entities: GOLDEN_UNIVERSE, asOf: GOLDEN_AS_OF });
const rating = (id: string) => ratings.find((r) => r.entityId === id) as EntityRating;
const indicator = (r: EntityRating, id: string) => r.indicators.find((i) => i.id === id);
const keyIssues = (r: EntityRating) =>
  Object.fromEntries(r.keyIssues.map((k) => [k.id, [k.weight, k.indicatorScore, k.controversyDeduction, k.score]]));

describe("golden: chem-a, a chemicals plant (C2614 → group chemicals, revenue 200 000 万元)", () => {
  const chem = rating("chem-a");
  /*
   * climate_emissions (w 12)
   *   E-GHG-007 1.1 among [0.9, 1.1, 1.1, 1.6, 2.4] (n 5 ≥ minPeers 5): below 1, equal 2, r = 2.5;
   *             lower-is-better 100 − 100·1.5/4 = 62.5                                              v 45
   *   E-GHG-003/E-GHG-002 12000/16000·100 = 75 → 100 + 75·(20 − 100)/100 = 40                      v 15
   *   E-GHG-012/E-GHG-004 4400/220000·100 = 2 → point (2, 50) = 50                                  v 15
   *   E-GHG-010 true = 100                                                                          v 15
   *   E-CLI-025 80 → 60 + 30·40/50 = 84                                                             v 10
   *   S = (45·62.5 + 15·40 + 15·50 + 15·100 + 10·84)/100 = 6502.5/100 = 65.025 → "65.02" (half-even)
   * climate_strategy (w 8): 25·100 + 20·100 + 15·0 + 20·60 (2060 → 60) + 20·0 = 5700 → S = 57
   * energy (w 6): E-ENE-008 0.3 is the unique lowest of [0.3, 0.45, 0.6, 0.8, 0.9]: r = 1 → 100 (v 50);
   *   E-ENE-007 12 → 40 + 2·30/20 = 43 (v 35); E-ENE-011/E-ENE-004 not disclosed → excluded, so
   *   S = (50·100 + 35·43)/(50 + 35) = 6505/85 = 76.5294… ; effective weights 6·50/85 = 3.5294, 6·35/85 = 2.4706
   * water (w 6): E-WAT-003 6 in [4, 6, 9, 12, 20]: r = 2 → 100 − 25 = 75 (v 60);
   *   E-WAT-004/E-WAT-001 300000/1200000·100 = 25 → 50 (v 40) → S = (4500 + 2000)/100 = 65
   * waste_circularity (w 7): E-CIR-001/E-WST-002 900/1500·100 = 60 → 50 + 30·50/50 = 80 (v 40); E-CIR-004
   *   excluded (v 30); E-WST-001/X-CTX-004 110/200000·10000 = 5.5 t/亿元 → 70 − 4.5·40/9 = 50 (v 30)
   *   S = (3200 + 1500)/70 = 67.142857…
   * pollution (w 8): NOx 55/200000·10000 = 2.75 → 70 − 2.25·40/4.5 = 50; COD 10/200000·10000 = 0.5 → 70
   *   S = (50·50 + 50·70)/100 = 60
   * environmental_compliance (w 6): E-CMP-001 1 → 40 (v 35); E-CMP-003 0 → 100 (v 25); E-CMP-002 8 万元 →
   *   100 − 8·40/10 = 68 (v 15); E-CMP-004 true → 100 (v 25): S = (1400 + 2500 + 1020 + 2500)/100 = 74.2
   *   Controversy: severity 4 (deduction 50), confirmed (×1), 2026-01-01 → 2026-06-30 = 180 days, half-life 365:
   *   50 × 0.5^(180/365) = 50 × 0.710471811182888… = 35.523590559144… → K = 74.2 − 35.5236 = 38.676409…
   * health_safety (w 9): S-OHS-001 0 → 100; S-OHS-004 1.5 → 80 − 0.5·50/4 = 73.75 → S = 86.875 → "86.88"
   * human_capital (w 5): 25·80 (30 h → 60 + 10·40/20) + 20·92 + 20·100 + 15·80 (turnover 10 → 100 − 5·40/10)
   *   + 10·80 (pay ratio 0.94 → 0.24·100/0.3) + 10·100 = 8840 → S = 88.4
   * supply_chain (w 3): 50·48 (40 % → 40·60/50) + 25·70 (150/300 = 50 %) + 25·100 (0 overdue) = 6650 → 66.5
   * product_responsibility (w 4): 35·100 + 25·75 (95 % → 15·100/20) + S-PRD-001 excluded + 20·80 (R&D 6.5 % →
   *   60 + 3.5·40/7) → S = 6975/80 = 87.1875 → "87.19"
   * data_security (w 1): 100 · community (w 2): 300/200000·100 = 0.15 % → 60 + 0.05·40/0.4 = 65; S-RUR-001
   *   excluded → S = 65
   * board (w 7): G-GOV-016 55 % beyond the last point → 100 (clamped); G-GOV-013 15 → 50; G-GOV-002 → 100
   *   S = (4000 + 1500 + 3000)/100 = 85
   * business_ethics (w 7): 25·100 + 20·100 + 25·100 + 15·80 + 15·100 = 9700 → 97
   * esg_governance (w 5): G-GOV-006 false 0, G-GOV-007 excluded, G-DD-001 100, G-GOV-005 100 → 5000/75 = 66.67
   * disclosure_assurance (w 4): limited 60 (v 40) + best of SSE2024 80 / GRI 90 = 90 (v 30) + completeness 86 →
   *   36·100/50 = 72 (v 30) → S = (2400 + 2700 + 2160)/100 = 72.6
   *
   * Total = (12·65.025 + 8·57 + 6·76.5294… + 6·65 + 7·67.1429… + 8·60 + 6·38.676409… + 9·86.875 + 5·88.4 + 3·66.5
   *          + 4·87.1875 + 1·100 + 2·65 + 7·85 + 7·97 + 5·66.6667… + 4·72.6)/100
   *       = (780.3 + 456 + 459.1765 + 390 + 470 + 480 + 232.0585 + 781.875 + 442 + 199.5 + 348.75 + 100 + 130
   *          + 595 + 679 + 333.3333 + 290.4)/100 = 71.673933 → 71.67 → A (70 ≤ 71.67 < 80)
   * Pillars: E = (780.3 + 456 + 459.1765 + 390 + 470 + 480 + 232.0585)/53 = 61.65;
   *          S = (781.875 + 442 + 199.5 + 348.75 + 100 + 130)/24 = 83.42; G = (595 + 679 + 333.3333 + 290.4)/23 = 82.51
   */
  it("scores, grade and pillars", () => {
    expect([chem.score, chem.grade, chem.industryGroup]).toEqual(["71.67", "A", "chemicals"]);
    expect(chem.pillars).toEqual([
      { id: "E", weight: "53.0000", score: "61.65", contribution: "32.6753" },
      { id: "S", weight: "24.0000", score: "83.42", contribution: "20.0212" },
      { id: "G", weight: "23.0000", score: "82.51", contribution: "18.9773" },
    ]);
  });

  it("key issues: [weight, indicator score, controversy deduction, score]", () => {
    expect(keyIssues(chem)).toEqual({
      climate_emissions: ["12.0000", "65.02", "0.0000", "65.02"],
      climate_strategy: ["8.0000", "57.00", "0.0000", "57.00"],
      energy: ["6.0000", "76.53", "0.0000", "76.53"],
      water: ["6.0000", "65.00", "0.0000", "65.00"],
      waste_circularity: ["7.0000", "67.14", "0.0000", "67.14"],
      pollution: ["8.0000", "60.00", "0.0000", "60.00"],
      environmental_compliance: ["6.0000", "74.20", "35.5236", "38.68"],
      health_safety: ["9.0000", "86.88", "0.0000", "86.88"],
      human_capital: ["5.0000", "88.40", "0.0000", "88.40"],
      supply_chain: ["3.0000", "66.50", "0.0000", "66.50"],
      product_responsibility: ["4.0000", "87.19", "0.0000", "87.19"],
      data_security: ["1.0000", "100.00", "0.0000", "100.00"],
      community: ["2.0000", "65.00", "0.0000", "65.00"],
      board: ["7.0000", "85.00", "0.0000", "85.00"],
      business_ethics: ["7.0000", "97.00", "0.0000", "97.00"],
      esg_governance: ["5.0000", "66.67", "0.0000", "66.67"],
      disclosure_assurance: ["4.0000", "72.60", "0.0000", "72.60"],
    });
  });

  it("explains each indicator: value, unit, score, effective weight, contribution, source, basis", () => {
    // E-GHG-007: weight 12·45/100 = 5.4 % of the total, contribution 5.4·62.5/100 = 3.375 points.
    expect(indicator(chem, "E-GHG-007")).toEqual({
      id: "E-GHG-007",
      keyIssue: "climate_emissions",
      rule: "peer_percentile",
      value: "1.1",
      unit: "tCO2e_per_wan_yuan",
      ratioOf: null,
      score: "62.50",
      weight: "5.4000",
      contribution: "3.3750",
      source: "disclosed",
      flags: [],
      basis: { kind: "peer_percentile", peers: 5, below: 1, equal: 2 },
    });
    expect(indicator(chem, "E-GHG-003/E-GHG-002")).toMatchObject({
      value: "75.0000",
      unit: "percent",
      ratioOf: { numerator: "12000", denominator: "16000" },
      score: "40.00",
      basis: { kind: "thresholds", from: { value: "0", score: "100" }, to: { value: "100", score: "20" } },
    });
    // Excluded and re-weighted: energy's 6 points go to E-ENE-008 (6·50/85) and E-ENE-007 (6·35/85).
    expect(indicator(chem, "E-ENE-011/E-ENE-004")).toMatchObject({
      score: null,
      weight: "0.0000",
      contribution: "0.0000",
      source: "excluded",
      flags: ["excluded_reweighted"],
    });
    expect([indicator(chem, "E-ENE-008")?.weight, indicator(chem, "E-ENE-007")?.weight]).toEqual(["3.5294", "2.4706"]);
    expect(indicator(chem, "G-GOV-016")).toMatchObject({ score: "100.00", flags: ["clamped"] });
    expect(indicator(chem, "X-CTX-003")).toMatchObject({ score: "90.00", basis: { kind: "ladder", option: "GRI" } });
    expect(indicator(chem, "E-BIO-001")).toBeUndefined(); // disclosed but not scored by this methodology
  });

  it("deducts the severity-4 controversy with a one-year half-life: 50 × 0.5^(180/365) = 35.5236", () => {
    expect(chem.controversies).toEqual([
      {
        id: "chem-a-2026-01",
        category: "environmental",
        keyIssue: "environmental_compliance",
        date: "2026-01-01",
        severity: 4,
        status: "confirmed",
        source: "生态环境局行政处罚决定书",
        ageDays: 180,
        severityDeduction: "50",
        statusFactor: "1",
        decayFactor: "0.710472",
        deduction: "35.5236",
        flags: [],
      },
    ]);
  });

  /*
   * Levers, each indicator at its best with all else held (gain = wₖ·vᵢ·(best − sᵢ)/(Σv·100)):
   *   E-GHG-007 62.5 → 100 (lower than every peer, < 0.9): 12·45·37.5/10000 = 2.025 → 73.698933 → 73.70, +2.03
   *   NOx 50 → 100 (≤ 0 t/亿元): 8·50·50/10000 = 2.0 → 73.67, +2.00
   *   G-GOV-006 0 → 100: 5·25·100/(75·100) = 1.6667 → 73.340600 → 73.34, +1.67
   *   (next: E-CLI-006 0 → 100, 8·20·100/10000 = 1.6)
   */
  it("names the three changes that would raise the score most", () => {
    expect(chem.levers).toEqual([
      {
        indicator: "E-GHG-007",
        keyIssue: "climate_emissions",
        fromScore: "62.50",
        toScore: "100.00",
        target: { comparator: "<", value: "0.9" },
        gain: "2.03",
        newScore: "73.70",
        newGrade: "A",
      },
      {
        indicator: "E-POL-007/X-CTX-004",
        keyIssue: "pollution",
        fromScore: "50.00",
        toScore: "100.00",
        target: { comparator: "<=", value: "0" },
        gain: "2.00",
        newScore: "73.67",
        newGrade: "A",
      },
      {
        indicator: "G-GOV-006",
        keyIssue: "esg_governance",
        fromScore: "0.00",
        toScore: "100.00",
        target: { comparator: "=", value: true },
        gain: "1.67",
        newScore: "73.34",
        newGrade: "A",
      },
    ]);
  });
});

describe("golden: soft-a, a software firm (I6513 → group information_technology, revenue 50 000 万元)", () => {
  const soft = rating("soft-a");
  /*
   * climate_emissions (w 5): E-GHG-007 0.055 — only 3 firms of the group disclose (< 5), so the fallback
   *   thresholds: 100 + 0.045·(85 − 100)/0.09 = 92.5 (v 45); market-based Scope 2 excluded (v 15); reductions
   *   not disclosed → no credit 0 (v 15); E-GHG-010 false 0 (v 15); internal carbon price missing 0 (v 10)
   *   S = 45·92.5/85 = 48.970588…
   * climate_strategy (w 5): 0 + 20·100 + 15·100 + 20·100 (2050) + 0 = 5500 → 55
   * energy (w 6): E-ENE-008 0.0275 fallback → 100 − 0.0225·20/0.045 = 90; renewable 30 % → 70; green power
   *   1200/4000 = 30 % → 60 → S = (4500 + 2450 + 900)/100 = 78.5
   * water (w 1): E-WAT-003 missing, median-with-penalty, but nobody in the group disclosed → 0 (no_peers_for_median);
   *   recycled water excluded → S = 0
   * waste_circularity (w 2): two excluded, hazardous waste missing with no peers → 0 → S = 0
   * pollution: weight 0 for IT → not material, not shown
   * environmental_compliance (w 1): 35·100 + 25·100 + 15·100 + 25·0 = 7500 → 75
   * health_safety (w 3): 100 and 0.4 injuries → 100 − 0.4·20 = 92 → 96
   * human_capital (w 15): 25·100 (48 h, clamped) + 20·100 + 20·90 (98 %) + 15·52.8 (turnover 18 → 60 − 3·60/25)
   *   + 10·60 (0.88) + 10·100 = 8692 → 86.92
   * supply_chain (w 6): 50·0 + (S-SUP-004 excluded) + 25·100 → 2500/75 = 33.33
   * product_responsibility (w 8): 35·100 + 25·95 + (excluded) + 20·100 (R&D 15 %, clamped) → 7875/80 = 98.4375
   * data_security (w 14): 40·30 (one breach) + 30·100 + 30·100 = 7200 → 72; controversies:
   *   soft-a-1 severity 3 (30), alleged (×0.5), 400 days: 15 × 0.5^(400/365) = 15 × 0.467847… = 7.0177 → 64.9823
   *   soft-a-2 dismissed (×0): 0 · soft-a-3 1632 days old > 1095: expired, 0 · soft-a-4 after 2026-06-30: 0
   * community (w 2): 250/50000·100 = 0.5 % → 100; rural excluded → 100
   * board (w 9): 40·60 (33.33 %) + 30·100 + 30·0 = 5400 → 54 · business_ethics (w 9): 100
   * esg_governance (w 7): 25·100 + 25·50 (5 % of pay) + 25·0 + 25·0 (G-GOV-005 missing) = 3750 → 37.5
   * disclosure_assurance (w 7): 40·0 (none) + 30·100 (ISSB) + 30·40 (70 %) = 4200 → 42
   * Total = (5·48.970588 + 5·55 + 6·78.5 + 0 + 0 + 1·75 + 3·96 + 15·86.92 + 6·33.3333 + 8·98.4375 + 14·64.982291
   *          + 2·100 + 9·54 + 9·100 + 7·37.5 + 7·42)/100 = 66.974050 → 66.97 → BBB
   */
  it("scores, grade, pillars and key issues", () => {
    expect([soft.score, soft.grade, soft.industryGroup]).toEqual(["66.97", "BBB", "information_technology"]);
    expect(soft.pillars.map((p) => [p.id, p.weight, p.score])).toEqual([
      ["E", "20.0000", "53.29"],
      ["S", "48.0000", "76.86"],
      ["G", "32.0000", "60.70"],
    ]);
    expect(keyIssues(soft)).toEqual({
      climate_emissions: ["5.0000", "48.97", "0.0000", "48.97"],
      climate_strategy: ["5.0000", "55.00", "0.0000", "55.00"],
      energy: ["6.0000", "78.50", "0.0000", "78.50"],
      water: ["1.0000", "0.00", "0.0000", "0.00"],
      waste_circularity: ["2.0000", "0.00", "0.0000", "0.00"],
      environmental_compliance: ["1.0000", "75.00", "0.0000", "75.00"],
      health_safety: ["3.0000", "96.00", "0.0000", "96.00"],
      human_capital: ["15.0000", "86.92", "0.0000", "86.92"],
      supply_chain: ["6.0000", "33.33", "0.0000", "33.33"],
      product_responsibility: ["8.0000", "98.44", "0.0000", "98.44"],
      data_security: ["14.0000", "72.00", "7.0177", "64.98"],
      community: ["2.0000", "100.00", "0.0000", "100.00"],
      board: ["9.0000", "54.00", "0.0000", "54.00"],
      business_ethics: ["9.0000", "100.00", "0.0000", "100.00"],
      esg_governance: ["7.0000", "37.50", "0.0000", "37.50"],
      disclosure_assurance: ["7.0000", "42.00", "0.0000", "42.00"],
    });
  });

  it("uses fallback thresholds below the minimum peers, and says where there was nothing to impute", () => {
    expect(indicator(soft, "E-GHG-007")).toMatchObject({
      score: "92.50",
      flags: ["peer_fallback_thresholds"],
      basis: { kind: "thresholds", from: { value: "0.01", score: "100" }, to: { value: "0.1", score: "85" } },
    });
    expect(indicator(soft, "E-WAT-003")).toMatchObject({
      score: "0.00",
      source: "missing",
      flags: ["no_peers_for_median"],
    });
    // No credit: weight kept (5·15/85 = 0.8824), score 0.
    expect(indicator(soft, "E-GHG-012/E-GHG-004")).toMatchObject({
      score: "0.00",
      weight: "0.8824",
      source: "missing",
      flags: ["no_credit"],
      basis: { kind: "no_credit" },
    });
  });

  it("counts only controversies that are in force on the rating date", () => {
    expect(soft.controversies.map((c) => [c.id, c.ageDays, c.decayFactor, c.deduction, c.flags])).toEqual([
      ["soft-a-1", 400, "0.467847", "7.0177", []],
      ["soft-a-2", 121, "0.794706", "0.0000", []],
      ["soft-a-3", 1632, "0.045084", "0.0000", ["expired"]],
      ["soft-a-4", -15, null, "0.0000", ["after_as_of"]],
    ]);
  });

  it("levers: supplier screening, the breach, assurance", () => {
    // 6·50·100/(75·100) = 4.00; data security 72 + 40·70/100 = 100 − 7.0177 → 14·(92.9823 − 64.9823)/100 = 3.92;
    // assurance none → reasonable 7·40·100/10000 = 2.80 (board committee 9·30·100/10000 = 2.70 is fourth).
    expect(soft.levers.map((l) => [l.indicator, l.gain, l.newScore, l.newGrade, l.target])).toEqual([
      ["S-SUP-003", "4.00", "70.97", "A", { comparator: ">=", value: "100" }],
      ["S-DAT-001", "3.92", "70.89", "A", { comparator: "<=", value: "0" }],
      ["G-GOV-011", "2.80", "69.77", "BBB", { comparator: "=", value: "reasonable" }],
    ]);
  });
});

describe("golden: power-a, a coal-fired power plant (D4411 → group power, revenue 800 000 万元)", () => {
  const power = rating("power-a");
  /*
   * climate_emissions (w 18): E-GHG-007 not disclosed → group median minus 25. The five peers' values
   *   [5.2, 6.1, 7.4, 8.8, 9.5] score 100, 75, 50, 25, 0 (lower is better); median 50 → 50 − 25 = 25 (imputed)
   *   Scope 2 540000/540000 = 100 % → 20; reductions 60000/4000000 = 1.5 % → 1.5·50/2 = 37.5; verified 100;
   *   carbon price 120 (clamped) 100 → S = (45·25 + 15·20 + 15·37.5 + 15·100 + 10·100)/100 = 44.875 → "44.88"
   * climate_strategy (w 12): 25·100 + 20·100 + 15·100 + 20·80 (2055 → 100 − 5·40/10) + 20·100 = 9600 → 96
   * energy (w 6): E-ENE-008 2.6 in [2.2, 2.6, 2.9, 3.1, 3.4, 4.0] (n 6): r = 2 → 100 − 100·1/5 = 80;
   *   renewable 4 % → 16; green power 0/12000 = 0 → 0 → S = (4000 + 560 + 0)/100 = 45.6
   * water (w 5): E-WAT-003 15 in [12, 15, 15, 22, 30, 41]: below 1, equal 2, r = 2.5 → 100 − 100·1.5/5 = 70;
   *   recycled 25 % → 50 → S = (4200 + 2000)/100 = 62
   * waste_circularity (w 3): 240000/400000 = 60 % → 80; E-CIR-004 excluded; hazardous 40/800000·10000 = 0.5 →
   *   100 − 0.5·30 = 85 → S = (3200 + 2550)/70 = 82.142857
   * pollution (w 6): NOx 1200/800000·10000 = 15 → 30 − 10·30/15 = 10; COD 0.3 → 100 − 0.3·30/0.5 = 82 → 46
   * environmental_compliance (w 5): 100
   * health_safety (w 8): one fatality → 20; S-OHS-004 missing → median of the peers' scores: 0.5 → 90, 2 → 67.5,
   *   1 → 80, 6 → 24, sorted [24, 67.5, 80, 90], median (67.5 + 80)/2 = 73.75, minus 20 → 53.75 (imputed)
   *   S = (50·20 + 50·53.75)/100 = 36.875 → "36.88"; controversy severity 5 (80), confirmed, 10 days:
   *   80 × 0.5^(10/365) = 78.4951 > 36.875 → K = 0 (floored)
   * human_capital (w 5): training hours missing, nobody in the group disclosed → 0 (v 25); 100 (v 20); 100 (v 20);
   *   turnover 3 % → 100 clamped (v 15); pay ratio excluded (v 10); survey false 0 (v 10) → 5500/90 = 61.111…
   * supply_chain (w 3): 100 (the two others excluded) · product_responsibility (w 2): 35·100 + 25·0 (median, no
   *   peers) + 20·30 (R&D 1.5 %) over 80 = 51.25 · data_security (w 2): 100
   * community (w 2): donations 0.05 % → 30; rural 0.3 % → 80 → (1800 + 3200)/100 = 50
   * board (w 7): 40·100 + 30·40 + 30·100 = 8200 → 82 · business_ethics 100 · esg_governance 100
   * disclosure_assurance (w 4): 40·100 + 30·80 + 30·90 = 9100 → 91
   * Total = (18·44.875 + 12·96 + 6·45.6 + 5·62 + 3·82.142857 + 6·46 + 5·100 + 8·0 + 5·61.111111 + 3·100 + 2·51.25
   *          + 2·100 + 2·50 + 7·82 + 7·100 + 5·100 + 4·91)/100 = 67.118341 → 67.12 → BBB
   */
  it("scores, grade, pillars and key issues", () => {
    expect([power.score, power.grade, power.industryGroup]).toEqual(["67.12", "BBB", "power"]);
    expect(power.pillars.map((p) => [p.id, p.weight, p.score])).toEqual([
      ["E", "55.0000", "64.83"],
      ["S", "22.0000", "45.82"],
      ["G", "23.0000", "92.96"],
    ]);
    expect(keyIssues(power)).toEqual({
      climate_emissions: ["18.0000", "44.88", "0.0000", "44.88"],
      climate_strategy: ["12.0000", "96.00", "0.0000", "96.00"],
      energy: ["6.0000", "45.60", "0.0000", "45.60"],
      water: ["5.0000", "62.00", "0.0000", "62.00"],
      waste_circularity: ["3.0000", "82.14", "0.0000", "82.14"],
      pollution: ["6.0000", "46.00", "0.0000", "46.00"],
      environmental_compliance: ["5.0000", "100.00", "0.0000", "100.00"],
      health_safety: ["8.0000", "36.88", "78.4951", "0.00"],
      human_capital: ["5.0000", "61.11", "0.0000", "61.11"],
      supply_chain: ["3.0000", "100.00", "0.0000", "100.00"],
      product_responsibility: ["2.0000", "51.25", "0.0000", "51.25"],
      data_security: ["2.0000", "100.00", "0.0000", "100.00"],
      community: ["2.0000", "50.00", "0.0000", "50.00"],
      board: ["7.0000", "82.00", "0.0000", "82.00"],
      business_ethics: ["7.0000", "100.00", "0.0000", "100.00"],
      esg_governance: ["5.0000", "100.00", "0.0000", "100.00"],
      disclosure_assurance: ["4.0000", "91.00", "0.0000", "91.00"],
    });
  });

  it("imputes the group median minus the penalty, from ranks and from threshold scores", () => {
    expect(indicator(power, "E-GHG-007")).toMatchObject({
      value: null,
      score: "25.00",
      weight: "8.1000",
      contribution: "2.0250",
      source: "imputed",
      flags: ["imputed_industry_median"],
      basis: { kind: "industry_median", peers: 5, median: "50.00", penalty: "25" },
    });
    expect(indicator(power, "S-OHS-004")).toMatchObject({
      score: "53.75",
      source: "imputed",
      basis: { kind: "industry_median", peers: 4, median: "73.75", penalty: "20" },
    });
  });

  it("levers skip what the floored key issue would swallow", () => {
    // E-GHG-007 25 → 100 (< 5.2): 18·45·75/10000 = 6.075 → 73.193341 → 73.19 (A), +6.07.
    // NOx 10 → 100: 6·50·90/10000 = 2.70. Scope 2 ratio 20 → 100: 18·15·80/10000 = 2.16.
    // S-OHS-001 20 → 100 would lift health_safety to 76.875, still below the 78.4951 deduction: no gain.
    expect(power.levers.map((l) => [l.indicator, l.fromScore, l.gain, l.newScore, l.newGrade])).toEqual([
      ["E-GHG-007", "25.00", "6.07", "73.19", "A"],
      ["E-POL-007/X-CTX-004", "10.00", "2.70", "69.82", "BBB"],
      ["E-GHG-003/E-GHG-002", "20.00", "2.16", "69.28", "BBB"],
    ]);
  });
});

describe("the run", () => {
  it("carries the methodology, the rating date and hashes of the inputs and results", () => {
    expect(summary).toMatchObject({
      methodology: { id: "enterprise-esg", version: "2026.1" },
      asOf: GOLDEN_AS_OF,
      entityCount: GOLDEN_UNIVERSE.length,
    });
    for (const hash of [summary.methodologyHash, summary.inputsHash, summary.resultHash])
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.gradeCounts.reduce((n, g) => n + g.count, 0)).toBe(GOLDEN_UNIVERSE.length);
    expect(summary.gradeCounts.find((g) => g.grade === "BBB")?.count).toBe(2);
  });

  it("ignores values the methodology does not read", () => {
    const values = new Map(CHEM_A.values);
    values.delete("E-BIO-001");
    const without = rateUniverse({
      methodology,
      asOf: GOLDEN_AS_OF,
      entities: GOLDEN_UNIVERSE.map((e) => (e === CHEM_A ? { ...CHEM_A, values } : e)),
    });
    expect(without.summary.inputsHash).toBe(summary.inputsHash);
    expect(without.ratings[0]).toEqual(rating("chem-a"));
  });
});
