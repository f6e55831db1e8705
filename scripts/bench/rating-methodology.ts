/**
 * A synthetic rating methodology for the rating benchmark: 150 indicators in 30 key issues (E 12, S 10, G 8),
 * mixing every rule kind and missing policy, over six industry groups with different materiality. It is built as
 * the six raw files of a methodology version and goes through `parseRatingMethodology`, so it passes the same
 * shape and cross-rule checks as a shipped version (and the engine's own checks when compiled).
 */
import { readFileSync } from "node:fs";
import {
  type DisclosureCatalogue,
  loadDisclosureCatalogue,
  parseRatingMethodology,
  type RatingMethodology,
} from "@greenfin/reference";

const SHIPPED = new URL("../../packages/reference/data/rating/enterprise-esg-2026.1/", import.meta.url);
const shipped = (file: string) => JSON.parse(readFileSync(new URL(file, SHIPPED), "utf8"));

const PILLARS = [
  { id: "E", issues: 12, themes: 3 },
  { id: "S", issues: 10, themes: 2 },
  { id: "G", issues: 8, themes: 2 },
] as const;
/** Within-issue weights of the five indicators; they sum to 100. */
const WEIGHTS = ["30", "25", "20", "15", "10"];
/** Rule kinds by count (150 in all): presence and ladder read the catalogue's boolean and enum indicators. */
const MIX = { presence: 20, ladder: 4, ratio: 26, peer_percentile: 40, thresholds: 60 } as const;
const LADDER_IDS = ["G-GOV-011", "G-GOV-008", "E-GHG-008", "E-GHG-009"];

export const SYNTHETIC_GROUPS = [
  { id: "default", industries: [] as string[] },
  { id: "manufacturing", industries: ["C"] },
  { id: "chemicals", industries: ["C26"] },
  { id: "power", industries: ["D44"] },
  { id: "information_technology", industries: ["I"] },
  { id: "finance", industries: ["J"] },
];

const name = (text: string) => ({ zh: text, en: text });
const pad = (n: number) => String(n).padStart(3, "0");

type Kind = keyof typeof MIX;

/** The kind of each of the 150 indicators, interleaved so that every key issue mixes several kinds. */
function kinds(): Kind[] {
  const left = { ...MIX };
  const order = Object.keys(MIX) as Kind[];
  const out: Kind[] = [];
  for (let i = 0; out.length < 150; i++) {
    const k = order[i % order.length] as Kind;
    if (left[k] > 0) {
      left[k]--;
      out.push(k);
    }
  }
  return out;
}

/** Threshold points rising (or falling) over a range of values, five points, scores 0–100. */
function points(scale: number, higher: boolean) {
  const values = [0, 1, 2, 4, 8].map((v) => String(v * scale));
  const scores = higher ? ["0", "40", "60", "80", "100"] : ["100", "80", "60", "40", "0"];
  return values.map((value, i) => ({ value, score: scores[i] as string }));
}

interface Built {
  tree: unknown;
  derived: { id: string; type: "number" | "percent"; unit: string }[];
  issueIds: { id: string; pillar: string }[];
}

function buildTree(catalogue: DisclosureCatalogue): Built {
  const booleans = catalogue.indicators
    .filter((i) => i.type === "boolean" && i.appliesTo.includes("enterprise"))
    .map((i) => i.id);
  const enums = new Map(catalogue.indicators.map((i) => [i.id, i.enumOptions]));
  const derived: Built["derived"] = [];
  const counters = { presence: 0, ladder: 0, ratio: 0, peer_percentile: 0, thresholds: 0 };
  const plan = kinds();
  const issueIds: Built["issueIds"] = [];
  let n = 0;
  const indicator = (kind: Kind, weight: string, position: number) => {
    const c = ++counters[kind];
    const higher = c % 3 !== 0;
    const direction = higher ? "higher_is_better" : "lower_is_better";
    // The first indicator of a key issue is never excluded, so every key issue keeps a scored indicator.
    const missing =
      position === 0 || c % 3 === 0
        ? { policy: "no_credit" }
        : c % 3 === 1
          ? { policy: "industry_median_penalty", penalty: "10" }
          : { policy: "exclude_reweight" };
    switch (kind) {
      case "presence":
        return { id: booleans[c - 1], weight, rule: { kind }, missing };
      case "ladder": {
        const id = LADDER_IDS[c - 1] as string;
        const options = (enums.get(id) ?? []).map((option, i, all) => ({
          option,
          score: String(Math.round((100 * (all.length - 1 - i)) / (all.length - 1))),
        }));
        return { id, weight, rule: { kind, options }, missing };
      }
      case "ratio": {
        const [num, den] = [`SYN-RN-${pad(c)}`, `SYN-RD-${pad(c)}`];
        derived.push({ id: num, type: "number", unit: "t" }, { id: den, type: "number", unit: "wan_yuan" });
        const rule = { kind, numerator: num, denominator: den, multiplier: "100", unit: "t_per_m_yuan", direction };
        return { id: `${num}/${den}`, weight, rule: { ...rule, points: points(25, higher) }, missing };
      }
      case "peer_percentile": {
        const id = `SYN-P-${pad(c)}`;
        derived.push({ id, type: "number", unit: "t" });
        const rule = { kind, direction, minPeers: 5, fallback: points(100, higher) };
        return { id, weight, rule, missing };
      }
      case "thresholds": {
        const id = `SYN-T-${pad(c)}`;
        const percent = c % 2 === 0;
        derived.push({ id, type: percent ? "percent" : "number", unit: percent ? "percent" : "t" });
        return { id, weight, rule: { kind, direction, points: points(percent ? 12.5 : 100, higher) }, missing };
      }
    }
  };
  const pillars = PILLARS.map((p) => ({
    id: p.id,
    name: name(`pillar ${p.id}`),
    themes: Array.from({ length: p.themes }, (_, t) => ({
      id: `${p.id.toLowerCase()}_theme_${t + 1}`,
      name: name(`${p.id} theme ${t + 1}`),
      keyIssues: Array.from(
        { length: Math.ceil(p.issues / p.themes) },
        (_, k) => t * Math.ceil(p.issues / p.themes) + k,
      )
        .filter((k) => k < p.issues)
        .map((k) => {
          const id = `${p.id.toLowerCase()}_issue_${pad(k + 1)}`;
          issueIds.push({ id, pillar: p.id });
          return {
            id,
            name: name(`${p.id} key issue ${k + 1}`),
            indicators: WEIGHTS.map((w, position) => indicator(plan[n++] as Kind, w, position)),
          };
        }),
    })),
  }));
  const derivedInputs = derived.map((d) => ({
    ...d,
    name: name(d.id),
    definition: "Synthetic benchmark input.",
  }));
  return { tree: { derivedInputs, pillars }, derived, issueIds };
}

/** Key-issue weights of a group summing to exactly 100 (2 dp): some E and S issues are not material outside some groups. */
function groupWeights(issues: Built["issueIds"], g: number): Record<string, string> {
  const material = issues.filter((k, i) => k.pillar === "G" || i < 4 || (i + g) % 4 !== 0);
  const cents = Math.floor(10_000 / material.length);
  const weights: Record<string, string> = Object.fromEntries(issues.map((k) => [k.id, "0"]));
  material.forEach((k, i) => {
    const c = i === 0 ? 10_000 - cents * (material.length - 1) : cents;
    weights[k.id] = (c / 100).toFixed(2);
  });
  return weights;
}

/** The synthetic methodology, validated like a shipped one. */
export function syntheticMethodology(): RatingMethodology {
  const catalogue = loadDisclosureCatalogue("2026.1");
  const { tree, issueIds } = buildTree(catalogue);
  const materiality = {
    ...shipped("materiality.json"),
    groups: SYNTHETIC_GROUPS.map((g, i) => ({
      ...g,
      name: name(g.id),
      highEmission: i === 2 || i === 3,
      rationale: "Synthetic benchmark group.",
      weights: groupWeights(issueIds, i),
    })),
  };
  // Controversy categories hit the first key issues, which every group treats as material.
  const controversies = {
    ...shipped("controversies.json"),
    categories: issueIds.slice(0, 4).map((k, i) => ({ id: `category_${i + 1}`, name: name(k.id), keyIssue: k.id })),
  };
  const meta = { ...shipped("meta.json"), id: "synthetic-bench", version: "2026.1", status: "draft" };
  return parseRatingMethodology(
    {
      meta,
      tree,
      materiality,
      scale: shipped("scale.json"),
      controversies,
      overrides: shipped("overrides.json"),
    },
    catalogue,
    "synthetic benchmark methodology",
  );
}
