import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { type IndustryClassification, loadIndustryClassification } from "../industry/load-industry-classification";
import { checkPinnedDirectory, readGreenJson } from "./green-data-files";
import {
  type GreenCatalogueMeta,
  type GreenTaxonomyNode,
  zCatalogueMeta,
  zTaxonomyTree,
} from "./green-taxonomy.schema";
import { checkTaxonomyTree, type LevelCoverage, leafCodes, levelCoverage } from "./green-taxonomy-checks";

/** Catalogue versions shipped in `data/green-taxonomy/<id>@<version>/`; a new version is added beside the others. */
export const GREEN_TAXONOMY_REFS = [
  "cn-green-2025@2026.1",
  "cn-green-bond-2021@2026.1",
  "cn-green-industry-2024@2026.1",
] as const;
export type GreenTaxonomyRef = (typeof GREEN_TAXONOMY_REFS)[number];
/** 《绿色金融支持项目目录（2025年版）》, the catalogue green identification classifies against. */
export const DEFAULT_GREEN_TAXONOMY: GreenTaxonomyRef = "cn-green-2025@2026.1";

/**
 * One catalogue version: its meta (document, stated counts, facts, gaps, verification legend) and its tree, checked
 * (unique codes, parent/child consistency, numbering, level totals against the stated counts, GB/T 4754 classes) and
 * frozen. `coverage` says per level how many nodes the data holds against the stated total: a partial catalogue
 * (cn-green-industry-2024) is not padded. `sha256` names the exact files (hash of SHA256SUMS).
 */
export interface GreenTaxonomy {
  readonly ref: string;
  readonly id: string;
  readonly version: string;
  readonly sha256: string | null;
  readonly meta: GreenCatalogueMeta;
  readonly nodes: readonly GreenTaxonomyNode[];
  readonly coverage: LevelCoverage;
  /** Codes of the deepest level (the eligible activities), in catalogue order. */
  readonly leafCodes: readonly string[];
}

/** The raw files of one catalogue version. */
export interface GreenTaxonomyRaw {
  meta: unknown;
  tree: unknown;
}

/** Validates one catalogue version (schemas, then the tree checks) and builds the frozen taxonomy. */
export function parseGreenTaxonomy(
  raw: GreenTaxonomyRaw,
  industry: IndustryClassification = loadIndustryClassification(),
  sha256: string | null = null,
): GreenTaxonomy {
  const meta = parseReferenceData(zCatalogueMeta, raw.meta, "green taxonomy meta.json");
  const label = `${meta.id}@${meta.version}`;
  const { nodes } = parseReferenceData(zTaxonomyTree, raw.tree, `${label} tree.json`);
  const problems = checkTaxonomyTree(meta, nodes, industry);
  if (problems.length)
    throw new ReferenceDataError(`${label} is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({
    ref: label,
    id: meta.id,
    version: meta.version,
    sha256,
    meta,
    nodes,
    coverage: levelCoverage(meta, nodes),
    leafCodes: leafCodes(meta, nodes),
  });
}

const cache = new Map<string, GreenTaxonomy>();

/** A shipped catalogue version, e.g. `loadGreenTaxonomy("cn-green-2025@2026.1")`, read, verified and checked once. */
export function loadGreenTaxonomy(ref: string = DEFAULT_GREEN_TAXONOMY): GreenTaxonomy {
  let taxonomy = cache.get(ref);
  if (!taxonomy) {
    if (!(GREEN_TAXONOMY_REFS as readonly string[]).includes(ref))
      throw new RangeError(`No green taxonomy ${ref}; available: ${GREEN_TAXONOMY_REFS.join(", ")}`);
    const dir = `${ref}/`;
    const sha256 = checkPinnedDirectory(dir);
    taxonomy = parseGreenTaxonomy(
      { meta: readGreenJson(dir, "meta.json"), tree: readGreenJson(dir, "tree.json") },
      undefined,
      sha256,
    );
    if (taxonomy.ref !== ref) throw new ReferenceDataError(`green-taxonomy/${dir} says it is ${taxonomy.ref}`);
    cache.set(ref, taxonomy);
  }
  return taxonomy;
}

interface TaxonomyIndex {
  byCode: Map<string, GreenTaxonomyNode>;
  children: Map<string | null, GreenTaxonomyNode[]>;
}
const indexes = new WeakMap<GreenTaxonomy, TaxonomyIndex>();

function indexOf(taxonomy: GreenTaxonomy): TaxonomyIndex {
  let index = indexes.get(taxonomy);
  if (!index) {
    const children = new Map<string | null, GreenTaxonomyNode[]>();
    for (const n of taxonomy.nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
    index = { byCode: new Map(taxonomy.nodes.map((n) => [n.code, n])), children };
    indexes.set(taxonomy, index);
  }
  return index;
}

/** A node by its code ("4.2.1"), or undefined. */
export function greenTaxonomyNode(taxonomy: GreenTaxonomy, code: string): GreenTaxonomyNode | undefined {
  return indexOf(taxonomy).byCode.get(code);
}

/** The children of a node in catalogue order; `null` gives the level-1 categories. */
export function greenTaxonomyChildren(taxonomy: GreenTaxonomy, code: string | null): readonly GreenTaxonomyNode[] {
  return indexOf(taxonomy).children.get(code) ?? [];
}

/** The node and its ancestors, level 1 first (e.g. 4 → 4.2 → 4.2.1); empty for an unknown code. */
export function greenTaxonomyPath(taxonomy: GreenTaxonomy, code: string): readonly GreenTaxonomyNode[] {
  const path: GreenTaxonomyNode[] = [];
  let node = greenTaxonomyNode(taxonomy, code);
  while (node) {
    path.unshift(node);
    node = node.parent === null ? undefined : greenTaxonomyNode(taxonomy, node.parent);
  }
  return path;
}
