import { ReferenceDataError } from "../data-file";
import type { IndustryClassification } from "../industry/load-industry-classification";
import { PCAF_ASSET_CLASS_IDS, type PcafReferenceFiles } from "./pcaf-reference.schema";

/**
 * What the schema cannot say: every asset class once, each pointing at a DQ table whose evidence names options the
 * table lists; sector codes the classification knows; one default building type per real-estate class and one
 * default vehicle; unique ids.
 */
export function checkPcafReference(files: PcafReferenceFiles, industry: IndustryClassification): void {
  const problems: string[] = [];
  const { method } = files;
  const classes = method.assetClasses.map((c) => c.id);
  for (const id of PCAF_ASSET_CLASS_IDS)
    if (classes.filter((c) => c === id).length !== 1) problems.push(`asset class ${id} must be listed exactly once`);
  const tables = new Map(method.dataQuality.tables.map((t) => [t.id, t]));
  for (const c of method.assetClasses)
    if (!tables.has(c.dataQualityTable)) problems.push(`${c.id}: unknown data-quality table ${c.dataQualityTable}`);
  for (const t of method.dataQuality.tables)
    for (const e of t.evidence)
      if (!t.rows.some((r) => r.option === e.option))
        problems.push(`DQ table ${t.id}: ${e.evidence} → unknown option "${e.option}"`);

  const sections = new Set(industry.sections.map((s) => s.code));
  const divisions = new Map(industry.divisions.map((d) => [d.code, d.section]));
  const known = (code: string) =>
    code.length === 1 ? sections.has(code) : divisions.get(code.slice(1)) === code.slice(0, 1);
  for (const f of files.sectorFactors.factors)
    if (!known(f.code)) problems.push(`${f.id}: unknown GB/T 4754 code ${f.code}`);
  for (const p of method.scope3PhaseIn)
    for (const code of p.gbt4754Codes)
      if (code !== "*" && !known(code)) problems.push(`scope 3 phase-in ${p.fromYear}: unknown code ${code}`);
  for (const f of files.sectorFactors.factors)
    if (!files.sectorFactors.factors.some((g) => g.code === f.code && g.basis !== f.basis))
      problems.push(`${f.code} has a ${f.basis} factor but no ${f.basis === "revenue" ? "asset" : "revenue"} factor`);

  for (const kind of ["commercial_real_estate", "mortgage"])
    if (files.buildingFactors.factors.filter((b) => b.defaultFor === kind).length !== 1)
      problems.push(`exactly one building type must be the default for ${kind}`);
  if (files.vehicleFactors.factors.filter((v) => v.default).length !== 1)
    problems.push("exactly one vehicle type must be the default");

  const ids = [
    ...files.sectorFactors.factors,
    ...files.buildingFactors.factors,
    ...files.vehicleFactors.factors,
    ...files.sovereigns.countries,
  ].map((r) => r.id);
  for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`id ${id} is used twice`);
  if (problems.length > 0)
    throw new ReferenceDataError(`pcaf@${files.meta.version} is not consistent:\n${problems.join("\n")}`);
}
