import { deepFreeze, parseReferenceData, readDataFile } from "../data-file";
import { type IndustryClassificationFile, zIndustryClassificationFile } from "./industry-classification.schema";

/** 门类: one letter, A–T. */
export interface IndustrySection {
  readonly code: string;
  readonly nameZh: string;
  /** Unofficial translation (the standard has no English text). */
  readonly nameEn: string;
}

/** 大类: two digits as the standard writes them ("38"), with the letter of its section ("C"). */
export interface IndustryDivision {
  readonly code: string;
  readonly section: string;
  readonly nameZh: string;
}

/** 小类: four digits as the standard writes them ("4411"). Only classes of high-emission divisions are listed. */
export interface IndustryClass {
  readonly code: string;
  readonly division: string;
  readonly section: string;
  readonly nameZh: string;
}

/**
 * GB/T 4754-2017 as this platform uses it. The `code` fields hold the standard's own codes; organisations
 * store the canonical form (section letter + digits, see `resolveIndustryCode`).
 */
export interface IndustryClassification {
  readonly version: "GB/T 4754-2017";
  readonly source: string;
  readonly verification: string;
  readonly sections: readonly IndustrySection[];
  readonly divisions: readonly IndustryDivision[];
  /** The classes of the high-emission divisions; other divisions' classes are not in the data set. */
  readonly classes: readonly IndustryClass[];
  /** Two-digit codes of the divisions the data set calls high-emission (MEE key sectors, CEA, transport). */
  readonly highEmissionDivisions: readonly string[];
}

const DATA_FILE = "industry/gbt4754-2017.json";

function toClassification(file: IndustryClassificationFile): IndustryClassification {
  return deepFreeze({
    version: "GB/T 4754-2017",
    source: file._meta.source,
    verification: file._meta.verification,
    sections: file.sections.map((s) => ({ code: s.code, nameZh: s.name_cn, nameEn: s.name_en_unofficial })),
    divisions: file.divisions.map((d) => ({ code: d.code, section: d.section, nameZh: d.name_cn })),
    classes: file.high_emission_detail.flatMap((row) =>
      row.level === 4 ? [{ code: row.klass, division: row.division, section: row.section, nameZh: row.name_cn }] : [],
    ),
    highEmissionDivisions: file.high_emission_divisions.map((h) => h.division),
  });
}

/** Validates raw file content (anything `JSON.parse` returned) and builds the frozen classification. */
export function parseIndustryClassification(raw: unknown, label = DATA_FILE): IndustryClassification {
  return toClassification(parseReferenceData(zIndustryClassificationFile, raw, label));
}

let cached: IndustryClassification | undefined;

/** The GB/T 4754-2017 classification shipped in `data/industry/`, read and validated once per process. */
export function loadIndustryClassification(): IndustryClassification {
  cached ??= parseIndustryClassification(readDataFile(DATA_FILE));
  return cached;
}
