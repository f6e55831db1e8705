import type { SeededRandom } from "../random/seeded-random";
import type { Fact, FactSheet, MistakeKind } from "./disclosure-facts";
import type { DemoEntityKind, DemoReviewComment } from "./disclosure-history-types";

interface MistakeSpec {
  readonly kind: MistakeKind;
  /** The indicator the slip shows in, and the reviewer's comment is on. */
  readonly indicatorId: string;
  readonly entityKinds: readonly DemoEntityKind[];
  /** Other indicators that must be disclosed too for the slip to show (the reviewer compares with them). */
  readonly alongside?: readonly string[];
  /** The reviewer's comment, given the figure as (wrongly) submitted. */
  readonly comment: (wrong: string) => string;
}

const SPECS: readonly MistakeSpec[] = [
  {
    kind: "revenue_yuan_as_wan",
    indicatorId: "X-CTX-004",
    entityKinds: ["enterprise", "fund_manager"],
    comment: (v) =>
      `营业收入填报为 ${v} 万元，约为企业登记营业收入的一万倍，疑似将「元」误作「万元」，请核实并同步修正各强度指标`,
  },
  {
    kind: "scope2_grid_factor",
    indicatorId: "E-GHG-002",
    entityKinds: ["enterprise"],
    alongside: ["E-ENE-004"],
    comment: () =>
      "范围二排放未说明所用电网排放因子；按外购电量推算约为 0.94 tCO2/MWh，明显高于全国电网平均排放因子，请补充说明并核实",
  },
  {
    kind: "electricity_kwh_as_mwh",
    indicatorId: "E-ENE-004",
    entityKinds: ["enterprise"],
    comment: (v) =>
      `外购电力消耗量填报为 ${v} 兆瓦时，与间接能源消耗量明显不符，疑似将千瓦时读数按兆瓦时填报，请核实单位`,
  },
  {
    kind: "reduction_kg_as_t",
    indicatorId: "E-GHG-012",
    entityKinds: ["enterprise"],
    alongside: ["E-GHG-001", "E-GHG-002"],
    comment: (v) => `温室气体减排量填报为 ${v} 吨，超过范围一和范围二排放合计，疑似将千克误填为吨，请核实`,
  },
  {
    kind: "reduction_spend_yuan_as_wan",
    indicatorId: "E-GHG-013",
    entityKinds: ["enterprise"],
    comment: (v) => `温室气体减排资金投入填报为 ${v} 万元，与企业经营规模明显不符，疑似将「元」误作「万元」，请核实`,
  },
  {
    kind: "hazardous_kg_as_t",
    indicatorId: "E-WST-001",
    entityKinds: ["enterprise"],
    comment: (v) => `有害废弃物产生量填报为 ${v} 吨，与企业生产规模明显不符，疑似将千克误填为吨，请核实`,
  },
  {
    kind: "office_power_mwh_as_kwh",
    indicatorId: "F-OPS-001",
    entityKinds: ["financial_institution"],
    comment: (v) => `营业办公用电量仅 ${v} 千瓦时，按员工人数推算明显偏低，疑似将兆瓦时读数按千瓦时填报，请核实单位`,
  },
  {
    kind: "green_investment_wan_as_yi",
    indicatorId: "M-FND-006",
    entityKinds: ["fund_manager"],
    comment: (v) => `绿色投资规模填报为 ${v} 亿元，远超公司管理规模，疑似将万元误作亿元，请核实单位`,
  },
  {
    kind: "renewable_share_as_fraction",
    indicatorId: "E-ENE-007",
    entityKinds: ["fund_manager"],
    comment: (v) => `可再生能源使用占比填报为 ${v}%，疑似将小数比例直接填入百分比栏（应乘以 100），请核实`,
  },
];

/** Requests for more detail a reviewer adds beside the main comment, on figures that were given. */
const FOLLOW_UPS: readonly DemoReviewComment[] = [
  { indicatorId: "E-GHG-002", dimension: "", comment: "范围二排放未说明所用电网排放因子，请补充" },
  { indicatorId: "E-GHG-005", dimension: "", comment: "范围三排放请说明核算覆盖的类别及数据来源" },
  {
    indicatorId: "G-GOV-009",
    dimension: "",
    comment: "重要性评估流程描述过于简略，请补充利益相关方参与方式及评估结果",
  },
  { indicatorId: "X-CTX-002", dimension: "", comment: "报告边界请列明纳入合并范围的子公司" },
  { indicatorId: "E-CLI-012", dimension: "", comment: "减排目标请注明基准年排放量及覆盖范围" },
  { indicatorId: "F-FIN-007", dimension: "", comment: "绿色信贷余额请注明统计口径（人民银行绿色贷款专项统计口径）" },
  { indicatorId: "M-FND-009", dimension: "", comment: "投前ESG尽职调查覆盖率请说明统计口径（按项目数或投资金额）" },
];

const nonZero = (facts: readonly Fact[] | undefined) =>
  facts?.some((f) => typeof f.value === "string" && Number(f.value) > 0) ?? false;

export interface ChosenMistake {
  readonly kind: MistakeKind;
  readonly indicatorId: string;
  readonly comment: (wrong: string) => string;
}

/** A slip that would show in this disclosure: its indicator is disclosed, with a figure that is not zero. */
export function pickMistake(
  rng: SeededRandom,
  entityKind: DemoEntityKind,
  disclosed: ReadonlySet<string>,
  facts: FactSheet,
): ChosenMistake | null {
  const fits = SPECS.filter(
    (m) =>
      m.entityKinds.includes(entityKind) &&
      disclosed.has(m.indicatorId) &&
      (m.alongside ?? []).every((id) => disclosed.has(id)) &&
      nonZero(facts.get(m.indicatorId)),
  );
  return fits.length ? rng.pick(fits) : null;
}

/** The comments on a returned revision: the slip, and sometimes a request for more detail on another figure. */
export function reviewComments(
  rng: SeededRandom,
  mistake: ChosenMistake,
  wrongValue: string,
  disclosed: ReadonlySet<string>,
): DemoReviewComment[] {
  const comments: DemoReviewComment[] = [
    { indicatorId: mistake.indicatorId, dimension: "", comment: mistake.comment(wrongValue) },
  ];
  const more = FOLLOW_UPS.filter((f) => disclosed.has(f.indicatorId) && f.indicatorId !== mistake.indicatorId);
  if (more.length && rng.unit() < 0.5) comments.push(rng.pick(more));
  return comments;
}
