import { readFileSync } from "node:fs";
import { loadCarbonFactorSet } from "../carbon/load-carbon-factor-set";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { loadGreenTaxonomy } from "../green-taxonomy/load-green-taxonomy";
import { checkPinnedFiles } from "../pinned-files";
import { type BenefitExpression, parseBenefitFormula } from "./benefit-formula";
import {
  type BenefitMethodData,
  type BenefitMethodsMeta,
  type BenefitOutputData,
  zBenefitMethodsFile,
  zBenefitMethodsMeta,
} from "./benefit-methods.schema";
import { checkBenefitMethods } from "./benefit-methods-checks";

/** Versions shipped in `data/green-benefits/benefit-methods@<version>/`; a new version is added beside the others. */
export const BENEFIT_METHOD_SET_REFS = ["benefit-methods@2026.1"] as const;
export const DEFAULT_BENEFIT_METHOD_SET = "benefit-methods@2026.1";

/** An output with its formula parsed once, for the domain to evaluate. */
export type BenefitOutputMethod = BenefitOutputData & { readonly expression: BenefitExpression };
export type BenefitMethod = Omit<BenefitMethodData, "outputs"> & { readonly outputs: readonly BenefitOutputMethod[] };

/**
 * One version of the benefit methods, checked (schemas, formulas, identifiers, carbon-set references, catalogue
 * codes) and frozen. `sha256` is the hash of its SHA256SUMS, which pins every file: a changed factor is a new version.
 */
export interface BenefitMethodSet {
  readonly ref: string;
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  readonly meta: BenefitMethodsMeta;
  readonly methods: readonly BenefitMethod[];
}

const ROOT = new URL("../../data/green-benefits/", import.meta.url);

/** Validates the raw files of one version and builds the frozen set (used by the loader and by tests). */
export function parseBenefitMethodSet(raw: { meta: unknown; methods: unknown }, sha: string): BenefitMethodSet {
  const meta = parseReferenceData(zBenefitMethodsMeta, raw.meta, "green-benefits meta.json");
  const label = `${meta.id}@${meta.version}`;
  const { methods } = parseReferenceData(zBenefitMethodsFile, raw.methods, `${label} methods.json`);
  const codes = new Set(loadGreenTaxonomy().nodes.map((n) => n.code));
  const problems = checkBenefitMethods(methods, loadCarbonFactorSet(), codes);
  if (problems.length)
    throw new ReferenceDataError(`${label} is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({
    ref: label,
    id: meta.id,
    version: meta.version,
    sha256: sha,
    meta,
    methods: methods.map((m) => ({
      ...m,
      outputs: m.outputs.map((o) => ({ ...o, expression: parseBenefitFormula(o.formula) })),
    })),
  });
}

const cache = new Map<string, BenefitMethodSet>();

/** Reads a shipped version from `dir` (default: the data folder), verified against its pinned hashes. */
export function loadBenefitMethodSet(ref: string = DEFAULT_BENEFIT_METHOD_SET, root: URL = ROOT): BenefitMethodSet {
  const cached = root === ROOT ? cache.get(ref) : undefined;
  if (cached) return cached;
  if (!(BENEFIT_METHOD_SET_REFS as readonly string[]).includes(ref))
    throw new ReferenceDataError(`No benefit method set ${ref}; available: ${BENEFIT_METHOD_SET_REFS.join(", ")}`);
  const dir = new URL(`${ref}/`, root);
  const sha = checkPinnedFiles(dir, "green-benefits");
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    } catch (cause) {
      throw new ReferenceDataError(`green-benefits/${ref}/${file}: ${(cause as Error).message}`, { cause });
    }
  };
  const set = parseBenefitMethodSet({ meta: read("meta.json"), methods: read("methods.json") }, sha);
  if (set.ref !== ref) throw new ReferenceDataError(`green-benefits/${ref} says it is ${set.ref}`);
  if (root === ROOT) cache.set(ref, set);
  return set;
}
