import { canonicalJson } from "../audit/canonical-json";
import { sha256Hex } from "../rating/rating-hashes";
import { type ActivityRow, itemMapping, rowKey, validateActivityRows } from "./activity-rows";
import type { AccountInput } from "./carbon-account-types";
import { NON_NEGATIVE_DECIMAL } from "./carbon-decimal";
import { type CarbonProblem, problem } from "./carbon-errors";
import { resolveProvince } from "./factor-lookup";
import type { CarbonFactorSetData, Province } from "./factor-set-types";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything wrong with an account's input, each located: rows, the profile, the enterprise's own factors. */
export function accountInputProblems(set: CarbonFactorSetData, input: AccountInput): CarbonProblem[] {
  const problems = validateActivityRows(input.rows, set);
  const { enterprise, year } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.calculatedOn))
    problems.push(problem("input", "calculatedOn", "计算日期应为 YYYY-MM-DD", "calculatedOn must be YYYY-MM-DD"));
  if (enterprise.province !== null && !resolveProvince(set, enterprise.province))
    problems.push(
      problem(
        "profile",
        "province",
        `未知的省份 "${enterprise.province}"`,
        `unknown province "${enterprise.province}"`,
      ),
    );
  if (enterprise.industryCode !== null && !/^[A-T](\d{2}(\d{1,2})?)?$/.test(enterprise.industryCode))
    problems.push(
      problem(
        "profile",
        "industry",
        `"${enterprise.industryCode}" 不是 GB/T 4754 代码`,
        `"${enterprise.industryCode}" is not a GB/T 4754 code`,
      ),
    );
  for (const r of input.rows) {
    if (r.enterprise !== enterprise.id)
      problems.push(
        problem(r.ref, "enterprise", `不属于企业 ${enterprise.id}`, `does not belong to enterprise ${enterprise.id}`),
      );
    if (!r.month.startsWith(`${year}-`))
      problems.push(problem(r.ref, "month", `${r.month} 不在 ${year} 年`, `${r.month} is not in ${year}`));
  }
  for (const f of input.options?.facilityFactors ?? []) {
    const where = `facility factor ${f.id}`;
    const mapping = itemMapping(set, f.item);
    const expected = mapping?.basisUnit ? [`tCO2/${mapping.basisUnit}`, ...(mapping.densityId ? ["t/m3"] : [])] : [];
    if (!mapping || !expected.length)
      problems.push(
        problem(where, "item", `项目 ${f.item} 不能使用企业因子`, `item ${f.item} takes no facility factor`),
      );
    else if (!expected.includes(f.unit))
      problems.push(
        problem(where, "unit", `单位应为 ${expected.join(" 或 ")}`, `unit must be ${expected.join(" or ")}`),
      );
    if (!NON_NEGATIVE_DECIMAL.test(f.value))
      problems.push(problem(where, "value", "因子应为非负十进制数", "value must be a non-negative decimal"));
    if (!f.evidence.trim())
      problems.push(problem(where, "evidence", "企业因子须附证据", "a facility factor needs its evidence"));
  }
  return problems;
}

export const provinceOf = (set: CarbonFactorSetData, input: AccountInput): Province | null =>
  input.enterprise.province === null ? null : (resolveProvince(set, input.enterprise.province) ?? null);

/**
 * SHA-256 of the canonical JSON of what was accounted: profile, year, options and the rows sorted by key (their
 * position in a file is not part of them), so the same data in another order gives the same hash.
 */
export function accountInputsHash(input: AccountInput): string {
  const o = input.options ?? {};
  const rows = [...input.rows]
    .map((r: ActivityRow) => ({ key: rowKey(r), note: r.note ?? "", quantity: r.quantity, unit: r.unit }))
    .sort((a, b) => compare(a.key, b.key));
  return sha256Hex(
    canonicalJson({
      enterprise: input.enterprise,
      options: {
        allowUnverified: o.allowUnverified ?? false,
        facilityFactors: [...(o.facilityFactors ?? [])].sort((a, b) => compare(a.id, b.id)),
        gridBasis: o.gridBasis ?? "location",
        includeScope3: o.includeScope3 ?? false,
      },
      rows,
      year: input.year,
    }),
  );
}
