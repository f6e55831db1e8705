import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { deepFreeze, parseReferenceData, ReferenceDataError, readDataFile } from "../data-file";
import { type CarbonFactorSetFiles, zCarbonFactorSetFiles } from "./carbon-factor-set.schema";
import { checkCarbonFactorSet } from "./carbon-factor-set-checks";
import { loadActivityItems } from "./load-activity-items";

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Files = DeepReadonly<CarbonFactorSetFiles>;

/**
 * One factor-set version as the carbon accounting (packages/domain `calculateCarbonAccount`) reads it: electricity,
 * fuel, process, heat, density and spend factors, the activity item → factor map, the carbon-efficiency method and
 * the ETS reference (covered sectors, CEA prices). Frozen; every record keeps its source and verification.
 */
export interface CarbonFactorSet {
  /** "cn-carbon-factors@2026.1" */
  readonly ref: string;
  readonly id: string;
  readonly version: string;
  readonly status: Files["meta"]["status"];
  readonly name: Files["meta"]["name"];
  readonly about: {
    readonly standing: string;
    readonly sources: readonly string[];
    readonly verificationLegend: Files["meta"]["verificationLegend"];
    readonly gaps: readonly string[];
    readonly rounding: string;
  };
  readonly activityItems: Files["meta"]["activityItems"];
  readonly electricity: Files["electricity"];
  readonly fuels: Files["fuels"]["factors"];
  readonly process: Files["process"]["factors"];
  readonly heat: Files["heat"]["factors"];
  readonly densities: Files["densities"]["factors"];
  readonly spend: Files["spend"]["factors"];
  readonly items: Files["items"]["items"];
  readonly carbonEfficiency: Files["carbonEfficiency"];
  readonly ets: Files["ets"];
}

/** The raw content of one version, file by file. */
export type CarbonFactorSetRaw = Record<keyof CarbonFactorSetFiles, unknown>;

/** Versions shipped in `data/carbon/factors-<version>/`; a new version is added here, beside the others. */
export const CARBON_FACTOR_SET_VERSIONS = ["2026.1"] as const;
export const DEFAULT_CARBON_FACTOR_SET_VERSION = "2026.1";

const FILE_NAMES: Record<keyof CarbonFactorSetFiles, string> = {
  meta: "meta.json",
  electricity: "electricity.json",
  fuels: "fuels.json",
  process: "process.json",
  heat: "heat.json",
  densities: "densities.json",
  spend: "spend.json",
  items: "items.json",
  carbonEfficiency: "carbon-efficiency.json",
  ets: "ets.json",
};

/** Validates one version (shapes, then cross-checks against the activity-item catalogue) and builds the frozen set. */
export function parseCarbonFactorSet(raw: CarbonFactorSetRaw, label = "carbon factor set"): CarbonFactorSet {
  const files = parseReferenceData(zCarbonFactorSetFiles, raw, label);
  const problems = checkCarbonFactorSet(files, loadActivityItems());
  if (problems.length)
    throw new ReferenceDataError(`${label} is not valid:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  const { meta } = files;
  return deepFreeze({
    ref: `${meta.id}@${meta.version}`,
    id: meta.id,
    version: meta.version,
    status: meta.status,
    name: meta.name,
    about: {
      standing: meta.standing,
      sources: meta.sources,
      verificationLegend: meta.verificationLegend,
      gaps: meta.gaps,
      rounding: meta.rounding,
    },
    activityItems: meta.activityItems,
    electricity: files.electricity,
    fuels: files.fuels.factors,
    process: files.process.factors,
    heat: files.heat.factors,
    densities: files.densities.factors,
    spend: files.spend.factors,
    items: files.items.items,
    carbonEfficiency: files.carbonEfficiency,
    ets: files.ets,
  });
}

const cache = new Map<string, CarbonFactorSet>();

/** A shipped factor-set version, e.g. `loadCarbonFactorSet("2026.1")`, read and validated once. */
export function loadCarbonFactorSet(version: string = DEFAULT_CARBON_FACTOR_SET_VERSION): CarbonFactorSet {
  let set = cache.get(version);
  if (!set) {
    if (!(CARBON_FACTOR_SET_VERSIONS as readonly string[]).includes(version))
      throw new RangeError(`No carbon factor set ${version}; available: ${CARBON_FACTOR_SET_VERSIONS.join(", ")}`);
    const dir = `carbon/factors-${version}/`;
    const raw = Object.fromEntries(
      Object.entries(FILE_NAMES).map(([key, name]) => [key, readDataFile(dir + name)]),
    ) as CarbonFactorSetRaw;
    set = parseCarbonFactorSet(raw, `carbon factor set ${version}`);
    if (set.version !== version) throw new RangeError(`${dir} says it is version ${set.version}`);
    // The item map copies the catalogue's units; a changed catalogue must come with a new factor-set version.
    const catalogueHash = createHash("sha256")
      .update(readFileSync(new URL("../../data/carbon/activity-items.json", import.meta.url)))
      .digest("hex");
    if (catalogueHash !== set.activityItems.sha256)
      throw new ReferenceDataError(`${dir}meta.json pins activity-items.json by a hash that no longer matches`);
    cache.set(version, set);
  }
  return set;
}
