import { resolveIndustryCode } from "../industry/industry-codes";
import type { IndustryClassification } from "../industry/load-industry-classification";
import type {
  BlueFinanceNode,
  GreenCatalogueMeta,
  GreenCrosswalkFile,
  GreenEvalMeta,
  GreenEvalRecord,
  GreenTaxonomyNode,
  GreenVocabularyFile,
} from "./green-taxonomy.schema";

/**
 * What the schemas cannot say. Each function returns every problem it finds (empty = consistent), so a bad edit is
 * reported in full. Pure: the data and the GB/T 4754 classification come in as arguments.
 */

type Nodes = readonly GreenTaxonomyNode[];

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}

const parentCode = (code: string) => (code.includes(".") ? code.slice(0, code.lastIndexOf(".")) : null);
const lastSegment = (code: string) => Number(code.slice(code.lastIndexOf(".") + 1));

/** Per level: how many nodes the tree holds and how many the catalogue states (null = no stated total). */
export type LevelCoverage = Record<string, { found: number; stated: number | null }>;

export function levelCoverage(meta: GreenCatalogueMeta, nodes: Nodes): LevelCoverage {
  const coverage: LevelCoverage = {};
  for (const { level } of meta.levels) {
    const key = String(level) as "1" | "2" | "3" | "4";
    coverage[key] = {
      found: nodes.filter((n) => n.level === level).length,
      stated: meta.statedCounts.counts[key] ?? null,
    };
  }
  return coverage;
}

/**
 * A catalogue tree: unique codes; each code one segment below its parent, which exists; numbering 1..n under each
 * parent; level totals equal to the stated counts (complete) or within them (partial); GB/T 4754 classes only on
 * the deepest level and, where any node lists them, on every deepest-level node; each class's division known to
 * the classification and, where the classification lists that division's classes, the class listed with the same
 * name (a flagged mismatch with a `probableCode` excepted); one name per class across the tree; GHG tags of a node
 * equal to those of its rows.
 */
export function checkTaxonomyTree(meta: GreenCatalogueMeta, nodes: Nodes, industry: IndustryClassification): string[] {
  const problems: string[] = [];
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  for (const code of duplicates(nodes.map((n) => n.code))) problems.push(`code ${code} is used twice`);
  const depth = Math.max(...meta.levels.map((l) => l.level));

  for (const n of nodes) {
    const segments = n.code.split(".").length;
    if (n.level !== segments) problems.push(`${n.code}: level ${n.level} but the code has ${segments} segment(s)`);
    if (n.level > depth) problems.push(`${n.code}: level ${n.level} is deeper than the catalogue's ${depth} levels`);
    const expectedParent = parentCode(n.code);
    if (n.parent !== expectedParent)
      problems.push(`${n.code}: parent is ${n.parent ?? "null"}, its code says ${expectedParent ?? "null"}`);
    else if (expectedParent !== null && !byCode.has(expectedParent))
      problems.push(`${n.code}: parent ${expectedParent} is not in the tree`);
  }

  const siblings = new Map<string, number[]>();
  for (const n of nodes) {
    const key = n.parent ?? "(root)";
    siblings.set(key, [...(siblings.get(key) ?? []), lastSegment(n.code)]);
  }
  for (const [parent, numbers] of siblings) {
    const sorted = [...numbers].sort((a, b) => a - b);
    if (sorted.some((v, i) => v !== i + 1))
      problems.push(`children of ${parent} are not numbered 1..${sorted.length}: ${sorted.join(", ")}`);
  }

  for (const [level, { found, stated }] of Object.entries(levelCoverage(meta, nodes))) {
    if (stated === null) continue;
    if (meta.completeness === "complete" && found !== stated)
      problems.push(`level ${level}: ${found} nodes, the catalogue states ${stated}`);
    if (meta.completeness === "partial" && found > stated)
      problems.push(`level ${level}: ${found} nodes, more than the ${stated} the catalogue states`);
  }

  const withClasses = nodes.some((n) => n.gbt4754 !== undefined);
  const divisions = new Map(industry.divisions.map((d) => [d.code, d]));
  const classes = new Map(industry.classes.map((c) => [c.code, c]));
  const listedDivisions = new Set(industry.classes.map((c) => c.division));
  const nameOfClass = new Map<string, string>();
  const known = (code: string) => divisions.has(code.slice(0, 2));
  for (const n of nodes) {
    const entries = n.gbt4754;
    if (entries === undefined) {
      if (withClasses && n.level === depth) problems.push(`${n.code}: lists no GB/T 4754 class`);
      continue;
    }
    if (n.level !== depth) problems.push(`${n.code}: only level-${depth} items list GB/T 4754 classes`);
    if (entries.length === 0) problems.push(`${n.code}: lists no GB/T 4754 class`);
    for (const e of entries) {
      if (e.code === null) continue;
      if (!known(e.code)) {
        problems.push(`${n.code}: GB/T 4754 class ${e.code} is in no known division`);
        continue;
      }
      if (e.probableCode !== undefined) {
        if (!known(e.probableCode))
          problems.push(`${n.code}: probable class ${e.probableCode} is in no known division`);
        continue; // a flagged code/name mismatch: its name belongs to probableCode
      }
      if (listedDivisions.has(e.code.slice(0, 2))) {
        const listed = classes.get(e.code);
        if (!listed) problems.push(`${n.code}: GB/T 4754 class ${e.code} does not exist`);
        else if (listed.nameZh !== e.nameZh)
          problems.push(`${n.code}: class ${e.code} is named ${e.nameZh}, GB/T 4754 says ${listed.nameZh}`);
      }
      const seen = nameOfClass.get(e.code);
      if (seen === undefined) nameOfClass.set(e.code, e.nameZh);
      else if (seen !== e.nameZh)
        problems.push(`${n.code}: class ${e.code} is named ${e.nameZh} here, ${seen} elsewhere`);
    }
    const rowTags = new Set(entries.flatMap((e) => (e.ghgTag ? [e.ghgTag] : [])));
    const nodeTags = new Set(n.ghgTags ?? []);
    if (rowTags.size !== nodeTags.size || [...rowTags].some((t) => !nodeTags.has(t)))
      problems.push(
        `${n.code}: GHG tags [${[...nodeTags].join(" ")}] differ from its rows' [${[...rowTags].join(" ")}]`,
      );
  }
  return problems;
}

/** Every deepest-level node, e.g. the 271 level-3 items of the 2025 catalogue. */
export function leafCodes(meta: GreenCatalogueMeta, nodes: Nodes): string[] {
  const depth = Math.max(...meta.levels.map((l) => l.level));
  return nodes.filter((n) => n.level === depth).map((n) => n.code);
}

/**
 * A vocabulary: written for this catalogue version; one entry per deepest-level item, all of them, each with the
 * item's name, at least one Chinese and one English term, no term twice in a list and none both a term and an
 * exclusion of the same item; global exclusions with terms and no override that is also a term.
 */
export function checkVocabulary(
  vocabulary: GreenVocabularyFile,
  catalogueRef: string,
  meta: GreenCatalogueMeta,
  nodes: Nodes,
): string[] {
  const problems: string[] = [];
  if (vocabulary.catalogue !== catalogueRef)
    problems.push(`written for ${vocabulary.catalogue}, loaded with ${catalogueRef}`);
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const leaves = new Set(leafCodes(meta, nodes));
  for (const code of duplicates(vocabulary.nodes.map((v) => v.code))) problems.push(`${code} is listed twice`);
  for (const v of vocabulary.nodes) {
    const node = byCode.get(v.code);
    if (!node || !leaves.has(v.code)) {
      problems.push(`${v.code} is not a level-${meta.levels.length} item of ${catalogueRef}`);
      continue;
    }
    if (node.nameZh !== v.nameZh) problems.push(`${v.code}: named ${v.nameZh}, the catalogue says ${node.nameZh}`);
    if (v.termsZh.length === 0) problems.push(`${v.code}: no Chinese term`);
    if (v.termsEn.length === 0) problems.push(`${v.code}: no English term`);
    for (const [label, list] of Object.entries({
      termsZh: v.termsZh,
      termsEn: v.termsEn,
      excludeZh: v.excludeZh,
      excludeEn: v.excludeEn,
    }))
      for (const t of duplicates(list)) problems.push(`${v.code}: "${t}" appears twice in ${label}`);
    for (const t of v.excludeZh)
      if (v.termsZh.includes(t)) problems.push(`${v.code}: "${t}" is a term and an exclusion`);
    const termsEn = new Set(v.termsEn.map((t) => t.toLowerCase()));
    for (const t of v.excludeEn)
      if (termsEn.has(t.toLowerCase())) problems.push(`${v.code}: "${t}" is a term and an exclusion`);
  }
  const listed = new Set(vocabulary.nodes.map((v) => v.code));
  const missing = [...leaves].filter((c) => !listed.has(c));
  if (missing.length) problems.push(`no vocabulary for ${missing.length} item(s): ${missing.join(", ")}`);

  for (const id of duplicates(vocabulary.globalExclusions.map((g) => g.id)))
    problems.push(`global exclusion ${id} twice`);
  for (const r of vocabulary.parameterRules ?? []) {
    if (!leaves.has(r.code)) problems.push(`parameter rule ${r.key}: ${r.code} is not an item of ${catalogueRef}`);
    if ((r.op === "in") !== Array.isArray(r.value))
      problems.push(`parameter rule ${r.code} ${r.key}: "in" takes a list of values, the other operators a number`);
  }
  for (const g of vocabulary.globalExclusions) {
    if (g.termsZh.length + g.termsEn.length === 0) problems.push(`global exclusion ${g.id} has no term`);
    for (const t of g.unlessZh)
      if (g.termsZh.includes(t)) problems.push(`global exclusion ${g.id}: "${t}" is a term and an override`);
    for (const t of g.unlessEn)
      if (g.termsEn.includes(t)) problems.push(`global exclusion ${g.id}: "${t}" is a term and an override`);
  }
  return problems;
}

/** Blue-finance categories: unique codes; every category or area under an existing framework. */
export function checkBlueCategories(nodes: readonly BlueFinanceNode[]): string[] {
  const problems: string[] = [];
  for (const code of duplicates(nodes.map((n) => n.code))) problems.push(`code ${code} is used twice`);
  const frameworks = new Set(nodes.filter((n) => n.kind === "framework").map((n) => n.code));
  for (const n of nodes)
    if (n.parent !== null && !frameworks.has(n.parent))
      problems.push(`${n.code}: parent ${n.parent} is not a framework`);
  return problems;
}

/** What a crosswalk links: a code lookup per side and, for a complete crosswalk, the codes it must cover. */
export interface CrosswalkSide {
  readonly ref: string;
  readonly levelOf: (code: string) => number | undefined;
  readonly allCodes: readonly string[];
}

/**
 * A crosswalk between two datasets: the refs it names; every source code exists (at fromLevel); every target exists
 * (at toLevel, or at the source's level when toLevel is null); no source listed twice; and, when `complete`, every
 * source code at that level listed (a crosswalk from the 2021 catalogue must account for each of its level-4 items).
 */
export function checkCrosswalk(
  file: GreenCrosswalkFile,
  from: CrosswalkSide,
  to: CrosswalkSide,
  complete: boolean,
): string[] {
  const problems: string[] = [];
  if (file.from !== from.ref) problems.push(`${file.id}: says it maps from ${file.from}, loaded with ${from.ref}`);
  if (file.to !== to.ref) problems.push(`${file.id}: says it maps to ${file.to}, loaded with ${to.ref}`);
  for (const code of duplicates(file.links.map((l) => l.from))) problems.push(`${file.id}: ${code} is listed twice`);
  for (const link of file.links) {
    const level = from.levelOf(link.from);
    if (level === undefined) problems.push(`${file.id}: source ${link.from} does not exist in ${from.ref}`);
    else if (file.fromLevel !== null && level !== file.fromLevel)
      problems.push(`${file.id}: source ${link.from} is level ${level}, not ${file.fromLevel}`);
    for (const target of link.to) {
      const targetLevel = to.levelOf(target);
      const wanted = file.toLevel ?? level;
      if (targetLevel === undefined)
        problems.push(`${file.id}: ${link.from} → ${target}, which does not exist in ${to.ref}`);
      else if (wanted !== undefined && targetLevel !== wanted)
        problems.push(`${file.id}: ${link.from} → ${target} is level ${targetLevel}, not ${wanted}`);
    }
    for (const t of duplicates(link.to)) problems.push(`${file.id}: ${link.from} → ${t} twice`);
  }
  if (complete) {
    const listed = new Set(file.links.map((l) => l.from));
    const missing = from.allCodes.filter((c) => !listed.has(c));
    if (missing.length) problems.push(`${file.id}: no link for ${missing.join(", ")}`);
  }
  return problems;
}

/** Transition-finance references: unique ids and keys; every GB/T 4754 code a known section, division or class. */
export function checkTransitionReferences(
  file: { references: readonly { id: string }[]; sectors: readonly { key: string; gbt4754: readonly string[] }[] },
  industry: IndustryClassification,
): string[] {
  const problems: string[] = [];
  for (const id of duplicates(file.references.map((r) => r.id))) problems.push(`reference ${id} twice`);
  for (const key of duplicates(file.sectors.map((s) => s.key))) problems.push(`sector ${key} twice`);
  for (const s of file.sectors)
    for (const code of s.gbt4754)
      if (resolveIndustryCode(code, industry)?.code !== code)
        problems.push(`sector ${s.key}: unknown GB/T 4754 code ${code}`);
  return problems;
}

/** The family of a record: the level-1 code of its primary expected item, or "negative". */
export function evalFamily(record: GreenEvalRecord): string {
  return record.expected === "none" ? "negative" : ((record.expected[0] as string).split(".")[0] as string);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/**
 * The evaluation set: unique ids and texts; every expected code a deepest-level item of the catalogue, none twice;
 * every industry code a GB/T 4754 class the classification accepts; and the composition meta.json states equal to
 * the records' own.
 */
export function checkEvalSet(
  meta: GreenEvalMeta,
  records: readonly GreenEvalRecord[],
  catalogueRef: string,
  leaves: ReadonlySet<string>,
  industry: IndustryClassification,
): string[] {
  const problems: string[] = [];
  if (meta.catalogue !== catalogueRef) problems.push(`labelled against ${meta.catalogue}, loaded with ${catalogueRef}`);
  for (const id of duplicates(records.map((r) => r.id))) problems.push(`${id} is used twice`);
  for (const t of duplicates(records.map((r) => r.text))) problems.push(`the text "${t.slice(0, 30)}…" is used twice`);
  for (const r of records) {
    if (r.expected !== "none") {
      for (const code of r.expected)
        if (!leaves.has(code)) problems.push(`${r.id}: expected ${code} is not a level-3 item of ${catalogueRef}`);
      for (const code of duplicates(r.expected)) problems.push(`${r.id}: expected ${code} twice`);
    }
    if (r.industryCode !== null) {
      const resolved = resolveIndustryCode(r.industryCode, industry);
      if (resolved?.level !== "class" || resolved.code !== r.industryCode)
        problems.push(`${r.id}: ${r.industryCode} is not a GB/T 4754 class`);
    }
  }
  const c = meta.composition;
  const stated = (label: string, claimed: number, actual: number) => {
    if (claimed !== actual) problems.push(`meta.json says ${claimed} ${label}, the records hold ${actual}`);
  };
  stated("records", c.records, records.length);
  stated("negatives", c.negatives, records.filter((r) => r.expected === "none").length);
  stated("blue records", c.blue, records.filter((r) => r.blue).length);
  stated("marine blue records", c.blueMarine, records.filter((r) => r.blueBasis === "marine").length);
  stated("transition records", c.transition, records.filter((r) => r.transition).length);
  stated(
    "multi-label records",
    c.multiLabel,
    records.filter((r) => r.expected !== "none" && r.expected.length > 1).length,
  );
  stated("judgement labels", c.judgement, records.filter((r) => r.labelConfidence === "judgement").length);
  stated("records with an industry code", c.withIndustryCode, records.filter((r) => r.industryCode !== null).length);
  stated("records with parameters", c.withParameters, records.filter((r) => r.parameters.length > 0).length);
  stated(
    "distinct expected codes",
    c.distinctExpectedCodes,
    new Set(records.flatMap((r) => (r.expected === "none" ? [] : r.expected))).size,
  );
  for (const [label, claimed, actual] of [
    ["split", c.bySplit, countBy(records, (r) => r.split)],
    ["family", c.byFamily, countBy(records, evalFamily)],
    ["language", c.byLanguage, countBy(records, (r) => r.language)],
  ] as const)
    if (!sameCounts(claimed, actual))
      problems.push(`meta.json counts by ${label} ${JSON.stringify(claimed)}, the records ${JSON.stringify(actual)}`);
  return problems;
}
