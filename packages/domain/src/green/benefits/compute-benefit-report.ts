import { Dec, fixed } from "../../rating/rating-decimal";
import { type BenefitFigure, evaluateBenefitExpression, substituteBenefitExpression } from "./benefit-expression";
import type {
  BenefitExpressionNode,
  BenefitFactorDef,
  BenefitFactorResolution,
  BenefitFactorUse,
  BenefitLine,
  BenefitLineResult,
  BenefitMethodDef,
  BenefitMethodSetData,
  BenefitReportData,
  ResolvedBenefitFactor,
} from "./benefit-types";

/** A published figure: rounded half-even to the output's places, trailing zeros dropped ("63672", "0.5"). */
export function publishBenefitValue(value: Dec, places: number): string {
  const text = fixed(value, places);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** The factor's value: written in the data, or resolved by the caller from the carbon factor set. */
export function benefitFactorValue(f: BenefitFactorDef, resolution: BenefitFactorResolution): ResolvedBenefitFactor {
  if ("value" in f) return f;
  const resolved = f.from === "grid" ? resolution.grid : resolution.carbon[f.id ?? ""];
  if (!resolved) throw new Error(`benefit factor ${f.key} (${f.from} ${f.id ?? ""}) was not resolved`);
  if (resolved.unit !== f.unit)
    throw new Error(`benefit factor ${f.key} is declared in ${f.unit}, resolved in ${resolved.unit}`);
  return resolved;
}

const namesIn = (node: BenefitExpressionNode, into: Set<string>): Set<string> => {
  if (node.kind === "name") into.add(node.name);
  else if (node.kind === "binary") namesIn(node.right, namesIn(node.left, into));
  return into;
};

/** Whether a method takes the grid factor (the report then says which one). */
export const usesGridFactor = (m: BenefitMethodDef): boolean => m.factors.some((f) => "from" in f && f.from === "grid");

function computeLine(method: BenefitMethodDef, line: BenefitLine, resolution: BenefitFactorResolution) {
  const figures = new Map<string, BenefitFigure>();
  const inputs = method.inputs.map((input) => {
    const value = new Dec(line.inputs[input.key] ?? input.default ?? "0");
    figures.set(input.key, { value, unit: input.unit });
    return { key: input.key, nameZh: input.nameZh, nameEn: input.nameEn, value: value.toFixed(), unit: input.unit };
  });
  const factorUses = new Map<string, BenefitFactorUse>();
  for (const f of method.factors) {
    const { value, unit, source, verification } = benefitFactorValue(f, resolution);
    figures.set(f.key, { value: new Dec(value), unit });
    factorUses.set(f.key, { key: f.key, nameZh: f.nameZh, nameEn: f.nameEn, value, unit, source, verification });
  }
  const outputs = method.outputs.map((o) => {
    const value = publishBenefitValue(evaluateBenefitExpression(o.expression, figures), o.places);
    const used = [...namesIn(o.expression, new Set())];
    const result = {
      key: o.key,
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      value,
      unit: o.unit,
      formula: o.formula,
      substituted: substituteBenefitExpression(o.expression, figures),
      factors: used.flatMap((k) => factorUses.get(k) ?? []),
    };
    // Later formulas use the published figure, so every step can be redone by hand from the report.
    figures.set(o.key, { value: new Dec(value), unit: o.unit });
    return result;
  });
  return { method: method.key, nameZh: method.nameZh, nameEn: method.nameEn, inputs, outputs };
}

/** Per output key, the sum of the lines' published values; a key whose units differ between lines is not added. */
function totalsOf(lines: readonly BenefitLineResult[]): BenefitReportData["totals"] {
  const totals = new Map<string, { key: string; nameZh: string; nameEn: string; value: Dec; unit: string }>();
  const mixed = new Set<string>();
  for (const o of lines.flatMap((l) => l.outputs)) {
    const t = totals.get(o.key);
    if (!t)
      totals.set(o.key, { key: o.key, nameZh: o.nameZh, nameEn: o.nameEn, value: new Dec(o.value), unit: o.unit });
    else if (t.unit !== o.unit) mixed.add(o.key);
    else t.value = t.value.plus(o.value);
  }
  return [...totals.values()].filter((t) => !mixed.has(t.key)).map((t) => ({ ...t, value: t.value.toFixed() }));
}

/**
 * The benefit report for lines that passed `checkBenefitLines`: per line the inputs with units, per output the
 * value, formula, substituted figures and the factors used; totals per output key; the method set's identity; the
 * grid factor when a line used it.
 */
export function computeBenefitReport(
  set: BenefitMethodSetData,
  lines: readonly BenefitLine[],
  resolution: BenefitFactorResolution,
): BenefitReportData {
  const methods = new Map(set.methods.map((m) => [m.key, m]));
  const used = lines.map((l) => {
    const m = methods.get(l.method);
    if (!m) throw new Error(`unknown benefit method ${l.method}: check the lines first`);
    return m;
  });
  const results = lines.map((line, i) => computeLine(used[i] as BenefitMethodDef, line, resolution));
  const grid = used.some(usesGridFactor) ? resolution.grid : undefined;
  return {
    methodSet: { id: set.id, version: set.version, sha256: set.sha256 },
    gridFactor: grid
      ? { region: grid.region, year: grid.year, value: grid.value, unit: grid.unit, source: grid.source }
      : null,
    lines: results,
    totals: totalsOf(results),
  };
}
