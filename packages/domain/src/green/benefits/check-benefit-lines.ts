import { Dec } from "../../rating/rating-decimal";
import type { BenefitLine, BenefitMethodDef, BenefitMethodSetData, BenefitProblem } from "./benefit-types";

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Every problem with the stated lines, each with its path (`<path>[i].method`, `<path>[i].inputs.<key>`) and a
 * Chinese and English message: unknown method, unknown or missing input, not a number, out of range, none of the
 * "at least one" inputs, a broken constraint (effluent above influent). Empty when the lines can be computed.
 */
export function checkBenefitLines(
  set: BenefitMethodSetData,
  lines: readonly BenefitLine[],
  path = "lines",
): BenefitProblem[] {
  const problems: BenefitProblem[] = [];
  const methods = new Map(set.methods.map((m) => [m.key, m]));
  lines.forEach((line, i) => {
    const at = `${path}[${i}]`;
    const method = methods.get(line.method);
    if (!method) {
      problems.push({
        path: `${at}.method`,
        messageZh: `未知的效益测算方法“${line.method}”`,
        messageEn: `Unknown benefit method "${line.method}"`,
      });
      return;
    }
    problems.push(...checkLineInputs(method, line.inputs, `${at}.inputs`));
  });
  return problems;
}

function checkLineInputs(method: BenefitMethodDef, given: Readonly<Record<string, string>>, at: string) {
  const problems: BenefitProblem[] = [];
  const add = (key: string, messageZh: string, messageEn: string) =>
    problems.push({ path: key ? `${at}.${key}` : at, messageZh, messageEn });
  const declared = new Map(method.inputs.map((i) => [i.key, i]));
  for (const key of Object.keys(given))
    if (!declared.has(key))
      add(key, `方法“${method.nameZh}”没有输入项 ${key}`, `Method "${method.nameEn}" has no input ${key}`);
  const values = new Map<string, Dec>();
  for (const input of method.inputs) {
    const text = given[input.key];
    if (text === undefined) {
      if (input.required) add(input.key, `请填写${input.nameZh}`, `${input.nameEn} is required`);
      else values.set(input.key, new Dec(input.default ?? "0"));
      continue;
    }
    if (!DECIMAL_TEXT.test(text)) {
      add(input.key, `${input.nameZh}必须是数字`, `${input.nameEn} must be a number`);
      continue;
    }
    const value = new Dec(text);
    if (value.lessThan(input.min))
      add(input.key, `${input.nameZh}不能小于 ${input.min}`, `${input.nameEn} must be at least ${input.min}`);
    else if (input.max !== undefined && value.greaterThan(input.max))
      add(input.key, `${input.nameZh}不能大于 ${input.max}`, `${input.nameEn} must be at most ${input.max}`);
    else values.set(input.key, value);
  }
  const anyOf = method.atLeastOne ?? [];
  if (anyOf.length && !anyOf.some((k) => given[k] !== undefined)) {
    const names = method.inputs.filter((i) => anyOf.includes(i.key));
    add(
      "",
      `请至少填写一项：${names.map((i) => i.nameZh).join("、")}`,
      `Give at least one of: ${names.map((i) => i.nameEn).join(", ")}`,
    );
  }
  for (const c of method.constraints ?? []) {
    const left = values.get(c.left);
    const right = values.get(c.right);
    if (left && right && left.lessThan(right)) add(c.right, c.messageZh, c.messageEn);
  }
  return problems;
}
