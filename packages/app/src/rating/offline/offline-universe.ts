/**
 * The rating universe from the rows of an offline file: each value checked and normalised by the disclosure
 * validator's own `normaliseEntry` (types, units converted to the canonical unit, signs, percentages), industries
 * resolved in GB/T 4754-2017, controversies checked against the methodology. Every problem is collected with its
 * location; the universe is only usable when there are none.
 */
import {
  describeLocation,
  type EntryContext,
  type IndicatorDef,
  normaliseEntry,
  type RatedEntityInput,
  ratingValuesFromDisclosure,
} from "@greenfin/domain";
import { type DisclosureCatalogue, type RatingMethodology, resolveIndustryCode } from "@greenfin/reference";
import { unitFromText } from "../../disclosure/intake/unit-text";
import { type EntityDraft, text } from "./entity-draft";
import { addControversies, type ControversyRow } from "./offline-controversies";
import { type RatingFileProblem, ratingProblem, type TableRow, type VALUE_COLUMNS } from "./rating-table";

type ValueRow = TableRow<keyof typeof VALUE_COLUMNS>;

export interface OfflineUniverse {
  readonly entities: RatedEntityInput[];
  /** Rows of indicators the catalogue knows but the methodology does not read: not rated, not hashed. */
  readonly ignoredRows: number;
  readonly problems: RatingFileProblem[];
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** What each id means: catalogue indicators, and the methodology's derived inputs as numbers or percentages. */
function indicatorDefs(methodology: RatingMethodology, catalogue: DisclosureCatalogue): Map<string, IndicatorDef> {
  const defs = new Map<string, IndicatorDef>(catalogue.indicators.map((i) => [i.id, i]));
  for (const d of methodology.derivedInputs)
    defs.set(d.id, { ...d, enumOptions: null, multiSelect: false, breakdowns: [] });
  return defs;
}

export function offlineUniverse(
  methodology: RatingMethodology,
  catalogue: DisclosureCatalogue,
  values: { readonly rows: readonly ValueRow[]; readonly file: string },
  controversies: { readonly rows: readonly ControversyRow[]; readonly file: string },
): OfflineUniverse {
  const problems: RatingFileProblem[] = [];
  const defs = indicatorDefs(methodology, catalogue);
  const read = new Set(methodology.inputs.map((i) => i.id));
  const ctx: EntryContext = { indicators: defs, dimensions: new Map(), rules: catalogue.rules };
  const entities = new Map<string, EntityDraft>();
  let ignoredRows = 0;
  const fail = (file: string, code: string, at: RatingFileProblem["location"], zh: string, en: string, id?: string) =>
    problems.push(ratingProblem(code, file, at, zh, en, id));

  for (const row of values.rows) {
    const f = values.file;
    const entityId = text(row.cells.entity_id);
    const indicatorId = text(row.cells.indicator_id).toUpperCase();
    const industry = resolveIndustryCode(text(row.cells.industry_code));
    if (!entityId) fail(f, "MISSING_ENTITY", row.at("entity_id"), "主体编号为空", "the entity id is empty");
    if (!industry)
      fail(
        f,
        "BAD_INDUSTRY",
        row.at("industry_code"),
        `「${text(row.cells.industry_code)}」不是 GB/T 4754-2017 行业代码（如 C26、D4411）`,
        `"${text(row.cells.industry_code)}" is not a GB/T 4754-2017 industry code (such as C26 or D4411)`,
      );
    if (!defs.has(indicatorId)) {
      fail(
        f,
        "UNKNOWN_INDICATOR",
        row.at("indicator_id"),
        `「${indicatorId}」既不是披露目录 ${catalogue.version} 的指标，也不是 ${methodology.ref} 的派生输入`,
        `"${indicatorId}" is neither an indicator of disclosure catalogue ${catalogue.version} nor a derived input of ${methodology.ref}`,
        indicatorId || undefined,
      );
      continue;
    }
    if (!entityId || !industry) continue;
    let entity = entities.get(entityId);
    if (!entity) {
      entity = { id: entityId, industryCode: industry.code, values: new Map(), firstRow: new Map(), controversies: [] };
      entities.set(entityId, entity);
    } else if (entity.industryCode !== industry.code)
      fail(
        f,
        "INDUSTRY_MISMATCH",
        row.at("industry_code"),
        `主体 ${entityId} 在前面的行中行业为 ${entity.industryCode}，这里为 ${industry.code}`,
        `entity ${entityId} has industry ${entity.industryCode} in earlier rows but ${industry.code} here`,
      );
    if (!read.has(indicatorId)) {
      ignoredRows++;
      continue;
    }
    const earlier = entity.firstRow.get(indicatorId);
    if (earlier) {
      fail(
        f,
        "DUPLICATE_VALUE",
        row.at("indicator_id"),
        `主体 ${entityId} 的 ${indicatorId} 已在${earlier.zh}给出`,
        `entity ${entityId} already gives ${indicatorId} at ${earlier.en}`,
        indicatorId,
      );
      continue;
    }
    entity.firstRow.set(indicatorId, describeLocation(row.at("indicator_id")));
    const unit = text(row.cells.unit);
    const location = row.at("value");
    const checked = normaliseEntry(
      { indicatorId, dimension: "", value: row.cells.value, unit: unitFromText(unit || null), location },
      ctx,
    );
    for (const p of checked.problems)
      if (p.severity === "error") fail(f, p.code, p.location, p.messageZh, p.messageEn, indicatorId);
    const value = checked.value ? ratingValuesFromDisclosure([checked.value]).get(indicatorId) : undefined;
    if (value === undefined) continue;
    if (typeof value === "string" && !PLAIN_DECIMAL.test(value)) {
      fail(
        f,
        "NOT_PLAIN_NUMBER",
        location,
        `请写成普通小数（不用科学计数法或正号），实际为「${value}」`,
        `write the number in plain notation (no exponent, no plus sign), got "${value}"`,
        indicatorId,
      );
      continue;
    }
    entity.values.set(indicatorId, value);
  }

  addControversies(methodology, controversies, entities, problems);
  return {
    entities: [...entities.values()].map(({ id, industryCode, values: v, controversies: c }) => ({
      id,
      industryCode,
      values: v,
      controversies: c,
    })),
    ignoredRows,
    problems,
  };
}
