import type { CarbonFactorSet } from "../carbon/load-carbon-factor-set";
import { BenefitFormulaError, formulaNames, parseBenefitFormula } from "./benefit-formula";
import type { BenefitMethodData } from "./benefit-methods.schema";

/** The unit the grid factor comes in (the carbon set's electricity factors). */
export const GRID_FACTOR_UNIT = "tCO2/MWh";

/**
 * Cross-record rules the schema cannot state: unique keys, formulas that parse and use only inputs, factors and
 * earlier outputs, every input used, referenced carbon-set records that exist in the declared unit, catalogue codes
 * that exist, and the shared CO2 output key. Returns every problem found.
 */
export function checkBenefitMethods(
  methods: readonly BenefitMethodData[],
  carbon: CarbonFactorSet,
  catalogueCodes: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const carbonRecords = new Map<string, string>(
    [...carbon.fuels, ...carbon.densities].map((r) => [r.id, r.unit] as [string, string]),
  );
  for (const m of methods) {
    const at = (what: string) => problems.push(`method ${m.key}: ${what}`);
    if (seen.has(m.key)) at("duplicate method key");
    seen.add(m.key);
    const keys = [...m.inputs.map((i) => i.key), ...m.factors.map((f) => f.key), ...m.outputs.map((o) => o.key)];
    for (const k of new Set(keys)) if (keys.indexOf(k) !== keys.lastIndexOf(k)) at(`key ${k} is used twice`);
    for (const input of m.inputs)
      if (!input.required && input.default === undefined) at(`optional input ${input.key} has no default`);
    const inputKeys = new Set(m.inputs.map((i) => i.key));
    for (const k of m.atLeastOne ?? [])
      if (!inputKeys.has(k) || m.inputs.find((i) => i.key === k)?.required)
        at(`atLeastOne names ${k}, which is not an optional input`);
    for (const c of m.constraints ?? [])
      for (const k of [c.left, c.right]) if (!inputKeys.has(k)) at(`constraint names ${k}, which is not an input`);
    for (const code of m.categories) if (!catalogueCodes.has(code)) at(`category ${code} is not in the catalogue`);
    for (const f of m.factors) {
      if (!("from" in f)) continue;
      if (f.from === "grid" && (f.id !== undefined || f.unit !== GRID_FACTOR_UNIT))
        at(`grid factor ${f.key} must have unit ${GRID_FACTOR_UNIT} and no id`);
      if (f.from === "carbon") {
        const unit = f.id === undefined ? undefined : carbonRecords.get(f.id);
        if (unit === undefined) at(`factor ${f.key} names carbon record ${f.id ?? "(none)"}, which does not exist`);
        else if (unit !== f.unit) at(`factor ${f.key} declares unit ${f.unit}; carbon record ${f.id} is in ${unit}`);
      }
    }
    const known = new Set([...inputKeys, ...m.factors.map((f) => f.key)]);
    const used = new Set<string>();
    for (const o of m.outputs) {
      try {
        for (const name of formulaNames(parseBenefitFormula(o.formula))) {
          used.add(name);
          if (!known.has(name)) at(`output ${o.key}: unknown identifier ${name} in "${o.formula}"`);
        }
      } catch (e) {
        if (!(e instanceof BenefitFormulaError)) throw e;
        at(`output ${o.key}: formula "${o.formula}" is not valid: ${e.message}`);
      }
      known.add(o.key);
      if (o.key === "co2_reduction_t" && o.unit !== "tCO2") at("co2_reduction_t must be in tCO2");
      if (o.unit === "tCO2" && o.key !== "co2_reduction_t") at(`CO2 output ${o.key} must be keyed co2_reduction_t`);
    }
    for (const k of [...inputKeys, ...m.factors.map((f) => f.key)])
      if (!used.has(k)) at(`${k} is declared but no formula uses it`);
  }
  return problems;
}
