import { deepFreeze, parseReferenceData, readDataFile } from "../data-file";
import {
  type CrossFieldRuleData,
  type DimensionData,
  type DisclosureCatalogueFiles,
  type EntityKind,
  type IndicatorType,
  type RequirementLevel,
  zDisclosureCatalogueFiles,
} from "./disclosure-catalogue.schema";

export interface DisclosureIndicator {
  readonly id: string;
  readonly pillar: "E" | "S" | "G";
  readonly topic: { readonly zh: string; readonly en: string };
  readonly name: { readonly zh: string; readonly en: string };
  readonly type: IndicatorType;
  /** Canonical unit id of the domain's units table, or null (text, boolean, enum, calendar years, mixed units). */
  readonly unit: string | null;
  /** The unit text of the source CSV, e.g. "万元 (CNY 10k)". */
  readonly unitLabel: string | null;
  readonly enumOptions: readonly string[] | null;
  readonly multiSelect: boolean;
  readonly appliesTo: readonly EntityKind[];
  /** Dimension names a value is broken down by (scope3_category, gender, fuel_type …). */
  readonly breakdowns: readonly string[];
  /** The CSV's raw `standards` tags, kept for tracing; use `requirements` instead. */
  readonly standardsTags: readonly string[];
  readonly notes: string | null;
  readonly source: string;
  readonly verification: string;
}

export interface FrameworkRequirement {
  readonly indicatorId: string;
  readonly framework: string;
  readonly clause: string;
  readonly level: RequirementLevel;
  /** ISO date from which the requirement applies; null when the sources give no date (treated as in force). */
  readonly effectiveFrom: string | null;
  /** ISO date from which the clause no longer applies (e.g. GRI 305 from 2027-01-01), or null. */
  readonly supersededFrom: string | null;
  readonly condition: string | null;
  readonly verification: string;
  /** The CSV tag this row was derived from, e.g. "ISSB-S2.29a". */
  readonly sourceTag: string;
}

export interface DisclosureFramework {
  readonly code: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly issuer: string;
  readonly effectiveFrom: string | null;
  readonly scope: string;
  readonly verification: string;
  readonly source: string;
}

export interface DisclosureCatalogue {
  readonly version: string;
  readonly status: "draft" | "released";
  readonly sources: readonly string[];
  readonly verification: string;
  readonly levelDerivation: readonly string[];
  readonly indicators: readonly DisclosureIndicator[];
  readonly requirements: readonly FrameworkRequirement[];
  readonly frameworks: readonly DisclosureFramework[];
  readonly units: readonly { readonly id: string; readonly dimension: string }[];
  /** Breakdown dimensions with their members (closed) or none (open: the filer names the member). */
  readonly dimensions: readonly DimensionData[];
  /** Cross-field rules, year-on-year threshold, and sign/whole-number rules the validator applies. */
  readonly rules: {
    readonly yearOnYear: {
      readonly warnAboveRelativeChange: string;
      readonly minimumBase: string;
      readonly explain: { readonly zh: string; readonly en: string };
    };
    readonly allowNegative: readonly string[];
    readonly wholeNumberUnits: readonly string[];
    readonly rules: readonly CrossFieldRuleData[];
    readonly verification: string;
  };
}

export const DEFAULT_DISCLOSURE_CATALOGUE_VERSION = "2026.1";

/** The raw content of one catalogue version, as read from its five files. */
export interface DisclosureCatalogueRaw {
  meta: unknown;
  indicators: unknown;
  requirements: unknown;
  frameworks: unknown;
  units: unknown;
  dimensions: unknown;
  rules: unknown;
}

function toCatalogue(files: DisclosureCatalogueFiles): DisclosureCatalogue {
  const { meta } = files;
  return deepFreeze({
    version: meta.version,
    status: meta.status,
    sources: meta.sources,
    verification: meta.verification,
    levelDerivation: meta.levelDerivation,
    indicators: files.indicators,
    requirements: files.requirements,
    frameworks: files.frameworks,
    units: files.units,
    dimensions: files.dimensions,
    rules: files.rules,
  });
}

/** Validates the content of a catalogue version (shape and cross-references) and builds the frozen catalogue. */
export function parseDisclosureCatalogue(
  raw: DisclosureCatalogueRaw,
  label = "disclosure catalogue",
): DisclosureCatalogue {
  return toCatalogue(parseReferenceData(zDisclosureCatalogueFiles, raw, label));
}

const cache = new Map<string, DisclosureCatalogue>();

/** A released catalogue version shipped in `data/disclosure/`, read and validated once per process. */
export function loadDisclosureCatalogue(version: string = DEFAULT_DISCLOSURE_CATALOGUE_VERSION): DisclosureCatalogue {
  let catalogue = cache.get(version);
  if (!catalogue) {
    if (!/^\d{4}\.\d+$/.test(version)) throw new RangeError(`"${version}" is not a catalogue version like "2026.1"`);
    const dir = `disclosure/catalogue-${version}/`;
    catalogue = parseDisclosureCatalogue(
      {
        meta: readDataFile(`${dir}meta.json`),
        indicators: readDataFile(`${dir}indicators.json`),
        requirements: readDataFile(`${dir}framework-requirements.json`),
        frameworks: readDataFile(`${dir}frameworks.json`),
        units: readDataFile(`${dir}units.json`),
        dimensions: (readDataFile(`${dir}dimensions.json`) as { dimensions: unknown }).dimensions,
        rules: readDataFile(`${dir}validation-rules.json`),
      },
      `disclosure catalogue ${version}`,
    );
    if (catalogue.version !== version)
      throw new RangeError(`catalogue-${version} says it is version ${catalogue.version}`);
    cache.set(version, catalogue);
  }
  return catalogue;
}
