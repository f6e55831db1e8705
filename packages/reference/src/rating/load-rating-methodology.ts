import { deepFreeze, parseReferenceData, ReferenceDataError, readDataFile } from "../data-file";
import { type DisclosureCatalogue, loadDisclosureCatalogue } from "../disclosure/load-disclosure-catalogue";
import { type RatingMethodologyFiles, zRatingMethodologyFiles } from "./rating-methodology.schema";
import { checkRatingMethodology, resolveInputs } from "./rating-methodology-checks";

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Files = DeepReadonly<RatingMethodologyFiles>;

/** An id the methodology reads, with what the catalogue (or its own declaration) says about it. */
export interface RatingInputInfo {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly type: string;
  /** Canonical unit id of the value the engine receives, or null (boolean, enum, a year). */
  readonly unit: string | null;
  readonly origin: "catalogue" | "derived";
  /** For a derived input: how the platform computes it before rating. */
  readonly definition: string | null;
}

/**
 * One methodology version as the rating engine (packages/domain `rateUniverse`) and the documentation read it:
 * the tree with scoring rules, the industry materiality map, the grade scale, controversy and override rules, and
 * every input it reads with its unit. Frozen.
 */
export interface RatingMethodology {
  /** "enterprise-esg@2026.1" */
  readonly ref: string;
  readonly id: string;
  readonly version: string;
  readonly status: Files["meta"]["status"];
  readonly name: Files["meta"]["name"];
  readonly entityKind: Files["meta"]["entityKind"];
  readonly disclosureCatalogue: string;
  readonly about: {
    readonly standing: string;
    readonly sources: readonly string[];
    readonly verification: string;
    readonly weightsRationale: readonly string[];
    readonly notes: readonly string[];
    readonly rounding: string;
  };
  readonly inputs: readonly RatingInputInfo[];
  readonly derivedInputs: Files["tree"]["derivedInputs"];
  readonly pillars: Files["tree"]["pillars"];
  readonly materiality: Files["materiality"];
  readonly scale: Files["scale"];
  readonly controversies: Files["controversies"];
  readonly overrides: Files["overrides"];
}

export interface RatingMethodologySummary {
  readonly ref: string;
  readonly id: string;
  readonly version: string;
  readonly status: RatingMethodology["status"];
  readonly name: RatingMethodology["name"];
  readonly entityKind: RatingMethodology["entityKind"];
}

/** The raw content of one methodology version, as read from its six files. */
export interface RatingMethodologyRaw {
  meta: unknown;
  tree: unknown;
  materiality: unknown;
  scale: unknown;
  controversies: unknown;
  overrides: unknown;
}

/** Methodology versions shipped in `data/rating/<id>-<version>/`; a new version is added here and beside the others. */
export const RATING_METHODOLOGY_REFS = ["enterprise-esg@2026.1", "fund-manager-esg@2026.1"] as const;
export const DEFAULT_RATING_METHODOLOGY = "enterprise-esg@2026.1";

const REF = /^([a-z][a-z0-9-]*)@(\d{4}\.\d+)$/;

function toMethodology(files: RatingMethodologyFiles, catalogue: DisclosureCatalogue): RatingMethodology {
  const { meta, tree } = files;
  const known = resolveInputs(files, catalogue);
  const definitions = new Map(tree.derivedInputs.map((d) => [d.id, d.definition]));
  const read = new Set<string>();
  for (const p of tree.pillars)
    for (const t of p.themes)
      for (const k of t.keyIssues)
        for (const i of k.indicators)
          for (const id of i.rule.kind === "ratio" ? [i.rule.numerator, i.rule.denominator] : [i.id]) read.add(id);
  const inputs = [...read].map((id): RatingInputInfo => {
    const input = known.get(id);
    if (!input) throw new ReferenceDataError(`${meta.id}@${meta.version} reads unknown input ${id}`);
    const { name, type, unit, origin } = input;
    return { id, name, type, unit, origin, definition: definitions.get(id) ?? null };
  });
  return deepFreeze({
    ref: `${meta.id}@${meta.version}`,
    id: meta.id,
    version: meta.version,
    status: meta.status,
    name: meta.name,
    entityKind: meta.entityKind,
    disclosureCatalogue: meta.disclosureCatalogue,
    about: {
      standing: meta.standing,
      sources: meta.sources,
      verification: meta.verification,
      weightsRationale: meta.weightsRationale,
      notes: meta.notes,
      rounding: meta.rounding,
    },
    inputs,
    derivedInputs: tree.derivedInputs,
    pillars: tree.pillars,
    materiality: files.materiality,
    scale: files.scale,
    controversies: files.controversies,
    overrides: files.overrides,
  });
}

/**
 * Validates one methodology version — the files' shapes, then every cross-rule (catalogue references, weights
 * summing to exactly 100, monotone thresholds, scale bounds …) — and builds the frozen methodology.
 */
export function parseRatingMethodology(
  raw: RatingMethodologyRaw,
  catalogue: DisclosureCatalogue,
  label = "rating methodology",
): RatingMethodology {
  const files = parseReferenceData(zRatingMethodologyFiles, raw, label);
  const problems = checkRatingMethodology(files, catalogue);
  if (problems.length)
    throw new ReferenceDataError(`${label} is not valid:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return toMethodology(files, catalogue);
}

const cache = new Map<string, RatingMethodology>();

/** A shipped methodology version, e.g. `loadRatingMethodology("enterprise-esg@2026.1")`, read and validated once. */
export function loadRatingMethodology(ref: string = DEFAULT_RATING_METHODOLOGY): RatingMethodology {
  let methodology = cache.get(ref);
  if (!methodology) {
    const match = REF.exec(ref);
    if (!match) throw new RangeError(`"${ref}" is not a methodology reference like "enterprise-esg@2026.1"`);
    if (!(RATING_METHODOLOGY_REFS as readonly string[]).includes(ref))
      throw new RangeError(`No rating methodology ${ref}; available: ${RATING_METHODOLOGY_REFS.join(", ")}`);
    const [, id, version] = match;
    const dir = `rating/${id}-${version}/`;
    const raw: RatingMethodologyRaw = {
      meta: readDataFile(`${dir}meta.json`),
      tree: readDataFile(`${dir}tree.json`),
      materiality: readDataFile(`${dir}materiality.json`),
      scale: readDataFile(`${dir}scale.json`),
      controversies: readDataFile(`${dir}controversies.json`),
      overrides: readDataFile(`${dir}overrides.json`),
    };
    const catalogueVersion = (raw.meta as { disclosureCatalogue?: unknown }).disclosureCatalogue;
    const catalogue = loadDisclosureCatalogue(typeof catalogueVersion === "string" ? catalogueVersion : undefined);
    methodology = parseRatingMethodology(raw, catalogue, `rating methodology ${ref}`);
    if (methodology.ref !== ref) throw new RangeError(`${dir} says it is ${methodology.ref}`);
    cache.set(ref, methodology);
  }
  return methodology;
}

/** The shipped methodology versions, each validated. */
export function listRatingMethodologies(): RatingMethodologySummary[] {
  return RATING_METHODOLOGY_REFS.map((ref) => {
    const { id, version, status, name, entityKind } = loadRatingMethodology(ref);
    return { ref, id, version, status, name, entityKind };
  });
}
