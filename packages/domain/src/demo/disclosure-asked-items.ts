import type { RequirementLevel } from "../disclosure/definitions";
import type {
  DemoEntityKind,
  DemoIndicatorDef,
  DemoRequirement,
  GenerateDisclosureHistoryInput,
} from "./disclosure-history-types";

/** One indicator a disclosure template asks for, with the strongest level among the chosen frameworks. */
export interface AskedItem {
  readonly indicator: DemoIndicatorDef;
  readonly level: RequirementLevel;
}

const STRENGTH: readonly RequirementLevel[] = ["mandatory", "comply_or_explain", "conditional", "voluntary"];

const inForce = (r: DemoRequirement, on: string) =>
  (r.effectiveFrom === null || r.effectiveFrom <= on) && (r.supersededFrom === null || on < r.supersededFrom);

/**
 * What a template asks of an entity for a period ending `on`, in catalogue order: the same selection the reference
 * package's `requiredIndicators` makes (a test holds the two together), so that generated values fit the template
 * the platform will build for the disclosure.
 */
export function askedItems(
  catalogue: GenerateDisclosureHistoryInput["catalogue"],
  entityKind: DemoEntityKind,
  frameworks: readonly string[],
  on: string,
): AskedItem[] {
  const chosen = new Set(frameworks);
  const level = new Map<string, RequirementLevel>();
  for (const r of catalogue.requirements) {
    if (!chosen.has(r.framework) || !inForce(r, on)) continue;
    const prev = level.get(r.indicatorId);
    if (!prev || STRENGTH.indexOf(r.level) < STRENGTH.indexOf(prev)) level.set(r.indicatorId, r.level);
  }
  const items: AskedItem[] = [];
  for (const indicator of catalogue.indicators) {
    const l = level.get(indicator.id);
    if (l && indicator.appliesTo.includes(entityKind)) items.push({ indicator, level: l });
  }
  return items;
}
