import { breakdownTotalProblems } from "./breakdown-totals";
import { checkCrossFieldRules } from "./cross-field-rules";
import type { DimensionDef, IndicatorDef, RequiredItem, ValidationRuleSet } from "./definitions";
import { valueKey } from "./dimension-key";
import type { IntakeProblem, RawEntry } from "./entry";
import { normaliseEntry } from "./normalise-entry";
import type { NormalisedValue } from "./normalised-value";
import { valueProblem } from "./problems";
import { checkRequirements } from "./requirement-check";
import { yearOnYearWarnings } from "./year-on-year";

export interface ValidateDisclosureInput {
  readonly indicators: readonly IndicatorDef[];
  readonly dimensions: readonly DimensionDef[];
  readonly rules: ValidationRuleSet;
  /** What this intake brings: entries replace stored values with the same indicator and breakdown. */
  readonly entries: readonly RawEntry[];
  /** The values already saved in the draft, which the entries update. */
  readonly existing: readonly NormalisedValue[];
  readonly required: readonly RequiredItem[];
  /** Canonical values of the previous year's disclosure by `valueKey`, for the year-on-year warnings. */
  readonly previousYear: ReadonlyMap<string, string>;
  /** "save" checks what was entered; "submit" also checks that required figures are there. */
  readonly stage: "save" | "submit";
}

export interface ValidateDisclosureResult {
  /** The draft as it would be after this intake (blank entries without a reason remove a value). */
  readonly values: readonly NormalisedValue[];
  /** Keys (`valueKey`) this intake set or removed. */
  readonly changedKeys: readonly string[];
  readonly problems: readonly IntakeProblem[];
  /** True when no problem is an error: only then may anything be saved. */
  readonly ok: boolean;
}

const problemId = (p: IntakeProblem) => `${p.code}|${p.indicatorId ?? ""}|${p.dimension ?? ""}`;

function crossChecks(
  input: ValidateDisclosureInput,
  indicators: ReadonlyMap<string, IndicatorDef>,
  values: ReadonlyMap<string, NormalisedValue>,
) {
  const dimensions = new Map(input.dimensions.map((d) => [d.id, d]));
  return [
    ...breakdownTotalProblems(indicators, dimensions, values),
    ...checkCrossFieldRules(input.rules.rules, { indicators, dimensions, values }),
  ];
}

/**
 * The one validator behind the form, the workbook, the CSV file and the API. It normalises each entry (type, unit,
 * breakdown, sign), merges the entries into the draft, then checks the whole draft: breakdowns against totals,
 * the catalogue's cross-field rules, year-on-year jumps, and at submission what the frameworks require.
 * A cross-field inconsistency that was already in the draft before this intake is reported as a warning when
 * saving, so a filer can keep working on other figures; at submission every error counts.
 */
export function validateDisclosure(input: ValidateDisclosureInput): ValidateDisclosureResult {
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  const dimensions = new Map(input.dimensions.map((d) => [d.id, d]));
  const ctx = { indicators, dimensions, rules: input.rules };
  const problems: IntakeProblem[] = [];
  const before = new Map(input.existing.map((v) => [valueKey(v.indicatorId, v.dimension), v]));
  const after = new Map(before);
  const seen = new Set<string>();
  const changed: string[] = [];

  for (const entry of input.entries) {
    const { value, problems: entryProblems } = normaliseEntry(entry, ctx);
    problems.push(...entryProblems);
    if (!value) continue;
    const key = valueKey(value.indicatorId, value.dimension);
    if (seen.has(key)) {
      problems.push(
        valueProblem(
          "error",
          "DUPLICATE",
          entry.location,
          indicators.get(value.indicatorId)!,
          value.dimension,
          "同一指标和细分重复填报",
          "the same indicator and breakdown are given twice",
        ),
      );
      continue;
    }
    seen.add(key);
    changed.push(key);
    if (value.payload === null && value.notDisclosedReason === null) after.delete(key);
    else after.set(key, value);
  }

  const values = [...after.values()];
  const crossAfter = crossChecks(input, indicators, after);
  if (input.stage === "save") {
    const earlier = new Set(crossChecks(input, indicators, before).map(problemId));
    for (const p of crossAfter) problems.push(earlier.has(problemId(p)) ? { ...p, severity: "warning" } : p);
  } else {
    problems.push(...crossAfter, ...checkRequirements(input.required, indicators, values));
  }
  problems.push(
    ...yearOnYearWarnings(
      input.rules.yearOnYear,
      indicators,
      values.filter((v) => seen.has(valueKey(v.indicatorId, v.dimension)) || input.stage === "submit"),
      input.previousYear,
    ),
  );
  return { values, changedKeys: changed, problems, ok: !problems.some((p) => p.severity === "error") };
}
