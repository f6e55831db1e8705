import {
  COLLATERAL_LABELS,
  CONSENT_LABELS,
  type EligibilityRange,
  type FinancingNeed,
  type ProductEligibilityRules,
  PURPOSE_LABELS,
  type RuleOutcome,
  type RuleReason,
  SIZE_LABELS,
} from "./eligibility-types";

/** The ESG grade scale, best first (the rating methodology's scale), used to compare grades. */
export interface MatchingScales {
  readonly esgGrades: readonly string[];
}

const reason = (rule: RuleReason["rule"], outcome: RuleOutcome, zh: string, en: string): RuleReason => ({
  rule,
  outcome,
  zh,
  en,
});
const list = (xs: readonly string[]) => xs.join(", ");
type Labels = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
const zhList = (labels: Labels, xs: readonly string[]) => xs.map((x) => labels[x]?.zh ?? x).join("、");
const enList = (labels: Labels, xs: readonly string[]) => xs.map((x) => labels[x]?.en ?? x).join(", ");
const unknown = (rule: RuleReason["rule"], zh: string, en: string) =>
  reason(rule, "unknown", `未提供${zh}，无法判断`, `${en} not given: cannot tell`);

const inRange = (v: number, r: EligibilityRange) =>
  (r.min === undefined || v >= r.min) && (r.max === undefined || v <= r.max);
/** 6000000 → "6,000,000": amounts in reasons are read by people. */
const grouped = (n: number) => {
  const [i, f] = String(n).split(".");
  const int = (i as string).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return f === undefined ? int : `${int}.${f}`;
};
const rangeText = (r: EligibilityRange, unit: string) =>
  `${r.min === undefined ? "…" : grouped(r.min)}–${r.max === undefined ? "…" : grouped(r.max)} ${unit}`;
const hasBound = (r: EligibilityRange | undefined): r is EligibilityRange =>
  r !== undefined && (r.min !== undefined || r.max !== undefined);
const segmentPrefix = (code: string, prefix: string) => code === prefix || code.startsWith(`${prefix}.`);

/** One reason per rule the product states, in RULE_KEYS order. */
export function evaluateRules(
  rules: ProductEligibilityRules,
  need: FinancingNeed,
  scales: MatchingScales,
): RuleReason[] {
  const out: RuleReason[] = [];
  const e = need.enterprise;
  if (rules.industries?.length) {
    const code = e.industry?.toUpperCase();
    const hit = code && rules.industries.find((p) => code.startsWith(p.toUpperCase()));
    out.push(
      code === undefined
        ? unknown("industry", "行业代码", "Industry code")
        : reason(
            "industry",
            hit ? "met" : "not-met",
            `行业 ${code} ${hit ? "属于" : "不属于"}产品支持的行业（${list(rules.industries)}）`,
            `Industry ${code} is ${hit ? "" : "not "}among the product's industries (${list(rules.industries)})`,
          ),
    );
  }
  if (rules.catalogueCategories?.length) {
    const code = need.projectCategory;
    const hit = code && rules.catalogueCategories.find((p) => segmentPrefix(code, p));
    out.push(
      code === undefined
        ? unknown("catalogueCategory", "认定项目的目录类别", "Certified project category")
        : reason(
            "catalogueCategory",
            hit ? "met" : "not-met",
            `项目目录类别 ${code} ${hit ? "属于" : "不属于"}产品支持的类别（${list(rules.catalogueCategories)}）`,
            `Project category ${code} is ${hit ? "" : "not "}among the product's categories (${list(rules.catalogueCategories)})`,
          ),
    );
  }
  if (rules.minEsgGrade !== undefined) {
    const min = rules.minEsgGrade;
    const g = e.esgGrade;
    out.push(
      g === undefined
        ? unknown("esgGrade", "ESG评级", "ESG grade")
        : reason(
            "esgGrade",
            scales.esgGrades.indexOf(g) <= scales.esgGrades.indexOf(min) ? "met" : "not-met",
            `ESG评级 ${g}，产品要求不低于 ${min}`,
            `ESG grade ${g}; the product requires ${min} or better`,
          ),
    );
  }
  if (rules.maxCarbonGrade !== undefined) {
    const max = rules.maxCarbonGrade;
    const g = e.carbonGrade;
    out.push(
      g === undefined
        ? unknown("carbonGrade", "碳效等级", "Carbon-efficiency grade")
        : reason(
            "carbonGrade",
            g <= max ? "met" : "not-met",
            `碳效等级 ${g} 级，产品接受 ${max} 级及更优（1 级最优）`,
            `Carbon-efficiency grade ${g}; the product accepts grade ${max} or better`,
          ),
    );
  }
  if (hasBound(rules.amount)) {
    const ok = inRange(need.amount, rules.amount);
    out.push(
      reason(
        "amount",
        ok ? "met" : "not-met",
        `金额 ${grouped(need.amount)} 元${ok ? "在" : "不在"}产品范围 ${rangeText(rules.amount, "元")} 内`,
        `Amount CNY ${grouped(need.amount)} is ${ok ? "within" : "outside"} the product's range ${rangeText(rules.amount, "CNY")}`,
      ),
    );
  }
  if (hasBound(rules.tenorMonths)) {
    const ok = inRange(need.tenorMonths, rules.tenorMonths);
    out.push(
      reason(
        "tenor",
        ok ? "met" : "not-met",
        `期限 ${need.tenorMonths} 个月${ok ? "在" : "不在"}产品范围 ${rangeText(rules.tenorMonths, "个月")} 内`,
        `Tenor ${need.tenorMonths} months is ${ok ? "within" : "outside"} the product's range ${rangeText(rules.tenorMonths, "months")}`,
      ),
    );
  }
  if (rules.collateral?.length) {
    const offered =
      need.collateralOffered === undefined
        ? undefined
        : need.collateralOffered.length
          ? need.collateralOffered
          : (["none"] as const);
    const hit = offered?.filter((k) => rules.collateral?.includes(k)) ?? [];
    out.push(
      offered === undefined
        ? unknown("collateral", "担保方式", "Collateral offered")
        : reason(
            "collateral",
            hit.length ? "met" : "not-met",
            hit.length
              ? `提供的担保 ${zhList(COLLATERAL_LABELS, hit)} 为产品接受的方式`
              : `提供的担保（${zhList(COLLATERAL_LABELS, offered)}）均不在产品接受的方式（${zhList(COLLATERAL_LABELS, rules.collateral)}）内`,
            hit.length
              ? `Collateral offered ${enList(COLLATERAL_LABELS, hit)} is accepted by the product`
              : `None of the collateral offered (${enList(COLLATERAL_LABELS, offered)}) is accepted (${enList(COLLATERAL_LABELS, rules.collateral)})`,
          ),
    );
  }
  if (rules.enterpriseSizes?.length) {
    const s = e.size;
    const ok = s !== undefined && rules.enterpriseSizes.includes(s);
    out.push(
      s === undefined
        ? unknown("enterpriseSize", "企业规模", "Enterprise size")
        : reason(
            "enterpriseSize",
            ok ? "met" : "not-met",
            `企业规模「${SIZE_LABELS[s].zh}」${ok ? "在" : "不在"}产品服务范围（${zhList(SIZE_LABELS, rules.enterpriseSizes)}）内`,
            `Enterprise size "${SIZE_LABELS[s].en}" is ${ok ? "" : "not "}served by the product (${enList(SIZE_LABELS, rules.enterpriseSizes)})`,
          ),
    );
  }
  if (rules.purposes?.length) {
    const p = need.purpose;
    const ok = p !== undefined && rules.purposes.includes(p);
    out.push(
      p === undefined
        ? unknown("purpose", "融资用途", "Purpose")
        : reason(
            "purpose",
            ok ? "met" : "not-met",
            `融资用途「${PURPOSE_LABELS[p].zh}」${ok ? "符合" : "不符合"}产品用途（${zhList(PURPOSE_LABELS, rules.purposes)}）`,
            `Purpose "${PURPOSE_LABELS[p].en}" is ${ok ? "" : "not "}one the product finances (${enList(PURPOSE_LABELS, rules.purposes)})`,
          ),
    );
  }
  if (rules.requiredConsents?.length) {
    const missing = rules.requiredConsents.filter((c) => !need.consents.includes(c));
    out.push(
      reason(
        "consent",
        missing.length ? "not-met" : "met",
        missing.length
          ? `产品要求授权共享${zhList(CONSENT_LABELS, missing)}，企业未授权`
          : `企业已授权共享产品要求的数据（${zhList(CONSENT_LABELS, rules.requiredConsents)}）`,
        missing.length
          ? `The product needs consent to share the ${enList(CONSENT_LABELS, missing)}, which was not given`
          : `Consent given to share the data the product needs (${enList(CONSENT_LABELS, rules.requiredConsents)})`,
      ),
    );
  }
  return out;
}

/** 1 inside the range (or with no range); below it amount ÷ min, above it max ÷ amount: how far off, as a ratio. */
export function amountCloseness(amount: number, range: EligibilityRange | undefined): number {
  if (range?.min !== undefined && amount < range.min) return amount / range.min;
  if (range?.max !== undefined && amount > range.max) return range.max / amount;
  return 1;
}
