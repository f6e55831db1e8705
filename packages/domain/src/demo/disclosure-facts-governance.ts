import { dec } from "./demo-figures";
import { between, chance } from "./demo-random";
import type { FactContext, FactSheet, Revenue } from "./disclosure-facts";
import type { Tier } from "./disclosure-profile";
import { textFor } from "./disclosure-texts";

/** X-CTX-003's option for each framework the disclosure is made under. */
const STANDARD_OPTION: Readonly<Record<string, string>> = {
  SSE2024: "SSE2024",
  "ISSB-S2": "ISSB",
  "ISSB-S1": "ISSB",
  GRI: "GRI",
  HKEX: "HKEX",
  "MOF-BASIC": "MOF",
};

/** Topics a double-materiality assessment under the SSE guideline names, with how material each usually comes out. */
const MATERIALITY: readonly (readonly [string, readonly string[]])[] = [
  ["应对气候变化", ["dual", "dual", "financial_only"]],
  ["污染防治与生态系统保护", ["impact_only", "dual", "not_material"]],
  ["资源利用", ["impact_only", "dual"]],
  ["员工", ["dual", "impact_only"]],
  ["安全生产", ["dual", "impact_only"]],
  ["反商业贿赂及反贪污", ["financial_only", "dual"]],
];

const likely = (tier: Tier, large: number, medium: number, other: number) =>
  tier === "large" ? large : tier === "medium" ? medium : other;

const pct = (part: number, whole: number) => dec((part / whole) * 100, 2);

/** Context, governance, business ethics and climate strategy: the answers behind the figures. */
export function governanceAndStrategy(s: FactSheet, c: FactContext, revenue: Revenue, employees: number): void {
  const { profile: p, rng, frameworks } = c;
  const rev = revenue.trueWan;
  const options = [...new Set(frameworks.map((f) => STANDARD_OPTION[f] ?? "other"))];
  s.set("X-CTX-003", options.join(","));
  s.set("X-CTX-004", revenue.value, revenue.unit);
  s.set("X-CTX-005", "GB/T4754");
  s.set("X-CTX-006", dec(employees * between(rng, 0.9, 1), 1), "fte");
  s.set("X-CTX-007", p.tier === "large" && chance(rng, 0.3));

  s.set("G-GOV-002", chance(rng, likely(p.tier, 0.8, 0.4, 0.1)));
  s.set("G-GOV-005", p.tier !== "micro");
  const payLinked = chance(rng, likely(p.tier, 0.5, 0.15, 0.05));
  s.set("G-GOV-006", payLinked);
  s.set("G-GOV-007", payLinked ? dec(between(rng, 2, 15), 2) : "0");
  // Smaller firms assess fewer topics.
  const topics = MATERIALITY.slice(0, p.tier === "large" ? 6 : p.tier === "medium" ? 4 : 2);
  for (const [topic, outcomes] of topics) s.member("G-GOV-008", `sse_topic=${topic}`, rng.pick(outcomes));
  const assured = chance(rng, likely(p.tier, 0.6, 0.2, 0.03));
  s.set("G-GOV-010", assured);
  s.set(
    "G-GOV-011",
    assured
      ? rng.weighted([
          ["limited", 4],
          ["reasonable", 1],
        ])
      : "none",
  );
  s.set("G-GOV-013", pct(p.boardWomen, p.boardSize));
  const executives = rng.int(3, 7);
  s.set("G-GOV-014", pct(rng.int(0, 2), executives));
  s.set("G-GOV-016", pct(p.independentDirectors, p.boardSize));
  s.set("G-DD-001", p.tier === "large" || p.tier === "medium");
  s.set("G-ACB-001", true);
  s.set("G-ACB-002", "0");
  s.set("G-ACB-003", "0");
  s.set("G-ACB-004", "100");
  s.set("G-ACB-005", "100");
  s.set("G-ACB-006", chance(rng, 0.5) ? "100" : dec(between(rng, 80, 100), 2));
  s.set("G-ACB-007", true);
  s.set("G-ACP-001", "0");
  s.set("G-CMP-001", "0");

  // Climate strategy: scenario analysis only where the firm has the means, and then its scenarios are described.
  const scenarios = chance(rng, likely(p.tier, 0.5, 0.15, 0.02));
  s.set("E-CLI-006", scenarios);
  if (scenarios) s.set("E-CLI-007", textFor("E-CLI-007", "", c.text));
  s.set("E-CLI-008", chance(rng, likely(p.tier, 0.6, 0.25, 0.05)));
  s.set("E-CLI-010", String(rng.int(2026, 2030)));
  s.set("E-CLI-011", String(rng.pick([2050, 2055, 2060, 2060])));
  s.set("E-CLI-013", chance(rng, 0.5));
  s.set("E-CLI-014", chance(rng, 0.4));
  s.set("E-CLI-015", chance(rng, 0.3));
  const exposed = p.sector.kind === "heavy" || p.sector.kind === "utility" ? [0.2, 0.5] : [0.01, 0.08];
  s.set("E-CLI-017", dec(rev * between(rng, exposed[0] as number, exposed[1] as number), 2));
  s.set("E-CLI-019", dec(rev * between(rng, 0.02, 0.1), 2));
  s.set("E-CLI-021", dec(rev * between(rng, 0.01, 0.1), 2));
  s.set("E-CLI-023", dec(rev * between(rng, 0.005, 0.03), 2));
  if (p.tier === "large" && chance(rng, 0.4)) s.set("E-CLI-025", String(rng.int(5, 15) * 10));
}
