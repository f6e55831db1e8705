import type { RequiredItem } from "./definitions";
import type { NormalisedValue } from "./normalised-value";
import { disclosureState } from "./requirement-check";

export interface FrameworkCompleteness {
  readonly framework: string;
  readonly mandatoryTotal: number;
  readonly mandatoryFilled: number;
  /** Mandatory or comply-or-explain items left out with a stated reason. */
  readonly explained: number;
  readonly allTotal: number;
  readonly allFilled: number;
}

/**
 * Per framework: how many of its mandatory indicators, and of all indicators it asks of this kind of entity, have a
 * disclosed value. An indicator counts once per framework whatever its breakdowns. `level` of an item is the
 * strongest across the chosen frameworks, so the mandatory count per framework uses that framework's own level.
 */
export function completenessByFramework(
  required: readonly (RequiredItem & { readonly levels: Readonly<Record<string, RequiredItem["level"]>> })[],
  values: readonly NormalisedValue[],
): FrameworkCompleteness[] {
  const frameworks = [...new Set(required.flatMap((r) => r.frameworks))];
  const state = new Map(required.map((r) => [r.indicatorId, disclosureState(values, r.indicatorId)]));
  return frameworks.map((framework) => {
    const items = required.filter((r) => r.frameworks.includes(framework));
    const mandatory = items.filter((r) => r.levels[framework] === "mandatory");
    const explainable = items.filter(
      (r) => r.levels[framework] === "mandatory" || r.levels[framework] === "comply_or_explain",
    );
    return {
      framework,
      mandatoryTotal: mandatory.length,
      mandatoryFilled: mandatory.filter((r) => state.get(r.indicatorId)?.filled).length,
      explained: explainable.filter((r) => !state.get(r.indicatorId)?.filled && state.get(r.indicatorId)?.reason)
        .length,
      allTotal: items.length,
      allFilled: items.filter((r) => state.get(r.indicatorId)?.filled).length,
    };
  });
}
