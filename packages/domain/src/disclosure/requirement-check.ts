import type { IndicatorDef, RequiredItem } from "./definitions";
import type { IntakeProblem } from "./entry";
import type { NormalisedValue } from "./normalised-value";
import { valueProblem } from "./problems";

/** Whether the indicator has any disclosed value (its total or a breakdown), and the reason given if not. */
export function disclosureState(values: Iterable<NormalisedValue>, indicatorId: string) {
  let filled = false;
  let reason: string | null = null;
  for (const v of values) {
    if (v.indicatorId !== indicatorId) continue;
    if (v.payload) filled = true;
    else if (v.notDisclosedReason) reason = v.notDisclosedReason;
  }
  return { filled, reason };
}

/**
 * At submission: a mandatory figure must be there (an explanation turns the error into a warning a reviewer sees);
 * a comply-or-explain figure must be there or explained. Conditional and voluntary figures may be left out.
 */
export function checkRequirements(
  required: readonly RequiredItem[],
  indicators: ReadonlyMap<string, IndicatorDef>,
  values: readonly NormalisedValue[],
): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  for (const item of required) {
    if (item.level !== "mandatory" && item.level !== "comply_or_explain") continue;
    const { filled, reason } = disclosureState(values, item.indicatorId);
    if (filled) continue;
    const indicator = indicators.get(item.indicatorId) ?? { id: item.indicatorId };
    const location = { source: "form" as const, field: item.indicatorId };
    const levels = item.levels;
    const demanding = levels ? item.frameworks.filter((f) => levels[f] === item.level) : item.frameworks;
    const by = (demanding.length ? demanding : item.frameworks).join(", ");
    if (item.level === "mandatory")
      problems.push(
        reason
          ? valueProblem(
              "warning",
              "MANDATORY_EXPLAINED",
              location,
              indicator,
              "",
              `强制披露项未填报，已说明原因（${by}）`,
              `mandatory under ${by}; not disclosed, with a reason`,
            )
          : valueProblem(
              "error",
              "MANDATORY_MISSING",
              location,
              indicator,
              "",
              `${by} 要求强制披露，请填写或说明原因`,
              `mandatory under ${by}; fill it in or state why not`,
            ),
      );
    else if (!reason)
      problems.push(
        valueProblem(
          "error",
          "EXPLAIN_MISSING",
          location,
          indicator,
          "",
          `${by} 要求「不遵守就解释」，请填写或说明未披露原因`,
          `${by} asks to comply or explain; fill it in or state why not`,
        ),
      );
  }
  return problems;
}
