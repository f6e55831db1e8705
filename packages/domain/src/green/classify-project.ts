import { activityEvidence } from "./activity-evidence";
import { blueRelevance } from "./blue-relevance";
import type { ClassifierState } from "./build-green-classifier";
import { compareCatalogueCodes } from "./catalogue-codes";
import { correctionWeight, type GreenCorrection, greenTextFingerprint } from "./corrections";
import { globalExclusions } from "./global-exclusions";
import type {
  CorrectionEvidence,
  ExcludedCandidate,
  GreenCandidate,
  GreenClassification,
  GreenProjectInput,
  NegationEvidence,
} from "./green-classification";
import { confidenceOf, GREEN_SCORING, roundScore } from "./green-scoring";
import { industryEvidence, itemsListingIndustry, parseIndustryCode } from "./industry-evidence";
import { matchField, type TermHit } from "./match-terms";
import { noneReasons } from "./none-reasons";
import { parameterEvidence, parametersNote } from "./parameter-evidence";
import { evidenceOf, itemTermEvidence } from "./term-evidence";
import type { TermRole } from "./term-index";
import { transitionRelevance } from "./transition-relevance";

type Scored = Omit<GreenCandidate, "confidence">;

const hasRole = (h: TermHit, kind: TermRole["kind"]) => h.entry.roles.some((r) => r.kind === kind);
const itemCodes = (h: TermHit) => h.entry.roles.flatMap((r) => (r.kind === "item" ? [r.code] : []));

function negationRoles(h: TermHit): NegationEvidence["roles"] {
  const kinds = new Set(h.entry.roles.map((r) => r.kind));
  const roles: NegationEvidence["roles"][number][] = [];
  if (kinds.has("item")) roles.push("item-term");
  if (kinds.has("exclude")) roles.push("exclusion");
  if (kinds.has("global")) roles.push("global-exclusion");
  if (kinds.has("unless")) roles.push("override");
  if (roles.length === 0) roles.push("signal");
  return roles;
}

function pathOf(state: ClassifierState, code: string) {
  const path = [];
  for (let n = state.nodes.get(code); n; n = n.parent === null ? undefined : state.nodes.get(n.parent)) path.unshift(n);
  return { zh: path.map((n) => n.nameZh ?? n.code), en: path.map((n) => n.nameEn ?? n.code) };
}

function bucket<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Where an item is first named: name before description, then by position; counted terms only. */
function firstMention(c: Scored): number {
  const at = c.evidence.terms.filter((t) => t.weight > 0).map((t) => (t.field === "name" ? 0 : 1e6) + t.start);
  return at.length ? Math.min(...at) : Number.POSITIVE_INFINITY;
}

/** Projects name their subject first ("…冷链物流中心建设，冷库采用…光伏供电"): the first-named item gets the lead bonus. */
function addLead(scored: Scored[]): void {
  if (scored.length < 2) return;
  const first = Math.min(...scored.map(firstMention));
  if (!Number.isFinite(first)) return;
  scored.forEach((c, i) => {
    if (firstMention(c) !== first) return;
    scored[i] = {
      ...c,
      score: roundScore(c.score + GREEN_SCORING.lead),
      evidence: { ...c.evidence, lead: GREEN_SCORING.lead },
    };
  });
}

/** One project through the automaton, the evidence per item, the ranking, the exclusions and the flags. */
export function classifyWith(state: ClassifierState, input: GreenProjectInput): GreenClassification {
  const signals = state.signals;
  const windows = { zh: signals?.negation.windowZh ?? 6, en: signals?.negation.windowEn ?? 30 };
  const hits = [
    ...(input.name ? matchField(state.index, input.name, "name", windows) : []),
    ...matchField(state.index, input.description, "description", windows),
  ];
  const active = hits.filter((h) => !h.negatedBy);
  const negations: NegationEvidence[] = hits
    .filter((h) => h.negatedBy && !hasRole(h, "activity"))
    .map((h) => ({
      term: h.entry.term,
      field: h.field,
      start: h.start,
      end: h.end,
      text: h.text,
      cue: h.negatedBy!.text,
      cueStart: h.negatedBy!.start,
      roles: negationRoles(h),
    }));

  const cuesFound = new Map<string, string[]>();
  const ownHits = new Map<string, TermHit[]>();
  const excludeHits = new Map<string, TermHit[]>();
  const itemHits: TermHit[] = [];
  const signalHits = new Map<string, TermHit[]>();
  const termCorrections: { c: GreenCorrection; hit: TermHit }[] = [];
  for (const h of active)
    for (const r of h.entry.roles) {
      if (r.kind === "item") {
        bucket(ownHits, r.code, h);
        if (itemHits[itemHits.length - 1] !== h) itemHits.push(h);
      } else if (r.kind === "exclude") bucket(excludeHits, r.code, h);
      else if (r.kind === "activity") {
        const list = cuesFound.get(r.activityKind) ?? [];
        if (!list.includes(h.entry.term)) list.push(h.entry.term);
        cuesFound.set(r.activityKind, list);
      } else if (r.kind === "correction") termCorrections.push({ c: state.corrections[r.correction]!, hit: h });
      else if (r.kind !== "global" && r.kind !== "unless" && r.kind !== "negation") bucket(signalHits, r.kind, h);
    }

  const fingerprint = greenTextFingerprint(input);
  const corrections = new Map<string, CorrectionEvidence[]>();
  const correctionHits = new Map<string, TermHit[]>();
  for (const { c, hit } of termCorrections) {
    const list = corrections.get(c.code) ?? [];
    if (list.some((e) => e.id === c.id)) continue;
    list.push({ id: c.id, action: c.action, by: "term", term: hit.entry.term, weight: correctionWeight(c) });
    corrections.set(c.code, list);
    bucket(correctionHits, c.code, hit);
  }
  for (const c of state.byFingerprint.get(fingerprint) ?? [])
    bucket(corrections, c.code, { id: c.id, action: c.action, by: "fingerprint", weight: correctionWeight(c) });

  const industry = input.industryCode ? parseIndustryCode(input.industryCode) : null;
  const parameters = input.parameters ?? [];
  const scored: Scored[] = [];
  const excluded: ExcludedCandidate[] = [];
  const codes = [...new Set([...ownHits.keys(), ...corrections.keys()])].sort(compareCatalogueCodes);
  for (const code of codes) {
    const item = state.items.get(code);
    const node = state.nodes.get(code);
    if (!item || !node) continue;
    const own = ownHits.get(code) ?? [];
    const others = itemHits.filter((h) => !itemCodes(h).includes(code));
    const { terms, score: termScore } = itemTermEvidence(own, others);
    const vetoTerms = excludeHits.get(code) ?? [];
    const names = { code, nameZh: node.nameZh ?? code, nameEn: node.nameEn ?? code };
    if (vetoTerms.length) {
      const words = vetoTerms.map((h) => h.text);
      excluded.push({
        ...names,
        reason: "exclusion-term",
        terms: vetoTerms.map((h) => evidenceOf(h)),
        message: {
          zh: `命中该条目的排除词：${words.join("、")}`,
          en: `An exclusion term of this item occurs: ${words.join(", ")}`,
        },
      });
      continue;
    }
    const fixes = corrections.get(code) ?? [];
    const veto = fixes.find((f) => f.action === "remove" && !Number.isFinite(f.weight));
    if (veto) {
      excluded.push({
        ...names,
        reason: "correction",
        terms: (correctionHits.get(code) ?? []).map((h) => evidenceOf(h)),
        message: { zh: `审核人更正 ${veto.id} 排除了该条目`, en: `Reviewer correction ${veto.id} removes this item` },
      });
      continue;
    }
    const rules = state.rules.get(code) ?? [];
    const params = parameterEvidence(rules, parameters);
    const missed = params.filter((p) => p.outcome === "missed");
    if (missed.length) {
      excluded.push({
        ...names,
        reason: "threshold-missed",
        terms,
        message: {
          zh: `未满足技术门槛：${missed.map((p) => `${p.nameZh}（${p.rule}）`).join("；")}`,
          en: `Threshold(s) missed: ${missed.map((p) => `${p.nameEn} (${p.rule})`).join("; ")}`,
        },
      });
      continue;
    }
    const activity =
      termScore > 0
        ? activityEvidence(item.activityKind, state.data.vocabulary.activityKinds[item.activityKind], cuesFound)
        : null;
    const ind = termScore > 0 ? industryEvidence(node, industry) : null;
    const correctionScore = fixes.reduce((s, f) => s + (f.action === "add" ? f.weight : -f.weight), 0);
    const score =
      termScore +
      (activity?.weight ?? 0) +
      (ind?.weight ?? 0) +
      params.reduce((s, p) => s + p.weight, 0) +
      correctionScore;
    if (score <= 0) continue;
    const path = pathOf(state, code);
    scored.push({
      ...names,
      pathZh: path.zh,
      pathEn: path.en,
      score: roundScore(score),
      evidence: {
        terms,
        activity,
        industry: ind,
        parameters: params,
        parametersNote: parametersNote(rules, params),
        corrections: fixes,
        lead: 0,
      },
    });
  }
  addLead(scored);
  scored.sort((a, b) => b.score - a.score || compareCatalogueCodes(a.code, b.code));
  const candidates: GreenCandidate[] = scored.slice(0, GREEN_SCORING.maxCandidates).map((c, i) => ({
    ...c,
    confidence: confidenceOf(c.score, i === 0 ? (scored[1]?.score ?? 0) : scored[0]!.score),
  }));

  const global = globalExclusions(state.data.vocabulary.globalExclusions, active);
  const vetoed = global.some((g) => g.applied);
  const first = candidates[0];
  const top = !vetoed && first && first.confidence >= state.threshold ? first : null;
  const accepted = top ? candidates.filter((c) => c.confidence >= state.threshold).map((c) => c.code) : [];
  const ev = (kind: string) => (signalHits.get(kind) ?? []).map((h) => evidenceOf(h));
  const industryItems = industry ? itemsListingIndustry(state.industryIndex, industry) : [];
  return {
    catalogue: state.data.catalogue.ref,
    vocabulary: state.data.vocabulary.id,
    fingerprint,
    verdict: top ? "green" : "none",
    top,
    threshold: state.threshold,
    candidates,
    noneReasons: top
      ? []
      : noneReasons({ global, candidates, excluded, negations, industry, industryItems, threshold: state.threshold }),
    excluded,
    globalExclusions: global,
    negations,
    industry: input.industryCode
      ? { code: industry?.code ?? input.industryCode, recognised: industry !== null, itemsListingIt: industryItems }
      : null,
    blue: blueRelevance(
      top && { code: top.code, terms: top.evidence.terms },
      (top && state.blueLinks.get(top.code)) ?? [],
      state.data.blue?.categories ?? [],
      ev("marine"),
      ev("water"),
    ),
    transition: transitionRelevance(
      state.data.transition,
      signals?.transition.otherHeavyIndustry ?? [],
      industry,
      accepted,
      ev("sector"),
      ev("cut"),
      ev("expansion"),
    ),
  };
}
