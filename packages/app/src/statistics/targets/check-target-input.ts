/**
 * Checks a target or an observation as sent, listing every problem with its field in Chinese and English. Returns
 * the normalised input, or the problems (nothing is saved while there are any).
 */
import type { TTargetInput, TTargetObservationInput } from "@greenfin/contracts";
import { STAT_UNITS } from "@greenfin/domain";
import Dec from "decimal.js";
import type { FieldProblem } from "../../errors/app-error";
import { templateForMetric } from "./target-values";

/** Platform indicators are changes and shares: percent. */
const PLATFORM_UNITS: Record<string, string> = { carbon_intensity_change: "percent", green_loan_share: "percent" };

/** The unit a metric's values come in, when the platform knows it (a template metric or a platform indicator). */
function unitOfMetric(metric: string): string | null {
  return PLATFORM_UNITS[metric] ?? templateForMetric(metric)?.metrics.find((m) => m.key === metric)?.unit ?? null;
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
export const TARGET_KEY = /^[a-z0-9_-]{2,64}$/;
const METRIC = /^[a-z0-9_]{2,64}$/;

type Problems = FieldProblem[];
const problem = (problems: Problems, path: string, zh: string, en: string) =>
  problems.push({ path, messageZh: `${path}：${zh}`, messageEn: `${path}: ${en}` });

function text(problems: Problems, body: Record<string, unknown>, path: string, max: number): string {
  const v = body[path];
  if (typeof v !== "string" || v.trim() === "") {
    problem(problems, path, "必填", "required");
    return "";
  }
  if (v.trim().length > max) problem(problems, path, `最多 ${max} 字`, `at most ${max} characters`);
  return v.trim();
}

function year(problems: Problems, body: Record<string, unknown>, path: string): number {
  const v = body[path];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 2000 || v > 2100) {
    problem(problems, path, "应为 2000–2100 之间的年份", "a year from 2000 to 2100");
    return 0;
  }
  return v;
}

function decimal(problems: Problems, body: Record<string, unknown>, path: string): string {
  const v = body[path];
  if (typeof v !== "string" || !DECIMAL.test(v.trim())) {
    problem(problems, path, "应为数字（如 15 或 -18.5），以文本填写", "a decimal number as text, e.g. 15 or -18.5");
    return "";
  }
  return new Dec(v.trim()).toFixed();
}

const asBody = (input: unknown): Record<string, unknown> =>
  input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};

export function checkTargetInput(key: string, input: unknown): { value: TTargetInput; problems: Problems } {
  const body = asBody(input);
  const problems: Problems = [];
  if (!TARGET_KEY.test(key))
    problem(problems, "key", "应为 2–64 位小写字母、数字、_ 或 -", "2–64 of a-z, 0-9, _ and -");
  const nameZh = text(problems, body, "nameZh", 200);
  const nameEn = text(problems, body, "nameEn", 200);
  const metric = typeof body.metric === "string" ? body.metric.trim() : "";
  if (!METRIC.test(metric))
    problem(problems, "metric", "应为指标键（小写字母、数字、_）", "a metric key (a-z, 0-9, _)");
  const unit = body.unit as TTargetInput["unit"];
  const known = METRIC.test(metric) ? unitOfMetric(metric) : null;
  if (!(STAT_UNITS as readonly unknown[]).includes(unit))
    problem(problems, "unit", `应为 ${STAT_UNITS.join("、")} 之一`, `one of ${STAT_UNITS.join(", ")}`);
  else if (known !== null && unit !== known)
    problem(problems, "unit", `指标 ${metric} 的单位是 ${known}`, `the metric ${metric} is in ${known}`);
  const baselineYear = year(problems, body, "baselineYear");
  const targetYear = year(problems, body, "targetYear");
  const baselineValue = decimal(problems, body, "baselineValue");
  const targetValue = decimal(problems, body, "targetValue");
  const direction = body.direction as TTargetInput["direction"];
  if (direction !== "increase" && direction !== "decrease")
    problem(problems, "direction", "应为 increase（上升）或 decrease（下降）", "increase or decrease");
  const source = text(problems, body, "source", 1000);
  if (baselineYear && targetYear && targetYear <= baselineYear)
    problem(problems, "targetYear", "目标年须晚于基期年", "the target year must follow the baseline year");
  if (baselineValue && targetValue && (direction === "increase" || direction === "decrease")) {
    const span = new Dec(targetValue).minus(baselineValue);
    if (direction === "increase" ? !span.gt(0) : !span.lt(0))
      problem(
        problems,
        "targetValue",
        direction === "increase" ? "上升目标的目标值须高于基期值" : "下降目标的目标值须低于基期值",
        `an ${direction} target must be ${direction === "increase" ? "above" : "below"} its baseline`,
      );
  }
  return {
    value: {
      nameZh,
      nameEn,
      metric,
      unit,
      baselineYear,
      baselineValue,
      targetYear,
      targetValue,
      direction,
      source,
    },
    problems,
  };
}

export function checkObservationInput(input: unknown): { value: TTargetObservationInput; problems: Problems } {
  const body = asBody(input);
  const problems: Problems = [];
  const y = year(problems, body, "year");
  const value = decimal(problems, body, "value");
  const source = text(problems, body, "source", 1000);
  return { value: { year: y, value, source }, problems };
}
