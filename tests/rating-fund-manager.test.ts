import { type EntityRating, type RatedEntityInput, type RatingValue, rateUniverse } from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import { describe, expect, it } from "vitest";

/**
 * fund-manager-esg@2026.1 by hand. Key-issue weights (one group): pf_climate 15, pf_social_governance 15,
 * fm_governance_policy 20, fm_screening 10, fm_due_diligence 12, fm_monitoring 13, fm_disclosure 15.
 * Derived inputs (PF-*, DQ-COMPLETENESS) are given by id, as the platform will compute them before rating.
 */
const manager = (id: string, values: Record<string, RatingValue>): RatedEntityInput => ({
  id,
  industryCode: "J67",
  values: new Map(Object.entries(values)),
  controversies: [],
});

const FM_A = manager("fm-a", {
  "PF-GHG-FOOTPRINT": "12",
  "PF-RENEWABLE-SHARE": "30",
  "E-CLI-015": false,
  "PF-ESG-POLICY-SHARE": "80",
  "M-FND-016": "1",
  "M-FND-001": true,
  "M-FND-002": true,
  "M-FND-003": true,
  "M-FND-004": false,
  "M-FND-005": true,
  "G-GOV-006": false,
  "M-FND-017": "2",
  "M-FND-014": true,
  "M-FND-007": "35",
  "M-FND-009": "90",
  "G-DD-001": true,
  "M-FND-015": "18",
  "PF-COMPANIES": "12",
  "M-FND-011": "75",
  "M-FND-012": false,
  "DQ-COMPLETENESS": "90",
  "G-GOV-011": ["limited"],
  "X-CTX-003": ["GRI"],
});
const PEERS = ["20", "35", "60", "90"].map((v, i) => manager(`fm-p${i + 1}`, { "PF-GHG-FOOTPRINT": v }));

describe("fund-manager-esg 2026.1, rated by hand", () => {
  const methodology = loadRatingMethodology("fund-manager-esg@2026.1");
  const { ratings } = rateUniverse({ methodology, entities: [FM_A, ...PEERS], asOf: "2026-06-30" });
  const fm = ratings[0] as EntityRating;

  /*
   * pf_climate: footprint 12 is the lowest of [12, 20, 35, 60, 90] (n 5 = minPeers) → 100 (v 60);
   *   renewable 30 % → 70 (v 20); no net-zero goal → 0 (v 20) → S = (6000 + 1400)/100 = 74
   * pf_social_governance: policy share 80 → 80 (v 35); women on boards excluded (v 25); one incident → 50 (v 40)
   *   → S = (2800 + 2000)/75 = 64
   * fm_governance_policy: 15 + 25 + 20 + 0 + 15 + 0 = 75
   * fm_screening: fossil 2 % → 100 − 2·40/5 = 84 (v 40); PAI 100 (v 30); green AUM 35 % → 60 + 15·40/30 = 80 (v 30)
   *   → S = (3360 + 3000 + 2400)/100 = 87.6
   * fm_due_diligence: 70·90 + 30·100 = 9300 → 93
   * fm_monitoring: 18 engagements ÷ 12 companies = 1.5 → 60 + 0.5·40 = 80 (v 40); 75 % reporting → 75 (v 40);
   *   not EDCI → 0 (v 20) → S = (3200 + 3000)/100 = 62
   * fm_disclosure: completeness 90 → 80 (v 50); limited assurance 60 (v 25); GRI 90 (v 25) → (4000 + 1500 + 2250)/100 = 77.5
   * Total = (15·74 + 15·64 + 20·75 + 10·87.6 + 12·93 + 13·62 + 15·77.5)/100 = 7530.5/100 = 75.305
   *   → 75.30 half-even (half-up would say 75.31) → A
   * Pillars: E 74, S 64, G = (1500 + 876 + 1116 + 806 + 1162.5)/70 = 78.00714… → 78.01
   */
  it("scores, grade and pillars", () => {
    expect([fm.score, fm.grade, fm.industryGroup]).toEqual(["75.30", "A", "default"]);
    expect(fm.pillars.map((p) => [p.id, p.weight, p.score])).toEqual([
      ["E", "15.0000", "74.00"],
      ["S", "15.0000", "64.00"],
      ["G", "70.0000", "78.01"],
    ]);
    expect(Object.fromEntries(fm.keyIssues.map((k) => [k.id, k.score]))).toEqual({
      pf_climate: "74.00",
      pf_social_governance: "64.00",
      fm_governance_policy: "75.00",
      fm_screening: "87.60",
      fm_due_diligence: "93.00",
      fm_monitoring: "62.00",
      fm_disclosure: "77.50",
    });
  });

  it("reads the derived portfolio inputs and the engagements-per-company ratio", () => {
    const find = (id: string) => fm.indicators.find((i) => i.id === id);
    expect(find("PF-GHG-FOOTPRINT")).toMatchObject({
      unit: "tCO2e_per_m_yuan",
      score: "100.00",
      basis: { kind: "peer_percentile", peers: 5, below: 0, equal: 1 },
    });
    expect(find("M-FND-015/PF-COMPANIES")).toMatchObject({
      value: "1.5000",
      unit: "engagements per portfolio company",
      ratioOf: { numerator: "18", denominator: "12" },
      score: "80.00",
    });
    expect(find("PF-WOMEN-BOARD")).toMatchObject({ source: "excluded", score: null });
  });
});
