import type { RequirementLevel } from "../disclosure/definitions";
import type { RawEntry } from "../disclosure/entry";
import type { SeededRandom } from "../random/seeded-random";
import type { AskedItem } from "./disclosure-asked-items";
import type { Fact, FactSheet } from "./disclosure-facts";
import type { OrgProfile } from "./disclosure-profile";
import { notApplicableReason, notDisclosedReason, type TextContext, textFor } from "./disclosure-texts";

/** Figures every filer gives when its template asks for them: without them a disclosure says nothing. */
const CORE = new Set([
  "X-CTX-001",
  "X-CTX-002",
  "X-CTX-003",
  "X-CTX-004",
  "X-CTX-005",
  "G-GOV-001",
  "G-GOV-009",
  "E-GHG-001",
  "E-GHG-002",
  "E-GHG-004",
  "E-GHG-014",
  "E-ENE-001",
  "E-ENE-002",
  "E-ENE-003",
  "E-ENE-004",
  "E-ENE-007",
  "S-EMP-001",
  "S-EMP-002",
  "S-EMP-003",
  "F-OPS-001",
  "F-FIN-007",
  "F-FIN-008",
  "M-FND-006",
  "M-FND-007",
]);

/** A yes answer to the first asks for the second (the catalogue's required_if rules). */
const REQUIRES: readonly (readonly [string, string])[] = [
  ["G-GOV-010", "G-GOV-011"],
  ["E-CLI-006", "E-CLI-007"],
];

/** Text indicators that have an answer only when the facts give one (scenarios only after a scenario analysis). */
const TEXT_FROM_FACTS_ONLY = new Set(["E-CLI-007"]);

const BASE: Record<RequirementLevel, number> = {
  mandatory: 0.5,
  comply_or_explain: 0.3,
  conditional: 0.02,
  voluntary: 0.01,
};

const needsReason = (level: RequirementLevel) => level === "mandatory" || level === "comply_or_explain";

/** What a filer does with one asked item: gives the figures, explains why not, or leaves it out. */
export type Decision =
  | { readonly indicatorId: string; readonly fill: true }
  | { readonly indicatorId: string; readonly fill: false; readonly reason: string };

/** The facts for an item, with the generic report pointer for text indicators that have no specific facts. */
function factsFor(item: AskedItem, sheet: FactSheet, text: TextContext): readonly Fact[] | undefined {
  const facts = sheet.get(item.indicator.id);
  if (facts || item.indicator.type !== "text" || TEXT_FROM_FACTS_ONLY.has(item.indicator.id)) return facts;
  return [{ dimension: "", value: textFor(item.indicator.id, item.indicator.topic.zh, text), unit: null }];
}

/**
 * Which asked items the filer discloses: core figures always, others with a probability growing with its maturity
 * and the strength of the requirement (each indicator keeps its own draw, so a firm discloses much the same every
 * year); mandatory and comply-or-explain items left out get a reason, so the disclosure passes submission.
 */
export function decide(
  items: readonly AskedItem[],
  sheet: FactSheet,
  profile: OrgProfile,
  progress: number,
  text: TextContext,
): Decision[] {
  const decisions = new Map<string, Decision>();
  const asked = new Set(items.map((i) => i.indicator.id));
  for (const item of items) {
    const id = item.indicator.id;
    const facts = factsFor(item, sheet, text);
    const base = BASE[item.level];
    // Squared: small firms disclose little beyond what they must, large ones nearly everything.
    const p = Math.min(0.98, base + (1 - base) * profile.maturity ** 2 + 0.05 * progress);
    if (facts && (CORE.has(id) || (profile.propensity.get(id) ?? 1) < p))
      decisions.set(id, { indicatorId: id, fill: true });
    else if (needsReason(item.level))
      decisions.set(id, {
        indicatorId: id,
        fill: false,
        reason: facts
          ? notDisclosedReason(id, item.indicator.unit, text)
          : notApplicableReason(id, item.indicator.topic.zh, text),
      });
  }
  for (const [trigger, dependent] of REQUIRES) {
    const said = decisions.get(trigger)?.fill && sheet.get(trigger)?.[0]?.value === true;
    if (!said) continue;
    if (asked.has(dependent) && sheet.get(dependent)) decisions.set(dependent, { indicatorId: dependent, fill: true });
    else decisions.delete(trigger);
  }
  return items.map((i) => decisions.get(i.indicator.id)).filter((d): d is Decision => d !== undefined);
}

/** The raw entries for the decisions, from a sheet of facts (the correct one, or one with a slip in it). */
export function materialise(
  decisions: readonly Decision[],
  items: readonly AskedItem[],
  sheet: FactSheet,
  text: TextContext,
): RawEntry[] {
  const byId = new Map(items.map((i) => [i.indicator.id, i]));
  const entries: RawEntry[] = [];
  for (const d of decisions) {
    const item = byId.get(d.indicatorId) as AskedItem;
    if (!d.fill) {
      entries.push({
        indicatorId: d.indicatorId,
        dimension: "",
        value: null,
        unit: null,
        notDisclosedReason: d.reason,
        location: { source: "form", field: d.indicatorId },
      });
      continue;
    }
    const numeric = item.indicator.type === "number" || item.indicator.type === "percent";
    for (const f of factsFor(item, sheet, text) ?? []) {
      const key = f.dimension ? `${d.indicatorId}#${f.dimension}` : d.indicatorId;
      entries.push({
        indicatorId: d.indicatorId,
        dimension: f.dimension,
        value: f.value,
        unit: f.unit ?? (numeric ? item.indicator.unit : null),
        location: { source: "form", field: key },
      });
    }
  }
  return entries;
}

/**
 * A draft left half done: the first part of the template filled in, no explanations yet. A yes that asks for a
 * follow-up answer is held back until the follow-up is there, as the form would refuse it.
 */
export function unfinished(rng: SeededRandom, entries: readonly RawEntry[]): RawEntry[] {
  const filled = entries.filter((e) => e.value !== null);
  const ids = [...new Set(filled.map((e) => e.indicatorId))];
  const keep = new Set(ids.slice(0, Math.max(1, Math.round(ids.length * (0.3 + 0.4 * rng.unit())))));
  const kept = filled.filter((e) => keep.has(e.indicatorId));
  const has = new Set(kept.map((e) => e.indicatorId));
  const held = new Set(REQUIRES.filter(([t, dep]) => has.has(t) && !has.has(dep)).map(([t]) => t));
  return kept.filter((e) => !held.has(e.indicatorId));
}
