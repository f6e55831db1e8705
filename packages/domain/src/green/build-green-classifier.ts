import { classifyWith } from "./classify-project";
import type { GreenCorrection } from "./corrections";
import type { GreenClassification, GreenProjectInput } from "./green-classification";
import type {
  GreenBlueData,
  GreenCatalogueNodeData,
  GreenClassifierData,
  GreenParameterRule,
  GreenSignalsData,
  GreenVocabularyNodeData,
} from "./green-classifier-data";
import { GREEN_SCORING } from "./green-scoring";
import { buildIndustryIndex, type IndustryIndex } from "./industry-evidence";
import { type TermIndex, TermIndexBuilder } from "./term-index";

export interface GreenClassifierOptions {
  /** Reviewers' decisions, applied on every classification (see corrections.ts for the shape). */
  readonly corrections?: readonly GreenCorrection[];
  /** The least confidence for a prediction (default GREEN_SCORING.threshold). */
  readonly threshold?: number;
}

/** What classifyWith needs, computed once per classifier. */
export interface ClassifierState {
  readonly data: GreenClassifierData;
  readonly index: TermIndex;
  readonly threshold: number;
  readonly nodes: ReadonlyMap<string, GreenCatalogueNodeData>;
  readonly items: ReadonlyMap<string, GreenVocabularyNodeData>;
  readonly leafCodes: readonly string[];
  readonly rules: ReadonlyMap<string, readonly GreenParameterRule[]>;
  readonly corrections: readonly GreenCorrection[];
  readonly byFingerprint: ReadonlyMap<string, readonly GreenCorrection[]>;
  readonly signals: GreenSignalsData | undefined;
  readonly industryIndex: IndustryIndex;
  /** 2025 item → its links to IFC blue categories. */
  readonly blueLinks: ReadonlyMap<string, GreenBlueData["links"]>;
}

export interface GreenClassifier {
  readonly catalogue: string;
  readonly vocabulary: string;
  readonly threshold: number;
  /** Sizes, for a status line: items, distinct patterns in the automaton, thresholds, corrections. */
  readonly size: { items: number; patterns: number; parameterRules: number; corrections: number };
  classifyProject(input: GreenProjectInput): GreenClassification;
}

function termIndex(data: GreenClassifierData, corrections: readonly GreenCorrection[]): TermIndex {
  const b = new TermIndexBuilder();
  const v = data.vocabulary;
  for (const n of v.nodes) {
    for (const t of n.termsZh) b.add(t, "zh", { kind: "item", code: n.code });
    for (const t of n.termsEn) b.add(t, "en", { kind: "item", code: n.code });
    for (const t of n.excludeZh) b.add(t, "zh", { kind: "exclude", code: n.code });
    for (const t of n.excludeEn) b.add(t, "en", { kind: "exclude", code: n.code });
  }
  for (const g of v.globalExclusions) {
    for (const t of g.termsZh) b.add(t, "zh", { kind: "global", group: g.id });
    for (const t of g.termsEn) b.add(t, "en", { kind: "global", group: g.id });
    for (const t of g.unlessZh) b.add(t, "zh", { kind: "unless", group: g.id });
    for (const t of g.unlessEn) b.add(t, "en", { kind: "unless", group: g.id });
  }
  for (const [kind, k] of Object.entries(v.activityKinds)) {
    if (!k) continue;
    b.addCues(k.cuesZh, "zh", { kind: "activity", activityKind: kind });
    b.addCues(k.cuesEn, "en", { kind: "activity", activityKind: kind });
  }
  const s = v.signals;
  if (s) {
    b.addCues(s.negation.zh, "zh", { kind: "negation" }, true);
    b.addCues(s.negation.en, "en", { kind: "negation" }, true);
    const cue = (
      zh: readonly string[],
      en: readonly string[],
      kind: "marine" | "water" | "sector" | "cut" | "expansion",
    ) => {
      b.addCues(zh, "zh", { kind });
      b.addCues(en, "en", { kind });
    };
    cue(s.blue.marineZh, s.blue.marineEn, "marine");
    cue(s.blue.waterZh, s.blue.waterEn, "water");
    cue(s.transition.sectorZh, s.transition.sectorEn, "sector");
    cue(s.transition.cutZh, s.transition.cutEn, "cut");
    cue(s.transition.expansionZh, s.transition.expansionEn, "expansion");
  }
  corrections.forEach((c, i) => {
    if ("term" in c.match)
      b.add(c.match.term, /[\u3400-\u9fff]/.test(c.match.term) ? "zh" : "en", { kind: "correction", correction: i });
  });
  return b.build();
}

function blueLinksByItem(blue: GreenBlueData | undefined): Map<string, GreenBlueData["links"]> {
  const map = new Map<string, GreenBlueData["links"][number][]>();
  for (const l of blue?.links ?? []) map.set(l.from, [...(map.get(l.from) ?? []), l]);
  return map;
}

/**
 * Builds a classifier once from the loaded catalogue, vocabulary, blue crosswalk and transition sectors (plain data)
 * and reviewers' corrections; `classifyProject` then runs in one pass of the automaton over the project's text.
 * Deterministic: the same data, corrections and input give the same result.
 */
export function buildGreenClassifier(data: GreenClassifierData, options: GreenClassifierOptions = {}): GreenClassifier {
  const leaves = new Set(data.catalogue.leafCodes);
  const corrections = options.corrections ?? [];
  for (const c of corrections)
    if (!leaves.has(c.code))
      throw new RangeError(`correction ${c.id}: ${c.code} is not an item of ${data.catalogue.ref}`);
  const rules = new Map<string, GreenParameterRule[]>();
  for (const r of data.vocabulary.parameterRules ?? []) rules.set(r.code, [...(rules.get(r.code) ?? []), r]);
  const byFingerprint = new Map<string, GreenCorrection[]>();
  for (const c of corrections)
    if ("fingerprint" in c.match)
      byFingerprint.set(c.match.fingerprint, [...(byFingerprint.get(c.match.fingerprint) ?? []), c]);
  const state: ClassifierState = {
    data,
    index: termIndex(data, corrections),
    threshold: options.threshold ?? GREEN_SCORING.threshold,
    nodes: new Map(data.catalogue.nodes.map((n) => [n.code, n])),
    items: new Map(data.vocabulary.nodes.map((n) => [n.code, n])),
    leafCodes: data.catalogue.leafCodes,
    rules,
    corrections,
    byFingerprint,
    signals: data.vocabulary.signals,
    industryIndex: buildIndustryIndex(data.catalogue.nodes),
    blueLinks: blueLinksByItem(data.blue),
  };
  return {
    catalogue: data.catalogue.ref,
    vocabulary: data.vocabulary.id,
    threshold: state.threshold,
    size: {
      items: data.vocabulary.nodes.length,
      patterns: state.index.entries.length,
      parameterRules: data.vocabulary.parameterRules?.length ?? 0,
      corrections: corrections.length,
    },
    classifyProject: (input) => classifyWith(state, input),
  };
}
