import type { z } from "zod";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { type IndustryClassification, loadIndustryClassification } from "../industry/load-industry-classification";
import { checkPinnedDirectory, readGreenJson } from "./green-data-files";
import {
  type BlueFinanceNode,
  zBlueCategories,
  zBlueFinanceMeta,
  zTransitionMeta,
  zTransitionReferences,
} from "./green-taxonomy.schema";
import { checkBlueCategories, checkTransitionReferences } from "./green-taxonomy-checks";

export const BLUE_FINANCE_REF = "blue-finance@2026.1";
export const TRANSITION_FINANCE_REF = "transition-finance@2026.1";

/**
 * Blue-finance frameworks and category lists: IFC Guidelines for Blue Finance (the nine commonly cited categories,
 * UNVERIFIED; the six web-page investment areas), the SSE 2021 blue-bond label rule, Bank of Qingdao's seven focus
 * areas and other Chinese references. Frozen; every node keeps its source and verification.
 */
export interface BlueFinanceCategories {
  readonly ref: string;
  readonly sha256: string | null;
  readonly meta: z.output<typeof zBlueFinanceMeta>;
  readonly nodes: readonly BlueFinanceNode[];
}

export function parseBlueFinanceCategories(
  raw: { meta: unknown; categories: unknown },
  sha256: string | null = null,
): BlueFinanceCategories {
  const meta = parseReferenceData(zBlueFinanceMeta, raw.meta, "blue-finance meta.json");
  const { nodes } = parseReferenceData(zBlueCategories, raw.categories, "blue-finance categories.json");
  const problems = checkBlueCategories(nodes);
  if (problems.length)
    throw new ReferenceDataError(`blue-finance is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({ ref: `${meta.id}@${meta.version}`, sha256, meta, nodes });
}

let blue: BlueFinanceCategories | undefined;

export function loadBlueFinanceCategories(): BlueFinanceCategories {
  if (!blue) {
    const dir = `${BLUE_FINANCE_REF}/`;
    const sha256 = checkPinnedDirectory(dir);
    blue = parseBlueFinanceCategories(
      { meta: readGreenJson(dir, "meta.json"), categories: readGreenJson(dir, "categories.json") },
      sha256,
    );
    if (blue.ref !== BLUE_FINANCE_REF) throw new ReferenceDataError(`green-taxonomy/${dir} says it is ${blue.ref}`);
  }
  return blue;
}

/**
 * Room for transition-finance catalogues: the PBoC transition-finance standards known so far (first batch: steel, coal
 * power, building materials, agriculture) with GB/T 4754 codes chosen by GreenFin, and local catalogues. No activity
 * lists: the standards' texts are not available.
 */
export interface TransitionFinanceReferences {
  readonly ref: string;
  readonly sha256: string | null;
  readonly meta: z.output<typeof zTransitionMeta>;
  readonly references: z.output<typeof zTransitionReferences>["references"];
  readonly sectors: z.output<typeof zTransitionReferences>["sectors"];
}

export function parseTransitionFinanceReferences(
  raw: { meta: unknown; references: unknown },
  industry: IndustryClassification = loadIndustryClassification(),
  sha256: string | null = null,
): TransitionFinanceReferences {
  const meta = parseReferenceData(zTransitionMeta, raw.meta, "transition-finance meta.json");
  const file = parseReferenceData(zTransitionReferences, raw.references, "transition-finance references.json");
  const problems = checkTransitionReferences(file, industry);
  if (problems.length)
    throw new ReferenceDataError(`transition-finance is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({
    ref: `${meta.id}@${meta.version}`,
    sha256,
    meta,
    references: file.references,
    sectors: file.sectors,
  });
}

let transition: TransitionFinanceReferences | undefined;

export function loadTransitionFinanceReferences(): TransitionFinanceReferences {
  if (!transition) {
    const dir = `${TRANSITION_FINANCE_REF}/`;
    const sha256 = checkPinnedDirectory(dir);
    transition = parseTransitionFinanceReferences(
      { meta: readGreenJson(dir, "meta.json"), references: readGreenJson(dir, "references.json") },
      undefined,
      sha256,
    );
    if (transition.ref !== TRANSITION_FINANCE_REF)
      throw new ReferenceDataError(`green-taxonomy/${dir} says it is ${transition.ref}`);
  }
  return transition;
}
