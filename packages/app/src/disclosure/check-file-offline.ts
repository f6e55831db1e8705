import { validateDisclosure } from "@greenfin/domain";
import type { EntityKind } from "@greenfin/reference";
import { DEFAULT_DISCLOSURE_CATALOGUE_VERSION } from "@greenfin/reference";
import { disclosureContext } from "./disclosure-context";
import { buildDisclosureWorkbook, readDisclosureCsv, readDisclosureWorkbook } from "./intake/index";

export interface OfflineQuery {
  entityKind: EntityKind;
  frameworks: string[];
  year: number;
}

const contextFor = (q: OfflineQuery) =>
  disclosureContext({
    catalogueVersion: DEFAULT_DISCLOSURE_CATALOGUE_VERSION,
    entityKind: q.entityKind,
    frameworks: q.frameworks,
    periodEnd: `${q.year}-12-31`,
  });

/** A blank Excel template for a kind of entity, frameworks and year, without a database (for the CLI). */
export function blankWorkbook(q: OfflineQuery, orgName = "") {
  return buildDisclosureWorkbook(contextFor(q).template, { orgName, periodLabel: `${q.year} 年度` });
}

/**
 * Checks a workbook or CSV file as a submission would be checked (file safety, types, units, cross-field rules,
 * framework requirements), without a database: an institution's IT can test its export before uploading.
 */
export async function checkDisclosureFile(bytes: Uint8Array, format: "xlsx" | "csv", q: OfflineQuery) {
  const ctx = contextFor(q);
  const read = format === "xlsx" ? await readDisclosureWorkbook(bytes) : readDisclosureCsv(bytes);
  if (read.problems.some((p) => p.severity === "error")) return { values: 0, problems: read.problems };
  const result = validateDisclosure({
    indicators: ctx.items.map((i) => i.indicator),
    dimensions: ctx.catalogue.dimensions,
    rules: ctx.catalogue.rules,
    entries: read.entries,
    existing: [],
    required: ctx.required,
    previousYear: new Map(),
    stage: "submit",
  });
  return { values: result.values.length, problems: [...read.problems, ...result.problems] };
}
