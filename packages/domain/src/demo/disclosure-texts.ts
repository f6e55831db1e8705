import type { DemoEntityKind } from "./disclosure-history-types";
import type { SectorKind } from "./disclosure-intensities";

export interface TextContext {
  readonly year: number;
  readonly entityKind: DemoEntityKind;
  /** The organisation's kind ("bank", "insurer", …): financial institutions write about their own business. */
  readonly orgKind: string;
  readonly sectorKind: SectorKind;
  /** In a carbon emissions trading market this year. */
  readonly ets: boolean;
  /** Drawn once per disclosure: which of a few phrasings it uses, the same every time a text is asked for again. */
  readonly variant: number;
}

/** One of the options, fixed for this disclosure and indicator. */
function choose<T>(t: TextContext, key: string, options: readonly T[]): T {
  let h = t.variant;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return options[h % options.length] as T;
}

type Writer = (t: TextContext) => string;

const industrial = (t: TextContext) => ["heavy", "manufacturing", "utility"].includes(t.sectorKind);

/** Short answers in the register of Chinese sustainability reports; fictional, and plain enough for any firm. */
const TEXTS: Readonly<Record<string, Writer>> = {
  "X-CTX-001": (t) => `${t.year}年1月1日至${t.year}年12月31日`,
  "X-CTX-002": (t) =>
    choose(t, "X-CTX-002", [
      "与合并财务报表范围一致，涵盖公司本部及全部控股子公司",
      "公司本部及青岛地区主要经营场所，不含参股公司",
    ]),
  "G-GOV-001": () => "董事会对可持续发展事项负最终责任，每年至少审议一次ESG工作报告及重大议题",
  "G-GOV-003": () => "总经理牵头ESG工作小组，由综合管理部统筹，各部门按季度报送指标并向董事会汇报",
  "G-GOV-009": () => "通过利益相关方问卷与访谈识别议题，从财务重要性和影响重要性两个维度评分，经管理层审定",
  "G-DD-002": () => "覆盖自身运营及一级供应商，识别劳工、环境及商业道德风险，高风险事项已制定整改计划",
  "G-STK-001": () => "识别政府及监管机构、客户、员工、供应商、社区等利益相关方，通过走访、问卷、热线等渠道沟通",
  "G-ACP-002": () => "制定公平竞争合规指引，重大合同及定价须经法务审核，每年开展反垄断培训",
  "E-CLI-001": () => "董事会负责审议气候战略，管理层下设节能减排领导小组，负责目标分解与考核",
  "E-CLI-002": (t) =>
    industrial(t)
      ? "转型风险：碳价上升及能耗双控收紧增加成本；物理风险：台风、暴雨影响沿海厂区；机遇：节能改造与低碳产品需求增长"
      : "转型风险：客户低碳要求提高；物理风险：极端天气影响办公及数据中心；机遇：绿色产品与服务需求增长",
  "E-CLI-005": () => "当期影响有限；预计未来三年节能改造及碳成本将增加营业成本约1%至2%",
  "E-CLI-007": () => "参照NGFS有序转型与当前政策两类情景，评估2030年及2050年的财务影响",
  "E-CLI-009": () => "气候风险纳入全面风险管理体系，每年识别评估一次，由风险管理部门跟踪应对措施",
  "E-CLI-012": (t) =>
    choose(t, "E-CLI-012", [
      `以${t.year - 2}年为基准年，到2030年单位营业收入范围一和范围二排放下降20%`,
      `以${t.year - 1}年为基准年，到2030年范围一和范围二排放总量下降15%，2060年前实现碳中和`,
    ]),
  "E-GHG-015": (t) =>
    t.ets ? `已按期完成${t.year}年度配额清缴，履约率100%` : "公司未纳入碳排放权交易市场，不涉及配额清缴",
  "E-ENE-010": (t) => `${t.year + 1}年单位营业收入综合能耗较${t.year}年下降3%，本年度完成照明及空压机节能改造`,
  "E-WAT-007": () => "取水来自市政管网，无取水困难；目标为单位营业收入用水量逐年下降",
  "E-WST-007": () => "危险废物委托有资质单位处置，一般固废分类收集、优先综合利用",
  "E-CIR-002": () => "推进边角料回收和包装物循环使用，年度综合利用率稳步提升",
  "E-BIO-004": () => "经营场所均不在生态保护红线内，未对环境及天然资源造成重大影响",
  "S-COM-003": () => "教育助学、社区养老及海洋环境保护志愿服务",
  "S-SUP-006": () => "对关键物料实行双供应商策略，建立供应商分级管理和年度审核机制",
  "S-SME-005": () => "报告期末无逾期未支付中小企业款项，未发生相关诉讼或仲裁",
  "S-EMP-017": () => "招聘环节严格核验身份证件，劳动合同明确工时与休假，未发现童工及强制劳动",
  "F-FIN-001": (t) =>
    t.orgKind === "bank"
      ? `${t.year}年绿色金融战略聚焦清洁能源、节能环保和海洋经济，绿色信贷增速高于各项贷款平均增速`
      : `${t.year}年绿色金融战略聚焦绿色保险保障与绿色投资，服务海洋经济和清洁能源`,
  "F-FIN-002": (t) =>
    t.orgKind === "bank"
      ? "董事会战略委员会统筹绿色金融，高级管理层设绿色金融领导小组，总行设绿色金融部"
      : "董事会统筹绿色金融，管理层设绿色金融工作小组，由战略发展部门牵头落实",
  "F-FIN-003": () => "制定绿色金融发展规划、环境与社会风险管理办法及相关业务政策指引",
  "F-FIN-004": (t) =>
    t.orgKind === "bank"
      ? "推出碳排放权质押贷款、蓝色债券及可持续发展挂钩贷款等产品"
      : t.orgKind === "insurer"
        ? "推出环境污染责任保险、海洋巨灾指数保险及新能源车险等产品"
        : "发行ESG主题理财产品，将绿色债券纳入固定收益投资组合",
  "F-FIN-005": (t) =>
    t.orgKind === "bank"
      ? "将环境与社会风险纳入授信全流程，对两高行业客户实行名单制管理"
      : "将环境与社会风险纳入承保及投资决策流程，对两高行业投资实行限额管理",
  "F-DAT-001": () => "建立环境数据统计口径与校验规则，数据经业务部门与风险管理部门双重复核",
  "F-OPS-006": () => "推行无纸化办公，营业网点更换节能灯具，公务用车逐步替换为新能源车",
};

/** The text an organisation writes for a text indicator; a pointer to its report where nothing specific is known. */
export function textFor(indicatorId: string, topicZh: string, t: TextContext): string {
  return TEXTS[indicatorId]?.(t) ?? `详见公司${t.year}年度可持续发展报告「${topicZh}」章节`;
}

/** Why there is nothing to report where the organisation has not done the thing asked about. */
const NOT_DONE: Readonly<Record<string, string>> = {
  "E-CLI-007": "公司尚未开展气候情景分析，计划于下一报告期开展",
  "E-CLI-025": "公司尚未设定内部碳价",
  "S-EMP-015": "本年度未开展员工满意度调查",
};

/** Why a figure the framework asks for is not applicable to this organisation (or there is nothing to report). */
export function notApplicableReason(indicatorId: string, topicZh: string, t: TextContext): string {
  const notDone = NOT_DONE[indicatorId];
  if (notDone) return notDone;
  if (t.entityKind !== "enterprise") return `不适用：公司为金融机构，无「${topicZh}」相关生产经营活动`;
  return industrial(t)
    ? `不适用：公司生产过程不涉及该事项`
    : `不适用：公司主营业务为服务类，不涉及「${topicZh}」相关生产活动`;
}

const MONEY = new Set(["yuan", "wan_yuan", "m_yuan", "yi_yuan"]);

/** Why a figure that applies was not disclosed this year; only amounts of money are ever commercially sensitive. */
export function notDisclosedReason(indicatorId: string, unit: string | null, t: TextContext): string {
  if (indicatorId.startsWith("E-GHG-005") || indicatorId.startsWith("E-GHG-006"))
    return "范围三排放核算尚在开展中，计划于下一报告期披露";
  if (/^E-CLI-0(1[7-9]|2[0-5])$/.test(indicatorId))
    return indicatorId === "E-CLI-025" ? "公司尚未设定内部碳价" : "尚未完成气候相关财务影响的量化评估，计划逐步披露";
  const reasons = ["本年度尚未建立该指标的统计口径，计划于下一报告期披露", "相关数据正在系统梳理中，暂未形成可靠统计"];
  return choose(t, indicatorId, unit && MONEY.has(unit) ? [...reasons, "涉及商业敏感信息，暂不对外披露"] : reasons);
}
