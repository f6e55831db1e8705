import type { TBenefitLineInput, TBenefitReport, zBenefitMethodSet } from "@greenfin/contracts";
import { checkBenefitLines, computeBenefitReport, usesGridFactor } from "@greenfin/domain";
import { loadBenefitMethodSet, loadCarbonFactorSet } from "@greenfin/reference";
import type { z } from "zod";
import { AppError } from "../../errors/app-error";
import { resolveBenefitFactors } from "./resolve-benefit-factors";

/** The benefit methods the forms offer (names, inputs with units, outputs, catalogue codes) and the set's identity. */
export function benefitMethodSet(): z.infer<typeof zBenefitMethodSet> {
  const set = loadBenefitMethodSet();
  return {
    id: set.id,
    version: set.version,
    sha256: set.sha256,
    methods: set.methods.map((m) => ({
      key: m.key,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      descriptionZh: m.descriptionZh,
      descriptionEn: m.descriptionEn,
      inputs: m.inputs.map(({ key, nameZh, nameEn, unit, required }) => ({ key, nameZh, nameEn, unit, required })),
      outputs: m.outputs.map(({ key, nameZh, nameEn, unit }) => ({ key, nameZh, nameEn, unit })),
      categories: [...m.categories],
    })),
  };
}

/**
 * Computes every line with the shipped method set and the carbon factor set's national grid factor for `year`
 * (latest when not given). Bad input → one AppError.validation listing every problem under `path` (default
 * "lines"), e.g. `expectedBenefits[0].inputs.generation_mwh`. Pure apart from reading the pinned reference data.
 */
export function computeProjectBenefits(
  lines: TBenefitLineInput[],
  opts: { year?: number; path?: string } = {},
): TBenefitReport {
  const set = loadBenefitMethodSet();
  const problems = checkBenefitLines(set, lines, opts.path ?? "lines");
  if (problems.length) throw AppError.validation(problems);
  const methods = set.methods.filter((m) => lines.some((l) => l.method === m.key));
  const resolution = resolveBenefitFactors(loadCarbonFactorSet(), methods, opts.year);
  if (!resolution.grid && methods.some(usesGridFactor))
    throw AppError.validation([
      {
        path: "year",
        messageZh: `碳因子库中没有 ${opts.year} 年或更早的全国电网平均排放因子`,
        messageEn: `The carbon factor set has no national grid factor for ${opts.year} or earlier`,
      },
    ]);
  const report = computeBenefitReport(set, lines, resolution);
  // The domain returns read-only arrays; the contract's type has mutable ones.
  return {
    ...report,
    lines: report.lines.map((l) => ({
      ...l,
      inputs: [...l.inputs],
      outputs: l.outputs.map((o) => ({ ...o, factors: [...o.factors] })),
    })),
    totals: [...report.totals],
  };
}
