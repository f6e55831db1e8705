import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { type IndustryClassification, loadIndustryClassification } from "../industry/load-industry-classification";
import {
  checkPinnedDirectory,
  datasetDirectory,
  parseJsonLines,
  readGreenJson,
  readGreenText,
} from "./green-data-files";
import { type GreenEvalMeta, type GreenEvalRecord, zEvalMeta, zEvalRecord } from "./green-taxonomy.schema";
import { checkEvalSet } from "./green-taxonomy-checks";
import { type GreenTaxonomy, loadGreenTaxonomy } from "./load-green-taxonomy";

export const GREEN_EVAL_SET_REF = "green-id-eval@2026.1";

/**
 * The labelled evaluation set for green identification: project descriptions (Chinese and English) with their
 * expected 2025 level-3 codes or "none", blue and transition flags, optional GB/T 4754 class and parameters, a label
 * confidence and note, and a split (dev / holdout / holdout-2). Checked against the catalogue it was labelled for.
 */
export interface GreenEvalSet {
  readonly ref: string;
  readonly sha256: string | null;
  readonly meta: GreenEvalMeta;
  readonly records: readonly GreenEvalRecord[];
}

export function parseGreenEvalSet(
  raw: { meta: unknown; records: string },
  taxonomy: GreenTaxonomy,
  industry: IndustryClassification = loadIndustryClassification(),
  sha256: string | null = null,
): GreenEvalSet {
  const meta = parseReferenceData(zEvalMeta, raw.meta, "evaluation set meta.json");
  const label = `${meta.id}@${meta.version}`;
  const records = parseJsonLines(raw.records, `${label} records.jsonl`).map((value, i) =>
    parseReferenceData(zEvalRecord, value, `${label} records.jsonl record ${i + 1}`),
  );
  const problems = checkEvalSet(meta, records, taxonomy.ref, new Set(taxonomy.leafCodes), industry);
  if (problems.length)
    throw new ReferenceDataError(`${label} is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({ ref: label, sha256, meta, records });
}

let cached: GreenEvalSet | undefined;

export function loadGreenEvalSet(): GreenEvalSet {
  if (!cached) {
    const dir = datasetDirectory(GREEN_EVAL_SET_REF);
    const sha256 = checkPinnedDirectory(dir);
    const meta = readGreenJson(dir, "meta.json");
    cached = parseGreenEvalSet(
      { meta, records: readGreenText(dir, "records.jsonl") },
      loadGreenTaxonomy((meta as { catalogue?: string }).catalogue),
      undefined,
      sha256,
    );
    if (cached.ref !== GREEN_EVAL_SET_REF)
      throw new ReferenceDataError(`green-taxonomy/${dir} says it is ${cached.ref}`);
  }
  return cached;
}
