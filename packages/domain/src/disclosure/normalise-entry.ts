import { convert, findUnit } from "../units/convert";
import { CANONICAL_UNITS } from "../units/units";
import type { DimensionDef, IndicatorDef, ValidationRuleSet } from "./definitions";
import { formatDimensionKey, parseDimensionKey } from "./dimension-key";
import type { IntakeProblem, RawEntry } from "./entry";
import type { NormalisedValue, ValuePayload } from "./normalised-value";
import { isBlank, readBoolean, readDate, readDecimal, readOptions } from "./parse-raw";
import { valueProblem } from "./problems";

const MAX_TEXT = 10_000;

export interface EntryContext {
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  readonly dimensions: ReadonlyMap<string, DimensionDef>;
  readonly rules: Pick<ValidationRuleSet, "allowNegative" | "wholeNumberUnits">;
}

type Result = { value: NormalisedValue | null; problems: IntakeProblem[] };

/** The breakdown key in canonical form, or a problem saying which part is wrong. */
function checkDimension(entry: RawEntry, indicator: IndicatorDef, ctx: EntryContext): string | IntakeProblem {
  const fail = (zh: string, en: string) =>
    valueProblem("error", "BAD_DIMENSION", entry.location, indicator, entry.dimension, zh, en);
  const parts = parseDimensionKey(entry.dimension);
  if (parts === null)
    return fail(
      "细分维度应写作「维度=成员」，如 gender=female",
      'a breakdown is written "dimension=member", e.g. gender=female',
    );
  const seen = new Set<string>();
  for (const [d, member] of parts) {
    if (!indicator.breakdowns.includes(d))
      return fail(
        `该指标不按「${d}」细分（可用：${indicator.breakdowns.join("、") || "无"}）`,
        `this indicator is not broken down by "${d}" (allowed: ${indicator.breakdowns.join(", ") || "none"})`,
      );
    if (seen.has(d)) return fail(`维度「${d}」重复`, `dimension "${d}" appears twice`);
    seen.add(d);
    const def = ctx.dimensions.get(d);
    if (def && !def.open && !def.members.some((m) => m.key === member))
      return fail(
        `「${member}」不是维度「${def.name.zh}」的成员（可用：${def.members.map((m) => m.key).join("、")}）`,
        `"${member}" is not a member of ${def.name.en} (allowed: ${def.members.map((m) => m.key).join(", ")})`,
      );
    if (member.length > 100 || member.includes("#"))
      return fail("维度成员名称过长或含 #", "the member name is too long or contains #");
  }
  return formatDimensionKey(parts, indicator.breakdowns);
}

function numberPayload(
  entry: RawEntry,
  indicator: IndicatorDef,
  ctx: EntryContext,
  dimension: string,
): ValuePayload | IntakeProblem {
  const fail = (code: string, zh: string, en: string) =>
    valueProblem("error", code, entry.location, indicator, dimension, zh, en);
  let raw = entry.value;
  if (indicator.type === "percent" && typeof raw === "string") raw = raw.trim().replace(/[%％]$/, "");
  const entered = readDecimal(raw);
  if (entered === null)
    return fail(
      "NOT_A_NUMBER",
      `应填数字，实际为「${String(entry.value)}」`,
      `expected a number, got "${String(entry.value)}"`,
    );
  const enteredUnit = entry.unit?.trim() || indicator.unit;
  let canonical = entered;
  let canonicalUnit = indicator.unit;
  let trace: string[] = [];
  if (enteredUnit !== null) {
    const unit = findUnit(enteredUnit);
    if (!unit) return fail("UNKNOWN_UNIT", `未知单位「${enteredUnit}」`, `unknown unit "${enteredUnit}"`);
    const target = indicator.unit ?? CANONICAL_UNITS[unit.dimension];
    const targetUnit = findUnit(target);
    if (targetUnit?.dimension !== unit.dimension)
      return fail(
        "WRONG_UNIT",
        `单位「${unit.label.zh}」与该指标的单位「${targetUnit?.label.zh ?? target}」不是同一量纲`,
        `unit "${unit.label.en}" does not measure the same thing as the indicator's unit "${targetUnit?.label.en ?? target}"`,
      );
    const c = convert(entered, enteredUnit, target);
    canonical = c.value;
    canonicalUnit = target;
    if (enteredUnit !== target) trace = c.trace;
  }
  const negative = canonical.startsWith("-") && !/^-0(\.0*)?$/.test(canonical);
  if (negative && !ctx.rules.allowNegative.includes(indicator.id))
    return fail("NEGATIVE", "不能为负数", "cannot be negative");
  if (indicator.type === "percent" && (negative || Number(canonical) > 100))
    return fail(
      "PERCENT_RANGE",
      `百分比应在 0 到 100 之间，实际为 ${canonical}`,
      `a percentage must lie between 0 and 100, got ${canonical}`,
    );
  if (canonicalUnit && ctx.rules.wholeNumberUnits.includes(canonicalUnit) && canonical.includes("."))
    return fail("NOT_WHOLE", `应为整数，实际为 ${canonical}`, `must be a whole number, got ${canonical}`);
  return {
    kind: indicator.type === "percent" ? "percent" : "number",
    number: { entered, enteredUnit, canonical, canonicalUnit, trace },
  };
}

function payloadOf(
  entry: RawEntry,
  indicator: IndicatorDef,
  ctx: EntryContext,
  dimension: string,
): ValuePayload | IntakeProblem {
  const fail = (code: string, zh: string, en: string) =>
    valueProblem("error", code, entry.location, indicator, dimension, zh, en);
  const shown = String(entry.value);
  switch (indicator.type) {
    case "number":
    case "percent":
      return numberPayload(entry, indicator, ctx, dimension);
    case "boolean": {
      const b = readBoolean(entry.value);
      return b === null
        ? fail("NOT_A_BOOLEAN", `应填「是」或「否」，实际为「${shown}」`, `expected yes or no, got "${shown}"`)
        : { kind: "boolean", boolean: b };
    }
    case "date": {
      const d = readDate(typeof entry.value === "number" ? shown : entry.value);
      return d === null
        ? fail(
            "NOT_A_DATE",
            `应填日期（如 2025-12-31），实际为「${shown}」`,
            `expected a date such as 2025-12-31, got "${shown}"`,
          )
        : { kind: "date", date: d };
    }
    case "enum": {
      const chosen = readOptions(typeof entry.value === "string" ? entry.value : shown);
      const options = indicator.enumOptions ?? [];
      const resolved = chosen.map((c) => options.find((o) => o.toLowerCase() === c.toLowerCase()));
      const unknown = chosen.filter((_, i) => resolved[i] === undefined);
      if (unknown.length || chosen.length === 0)
        return fail(
          "NOT_AN_OPTION",
          `「${unknown.join("、") || shown}」不是可选项（可选：${options.join("、")}）`,
          `"${unknown.join(", ") || shown}" is not an option (options: ${options.join(", ")})`,
        );
      if (chosen.length > 1 && !indicator.multiSelect)
        return fail("ONE_OPTION", "只能选择一项", "only one option may be chosen");
      return { kind: "enum", options: [...new Set(resolved as string[])] };
    }
    case "text": {
      const text = shown.trim();
      return text.length > MAX_TEXT
        ? fail("TEXT_TOO_LONG", `文字不能超过 ${MAX_TEXT} 字`, `text cannot exceed ${MAX_TEXT} characters`)
        : { kind: "text", text };
    }
  }
}

/** Checks one entry against its indicator: known id, breakdown, type, unit, sign, range of percentages. */
export function normaliseEntry(entry: RawEntry, ctx: EntryContext): Result {
  const indicator = ctx.indicators.get(entry.indicatorId.trim());
  if (!indicator) {
    const p = valueProblem(
      "error",
      "UNKNOWN_INDICATOR",
      entry.location,
      { id: entry.indicatorId },
      "",
      "不是本模板中的指标",
      "is not an indicator of this template",
    );
    return { value: null, problems: [p] };
  }
  const dimension = checkDimension(entry, indicator, ctx);
  if (typeof dimension !== "string") return { value: null, problems: [dimension] };
  const reason = entry.notDisclosedReason?.trim() || null;
  if (isBlank(entry.value)) {
    return {
      value: {
        indicatorId: indicator.id,
        dimension,
        payload: null,
        notDisclosedReason: reason,
        location: entry.location,
      },
      problems: [],
    };
  }
  const payload = payloadOf(entry, indicator, ctx, dimension);
  if ("severity" in payload) return { value: null, problems: [payload] };
  const problems = reason
    ? [
        valueProblem(
          "warning",
          "REASON_WITH_VALUE",
          entry.location,
          indicator,
          dimension,
          "已填写数值，未披露原因将被忽略",
          "a value is given, so the reason for not disclosing is ignored",
        ),
      ]
    : [];
  return {
    value: { indicatorId: indicator.id, dimension, payload, notDisclosedReason: null, location: entry.location },
    problems,
  };
}
