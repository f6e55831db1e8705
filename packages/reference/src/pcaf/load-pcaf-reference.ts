import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { deepFreeze, parseReferenceData, ReferenceDataError, readDataFile } from "../data-file";
import { loadIndustryClassification } from "../industry/load-industry-classification";
import { PCAF_FILES, type PcafReferenceFiles, zPcafReferenceFiles } from "./pcaf-reference.schema";
import { checkPcafReference } from "./pcaf-reference-checks";

/** Versions shipped in `data/pcaf/pcaf-<version>/`; a new version is added beside the others, never edited. */
export const PCAF_REFERENCE_VERSIONS = ["2022.2"] as const;
export const DEFAULT_PCAF_REFERENCE = "2022.2";

type Files = PcafReferenceFiles;

/**
 * One version of the PCAF reference data as the calculation (`startPcafPortfolio` in @greenfin/domain, which reads
 * it as `PcafReferenceData`) and documentation use it. Frozen; `sha256` is the hash of the version's SHA256SUMS.
 */
export interface PcafReference {
  readonly ref: string;
  readonly version: string;
  readonly sha256: string;
  readonly meta: Files["meta"];
  readonly assetClasses: Files["method"]["assetClasses"];
  readonly attributionCap: Files["method"]["attributionCap"];
  readonly denominatorFallback: Files["method"]["denominatorFallback"];
  readonly dataQuality: Files["method"]["dataQuality"];
  readonly weightedDataQualityScore: Files["method"]["weightedDataQualityScore"];
  readonly scope3PhaseIn: Files["method"]["scope3PhaseIn"];
  readonly metrics: Files["method"]["metrics"];
  readonly sectorFactors: Files["sectorFactors"]["factors"];
  readonly buildingFactors: Files["buildingFactors"]["factors"];
  readonly vehicleFactors: Files["vehicleFactors"]["factors"];
  readonly sovereigns: Files["sovereigns"]["countries"];
  readonly industry: {
    readonly sections: readonly { readonly code: string; readonly nameZh: string; readonly nameEn: string }[];
    readonly divisionSection: Readonly<Record<string, string>>;
  };
}

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const dataUrl = (path: string) => new URL(`../../data/pcaf/${path}`, import.meta.url);

/** Every file must still have the hash SHA256SUMS pinned at release: a changed factor is a new version. */
function checkSums(dir: string): string {
  const sums = readFileSync(dataUrl(`${dir}/SHA256SUMS`), "utf8");
  const pinned = new Map(
    sums
      .trim()
      .split("\n")
      .map((line) => line.split(/\s+/).reverse() as [string, string]),
  );
  for (const file of Object.values(PCAF_FILES)) {
    const actual = sha256(readFileSync(dataUrl(`${dir}/${file}`)));
    if (pinned.get(file) !== actual)
      throw new ReferenceDataError(`pcaf ${dir}/${file} does not match its SHA256SUMS entry`);
  }
  return sha256(sums);
}

const cache = new Map<string, PcafReference>();

/** Loads, validates, checks and freezes a PCAF reference version (default: the latest). */
export function loadPcafReference(version: string = DEFAULT_PCAF_REFERENCE): PcafReference {
  const cached = cache.get(version);
  if (cached) return cached;
  if (!(PCAF_REFERENCE_VERSIONS as readonly string[]).includes(version))
    throw new ReferenceDataError(
      `Unknown PCAF reference version ${version}; known: ${PCAF_REFERENCE_VERSIONS.join(", ")}`,
    );
  const dir = `pcaf-${version}`;
  const raw = Object.fromEntries(
    Object.entries(PCAF_FILES).map(([part, file]) => [part, readDataFile(`pcaf/${dir}/${file}`)]),
  );
  const files = parseReferenceData(zPcafReferenceFiles, raw, `pcaf@${version}`);
  const industry = loadIndustryClassification();
  checkPcafReference(files, industry);
  const reference: PcafReference = deepFreeze({
    ref: `pcaf@${files.meta.version}`,
    version: files.meta.version,
    sha256: checkSums(dir),
    meta: files.meta,
    assetClasses: files.method.assetClasses,
    attributionCap: files.method.attributionCap,
    denominatorFallback: files.method.denominatorFallback,
    dataQuality: files.method.dataQuality,
    weightedDataQualityScore: files.method.weightedDataQualityScore,
    scope3PhaseIn: files.method.scope3PhaseIn,
    metrics: files.method.metrics,
    sectorFactors: files.sectorFactors.factors,
    buildingFactors: files.buildingFactors.factors,
    vehicleFactors: files.vehicleFactors.factors,
    sovereigns: files.sovereigns.countries,
    industry: {
      sections: industry.sections.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
      divisionSection: Object.fromEntries(industry.divisions.map((d) => [d.code, d.section])),
    },
  });
  cache.set(version, reference);
  return reference;
}
