import {
  canonicalNumber,
  type DemoDisclosure,
  type IntakeProblem,
  type NormalisedValue,
  type RawEntry,
  validateDisclosure,
  valueKey,
} from "@greenfin/domain";
import type { DisclosureContext } from "../disclosure/disclosure-context";

export interface CheckedValues {
  readonly values: readonly NormalisedValue[];
  readonly warnings: readonly IntakeProblem[];
}

/**
 * Runs the platform's one validator over generated entries, as the form would on saving (drafts) or the workflow on
 * submission (everything beyond a draft), so the demo never holds data the platform would refuse. A generator bug
 * stops the seed with every problem listed.
 */
export function checkEntries(
  d: DemoDisclosure,
  ctx: DisclosureContext,
  entries: readonly RawEntry[],
  stage: "save" | "submit",
  previousYear: ReadonlyMap<string, string>,
): CheckedValues {
  const result = validateDisclosure({
    indicators: ctx.items.map((i) => i.indicator),
    dimensions: ctx.catalogue.dimensions,
    rules: ctx.catalogue.rules,
    entries,
    existing: [],
    required: ctx.required,
    previousYear,
    stage,
  });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === "error").map((p) => `  ${p.code}: ${p.messageEn}`);
    throw new Error(
      `The demo disclosure of ${d.orgKey} for ${d.year} (${d.frameworks.join(", ")}) fails the ${stage} check:\n${errors.join("\n")}`,
    );
  }
  return { values: result.values, warnings: result.problems.filter((p) => p.severity === "warning") };
}

/** Canonical numbers by value key: the base of the next year's year-on-year warnings. */
export function canonicalNumbers(values: readonly NormalisedValue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) {
    const n = canonicalNumber(v);
    if (n !== null) out.set(valueKey(v.indicatorId, v.dimension), n);
  }
  return out;
}
