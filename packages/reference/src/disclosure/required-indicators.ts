import { type EntityKind, REQUIREMENT_LEVELS, type RequirementLevel } from "./disclosure-catalogue.schema";
import type { DisclosureCatalogue, DisclosureIndicator, FrameworkRequirement } from "./load-disclosure-catalogue";

export interface RequiredIndicatorsQuery {
  readonly entityKind: EntityKind;
  /** Framework codes, e.g. ["SSE2024", "ISSB-S2"]. Unknown codes throw. */
  readonly frameworks: readonly string[];
  /** ISO date (YYYY-MM-DD): requirements not yet effective, or already superseded, on this day are left out. */
  readonly on: string;
}

export interface RequiredIndicator {
  readonly indicator: DisclosureIndicator;
  /** The strongest level among `requirements` (mandatory > comply_or_explain > conditional > voluntary). */
  readonly level: RequirementLevel;
  /** The chosen frameworks that ask for the indicator, in catalogue order, without repeats. */
  readonly frameworks: readonly string[];
  /** Every requirement row behind it (framework, clause, level, condition …). */
  readonly requirements: readonly FrameworkRequirement[];
}

const rank = (level: RequirementLevel) => REQUIREMENT_LEVELS.indexOf(level);

/** Whether a requirement applies on `on`: in force (no date counts as in force) and not yet superseded. */
export function requirementInForce(requirement: FrameworkRequirement, on: string): boolean {
  return (
    (requirement.effectiveFrom === null || requirement.effectiveFrom <= on) &&
    (requirement.supersededFrom === null || on < requirement.supersededFrom)
  );
}

/**
 * The indicators an entity of `entityKind` is asked for by the chosen frameworks on a day, each with its strongest
 * level across those frameworks and the frameworks and clauses that ask for it. Order: catalogue order.
 */
export function requiredIndicators(
  catalogue: DisclosureCatalogue,
  query: RequiredIndicatorsQuery,
): RequiredIndicator[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query.on) || Number.isNaN(Date.parse(query.on)))
    throw new RangeError(`"${query.on}" is not an ISO date (YYYY-MM-DD)`);
  const known = new Set(catalogue.frameworks.map((f) => f.code));
  const unknown = query.frameworks.filter((f) => !known.has(f));
  if (unknown.length) throw new RangeError(`Unknown framework code(s): ${unknown.join(", ")}`);

  const chosen = new Set(query.frameworks);
  const byIndicator = new Map<string, FrameworkRequirement[]>();
  for (const r of catalogue.requirements) {
    if (!chosen.has(r.framework) || !requirementInForce(r, query.on)) continue;
    const list = byIndicator.get(r.indicatorId);
    if (list) list.push(r);
    else byIndicator.set(r.indicatorId, [r]);
  }

  const result: RequiredIndicator[] = [];
  for (const indicator of catalogue.indicators) {
    const requirements = byIndicator.get(indicator.id);
    if (!requirements || !indicator.appliesTo.includes(query.entityKind)) continue;
    const level = requirements.reduce<RequirementLevel>(
      (best, r) => (rank(r.level) < rank(best) ? r.level : best),
      "voluntary",
    );
    result.push({ indicator, level, frameworks: [...new Set(requirements.map((r) => r.framework))], requirements });
  }
  return result;
}
