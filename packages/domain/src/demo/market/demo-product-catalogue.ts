/**
 * The kinds of product the demo institutions publish (issue 7 item 1): carbon-asset pledge loans (allowances with a
 * retrofit loan, CCER future income, emission rights, carbon-sink income), carbon-neutral, blue, transition,
 * sustainability-linked and carbon-disclosure-linked loans; green, blue, transition and sustainability-linked bonds;
 * carbon-neutral, ESG and green wealth products; environmental-liability, green building-materials guarantee and
 * carbon-sink insurance. Who offers what is stated per kind; names, rates and ranges vary a little by institution.
 * All names are fictional products of fictional institutions.
 */
import type { EnterpriseSize } from "../../identity/organisation-kinds";
import type { CollateralKind, DataConsent, FinancePurpose } from "../../market-service/eligibility-types";
import type { DemoHoldingKind, DemoProductFamily } from "./demo-market-types";

export interface DemoProductKind {
  /** The product key every offering institution uses. */
  key: string;
  family: DemoProductFamily;
  subType: string;
  /** Name variants (zh, en); an institution takes one by its place in `offeredBy`. */
  names: readonly (readonly [zh: string, en: string])[];
  description: string;
  offeredBy: readonly string[];
  /** A product table of market-pricing@2026.1, when the kind is priced by one. */
  pricingTemplate: string | null;
  /** Percent a year (premium rate for insurance); institutions vary it by up to 20 bp. */
  rate: readonly [min: number, max: number];
  /** Yuan and months; institutions vary the amount bounds by up to 10 %. */
  amount: readonly [min: number, max: number];
  tenor: readonly [min: number, max: number];
  purposes: readonly FinancePurpose[];
  collateral?: readonly CollateralKind[];
  /** The holding a pledge under this kind sits on (pledge kinds only). */
  holdingKind?: DemoHoldingKind;
  /**
   * Roughly what one unit of that holding secures, yuan (reference price × (1 − haircut) × (1 − future discount) ×
   * LTV cap of market-pricing@2026.1): the need asks for about what its free holding secures, and pledges enough of it.
   */
  loanPerUnit?: number;
  industries?: readonly string[];
  sizes?: readonly EnterpriseSize[];
  consents?: readonly DataConsent[];
  catalogueCategories?: readonly string[];
  /** How often needs are written with this kind in mind. */
  weight: number;
  /** What an enterprise writes when it posts a need of this kind. */
  needTexts: readonly string[];
}

const HIGH_CARBON = ["C22", "C25", "C26", "C30", "C31", "C32", "D44"];
const ALL_SIZES: readonly EnterpriseSize[] = ["large", "medium", "small", "micro"];

export const DEMO_PRODUCT_KINDS: readonly DemoProductKind[] = [
  {
    key: "cea-pledge-retrofit",
    family: "green_credit",
    subType: "carbon_quota_pledge",
    names: [
      ["碳配额质押+技改贷款", "Carbon-allowance pledge + retrofit loan"],
      ["碳排放权配额质押贷款", "Emission-allowance pledge loan"],
      ["“碳配贷”碳排放配额质押贷款", "Allowance-backed loan"],
    ],
    description:
      "以全国碳市场碳排放配额（CEA）质押，配套节能降碳技术改造贷款；质押率按押品参数表（参考价×（1−折扣）×70%），利率挂钩ESG评级与碳效等级。",
    offeredBy: [
      "bank-qinwan",
      "bank-huaze-qd",
      "bank-changhe-qd",
      "bank-zhongyi-qd",
      "bank-chengchuan-qd",
      "bank-yaohua-qd",
    ],
    pricingTemplate: "carbon-quota-pledge-retrofit",
    rate: [2.6, 4.5],
    amount: [1_000_000, 100_000_000],
    tenor: [6, 60],
    purposes: ["technical-retrofit", "working-capital", "project-investment"],
    collateral: ["cea-allowance"],
    holdingKind: "cea_allowance",
    loanPerUnit: 40,
    weight: 14,
    needTexts: [
      "以年度碳排放配额质押，用于锅炉及余热回收系统节能改造。",
      "以持有的碳排放配额质押，补充履约期流动资金并实施电机系统能效提升。",
      "以配额质押融资，建设光伏+储能自备电源，降低外购电排放。",
    ],
  },
  {
    key: "ccer-income-pledge",
    family: "green_credit",
    subType: "ccer_future_income_pledge",
    names: [
      ["CCER未来收益权质押贷款", "CCER future-income pledge loan"],
      ["核证自愿减排量收益权质押贷款", "Certified-reduction income pledge loan"],
    ],
    description:
      "以已登记项目的国家核证自愿减排量（CCER）预期签发收益权质押，预期量在签发折扣后按参考价估值；适用于可再生能源、林业碳汇、甲烷利用等项目。",
    offeredBy: ["bank-qinwan", "bank-changhe-qd", "bank-yuanlan-qd", "bank-qiyun-qd", "bank-haichuan-dev-qd"],
    pricingTemplate: "ccer-future-income-pledge",
    rate: [2.8, 5.0],
    amount: [500_000, 50_000_000],
    tenor: [12, 96],
    purposes: ["project-investment", "working-capital"],
    collateral: ["ccer"],
    holdingKind: "ccer_expected",
    loanPerUnit: 31,
    weight: 10,
    needTexts: [
      "以分布式光伏项目CCER预期收益权质押，用于二期项目建设。",
      "以海上风电项目减排量预期收益质押，补充项目运营资金。",
      "以沼气回收利用项目CCER收益权质押，建设提纯及并网设施。",
    ],
  },
  {
    key: "emission-right-pledge",
    family: "green_credit",
    subType: "emission_right_pledge",
    names: [
      ["排污权抵押贷款", "Emission-right pledge loan"],
      ["“排污权贷”主要污染物排放权质押贷款", "Pollutant-discharge right loan"],
    ],
    description:
      "以有偿取得的二氧化硫、氮氧化物、化学需氧量、氨氮排污权质押，按排污权交易参考价估值，支持污染治理与清洁生产改造。",
    offeredBy: ["bank-qinwan", "bank-laoyue-rcb", "bank-hengyue-qd", "bank-zhongyi-qd"],
    pricingTemplate: "emission-right-pledge",
    rate: [2.8, 5.0],
    amount: [300_000, 30_000_000],
    tenor: [6, 36],
    purposes: ["technical-retrofit", "working-capital", "project-investment"],
    collateral: ["emission-right"],
    holdingKind: "emission_right",
    loanPerUnit: 1900,
    industries: ["C", "D"],
    weight: 9,
    needTexts: [
      "以二氧化硫排污权质押，用于脱硫脱硝设施升级改造。",
      "以化学需氧量排污权质押，建设污水深度处理及中水回用设施。",
      "以氮氧化物排污权质押，补充清洁生产改造期间的流动资金。",
    ],
  },
  {
    key: "carbon-sink-income-pledge",
    family: "green_credit",
    subType: "carbon_sink_pledge",
    names: [
      ["林业碳汇预期收益权质押贷款", "Forest carbon-sink income pledge loan"],
      ["海洋碳汇（蓝碳）收益权质押贷款", "Blue-carbon sink income pledge loan"],
    ],
    description:
      "以林业碳汇、海草床及贝藻养殖等蓝碳项目的预期碳汇收益权质押，期限可覆盖项目计入期，支持生态修复与碳汇经营。",
    offeredBy: ["bank-qinwan", "bank-laoyue-rcb", "bank-haichuan-dev-qd"],
    pricingTemplate: "carbon-sink-future-income-pledge",
    rate: [3.0, 5.0],
    amount: [200_000, 20_000_000],
    tenor: [12, 120],
    purposes: ["project-investment", "working-capital"],
    collateral: ["carbon-sink-income"],
    holdingKind: "carbon_sink_future",
    loanPerUnit: 13,
    industries: ["A", "N"],
    weight: 6,
    needTexts: [
      "以碳汇林项目预期碳汇收益权质押，用于抚育管护及监测计量。",
      "以海带、牡蛎养殖蓝碳项目收益权质押，扩大贝藻混养规模。",
      "以滨海湿地修复项目碳汇收益权质押，建设监测站点。",
    ],
  },
  {
    key: "carbon-neutral-loan",
    family: "green_credit",
    subType: "carbon_neutral",
    names: [
      ["碳中和贷", "Carbon-neutral loan"],
      ["碳减排支持“碳中和”项目贷款", "Carbon-reduction project loan"],
    ],
    description:
      "支持清洁能源、节能环保、碳减排技术等碳减排领域项目，按项目测算的年碳减排量给予利率优惠，资金专款专用。",
    offeredBy: [
      "bank-huaze-qd",
      "bank-changhe-qd",
      "bank-zhongyi-qd",
      "bank-hengyue-qd",
      "bank-yaohua-qd",
      "bank-qinwan",
    ],
    pricingTemplate: null,
    rate: [2.9, 4.2],
    amount: [1_000_000, 300_000_000],
    tenor: [12, 180],
    purposes: ["project-investment", "technical-retrofit", "refinancing"],
    collateral: ["none", "real-estate", "equipment", "receivables", "guarantee"],
    catalogueCategories: ["1", "3", "4", "5", "6"],
    weight: 14,
    needTexts: [
      "建设厂房屋顶分布式光伏电站，年发电量约为用电量的三成。",
      "实施空压站及冷却系统节能改造，预计年节约标准煤千余吨。",
      "置换存量高息贷款，用于已投运的生物质热电联产项目。",
      "建设园区集中式储能及充电设施。",
    ],
  },
  {
    key: "blue-loan",
    family: "green_credit",
    subType: "blue",
    names: [
      ["蓝色贷款", "Blue loan"],
      ["海洋经济“蓝色贷”", "Ocean-economy blue loan"],
    ],
    description:
      "支持海洋可再生能源、可持续海水养殖、海洋生态修复、港口航运绿色化等蓝色经济项目，参照国际蓝色债券原则认定资金用途。",
    offeredBy: ["bank-qinwan", "bank-laoyue-rcb", "bank-haichuan-dev-qd", "bank-yuanlan-qd", "bank-changhe-qd"],
    pricingTemplate: null,
    rate: [2.85, 4.1],
    amount: [500_000, 100_000_000],
    tenor: [12, 120],
    purposes: ["project-investment", "working-capital", "technical-retrofit"],
    industries: ["A04", "A05", "C13", "D44", "G55", "N"],
    weight: 8,
    needTexts: [
      "建设深远海养殖工船配套设施，推广循环水养殖。",
      "港作船舶电动化改造及岸电设施建设。",
      "海水淡化及浓盐水综合利用项目建设。",
    ],
  },
  {
    key: "transition-loan",
    family: "green_credit",
    subType: "transition",
    names: [
      ["转型金融贷款", "Transition loan"],
      ["高碳行业低碳转型贷款", "Low-carbon transition loan"],
    ],
    description:
      "面向钢铁、建材、化工、造纸、火电等高碳行业的低碳转型项目，借款人须有可信的转型路径和分年度减排目标，贷后按年披露进展。",
    offeredBy: ["bank-huaze-qd", "bank-zhongyi-qd", "bank-haichuan-dev-qd", "bank-chengchuan-qd"],
    pricingTemplate: null,
    rate: [3.0, 4.3],
    amount: [5_000_000, 500_000_000],
    tenor: [24, 120],
    purposes: ["technical-retrofit", "project-investment"],
    industries: HIGH_CARBON,
    sizes: ["large", "medium"],
    weight: 6,
    needTexts: [
      "实施窑炉燃料替代及余热发电改造，按转型路径分三年完成。",
      "建设电炉短流程生产线，替代部分高炉产能。",
      "实施工艺路线低碳化改造并配套碳捕集示范装置。",
    ],
  },
  {
    key: "sll-loan",
    family: "green_credit",
    subType: "sustainability_linked",
    names: [
      ["可持续发展挂钩贷款", "Sustainability-linked loan"],
      ["ESG绩效挂钩贷款", "ESG performance-linked loan"],
    ],
    description:
      "利率与借款人碳排放强度等关键绩效指标（KPI）挂钩：每年经核验达标下调利率，未达标上调；须授权共享碳效数据。",
    offeredBy: ["bank-qinwan", "bank-huaze-qd", "bank-chengchuan-qd", "bank-qiyun-qd"],
    pricingTemplate: "sustainability-linked-loan",
    rate: [2.6, 5.0],
    amount: [5_000_000, 500_000_000],
    tenor: [12, 60],
    purposes: ["working-capital", "technical-retrofit", "project-investment", "refinancing"],
    sizes: ["large", "medium"],
    consents: ["carbon"],
    weight: 8,
    needTexts: [
      "补充营运资金，愿以单位产值碳排放强度年降4%作为挂钩指标。",
      "置换存量贷款，以可再生能源用电占比为挂钩指标。",
    ],
  },
  {
    key: "disclosure-linked-loan",
    family: "green_credit",
    subType: "carbon_disclosure_linked",
    names: [
      ["碳信息披露挂钩贷款", "Carbon-disclosure-linked loan"],
      ["“披露贷”环境信息披露挂钩贷款", "Disclosure-linked loan"],
    ],
    description: "按企业环境信息披露的完整度分档定价：披露越完整，利率优惠越多；须授权共享ESG数据与披露完整度。",
    offeredBy: ["bank-qinwan", "bank-yuanlan-qd", "bank-yaohua-qd"],
    pricingTemplate: "carbon-disclosure-linked-loan",
    rate: [3.0, 4.5],
    amount: [1_000_000, 100_000_000],
    tenor: [6, 36],
    purposes: ["working-capital", "technical-retrofit"],
    consents: ["esg"],
    weight: 8,
    needTexts: ["补充日常经营流动资金，已按园区要求完成年度环境信息披露。", "用于采购节能设备，附近三年碳排放数据。"],
  },
  {
    key: "green-bond-underwriting",
    family: "green_bond",
    subType: "green",
    names: [
      ["绿色债券（承销）", "Green bond (underwriting)"],
      ["绿色中期票据", "Green medium-term note"],
    ],
    description:
      "为符合《绿色债券支持项目目录》的项目发行绿色债券或绿色债务融资工具，提供主承销、第三方评估对接与存续期信息披露服务。",
    offeredBy: ["bank-qinwan", "bank-huaze-qd", "bank-changhe-qd", "bank-zhongyi-qd"],
    pricingTemplate: null,
    rate: [2.2, 3.5],
    amount: [100_000_000, 2_000_000_000],
    tenor: [36, 120],
    purposes: ["project-investment", "refinancing"],
    sizes: ["large", "medium"],
    weight: 4,
    needTexts: ["拟发行绿色债券，募集资金用于风电及光伏项目建设。", "拟发行绿色中期票据置换项目前期贷款。"],
  },
  {
    key: "blue-bond-underwriting",
    family: "green_bond",
    subType: "blue",
    names: [["蓝色债券（承销）", "Blue bond (underwriting)"]],
    description: "募集资金用于海洋可再生能源、海洋生态保护修复、可持续海产品等蓝色项目的债券承销服务。",
    offeredBy: ["bank-qinwan", "bank-haichuan-dev-qd"],
    pricingTemplate: null,
    rate: [2.3, 3.6],
    amount: [100_000_000, 1_000_000_000],
    tenor: [36, 84],
    purposes: ["project-investment", "refinancing"],
    sizes: ["large", "medium"],
    industries: ["A04", "C13", "D44", "G55", "N"],
    weight: 2,
    needTexts: ["拟发行蓝色债券，募集资金用于海上风电场二期建设。"],
  },
  {
    key: "transition-bond-underwriting",
    family: "green_bond",
    subType: "transition",
    names: [["转型债券（承销）", "Transition bond (underwriting)"]],
    description: "为高碳行业企业发行转型债券，募集资金用于节能降碳改造、燃料与原料替代、碳捕集利用与封存等转型活动。",
    offeredBy: ["bank-zhongyi-qd", "bank-chengchuan-qd"],
    pricingTemplate: null,
    rate: [2.6, 3.9],
    amount: [200_000_000, 2_000_000_000],
    tenor: [36, 84],
    purposes: ["technical-retrofit", "project-investment"],
    sizes: ["large", "medium"],
    industries: HIGH_CARBON,
    weight: 2,
    needTexts: ["拟发行转型债券，用于熟料生产线节能降碳改造。"],
  },
  {
    key: "slb-underwriting",
    family: "green_bond",
    subType: "sustainability_linked",
    names: [["可持续发展挂钩债券（承销）", "Sustainability-linked bond (underwriting)"]],
    description: "票面利率与发行人关键绩效指标挂钩的债券承销服务，未达成可持续发展绩效目标时票面利率上调。",
    offeredBy: ["bank-huaze-qd"],
    pricingTemplate: null,
    rate: [2.4, 3.8],
    amount: [200_000_000, 2_000_000_000],
    tenor: [36, 60],
    purposes: ["refinancing", "working-capital"],
    sizes: ["large"],
    weight: 1,
    needTexts: ["拟发行可持续发展挂钩债券，以单位产品能耗下降为挂钩目标。"],
  },
  {
    key: "carbon-neutral-wealth",
    family: "wealth",
    subType: "carbon_neutral",
    names: [["碳中和主题理财", "Carbon-neutral theme wealth product"]],
    description: "主要投资于碳中和债券、绿色债券及碳减排领域资产的固定收益类理财产品，面向企业闲置资金。",
    offeredBy: ["wm-qinwan", "bank-yuanlan-qd"],
    pricingTemplate: null,
    rate: [2.4, 3.3],
    amount: [1_000_000, 200_000_000],
    tenor: [3, 24],
    purposes: ["working-capital"],
    // Wealth products take an enterprise's idle cash: a need offering a deposit is what they answer.
    collateral: ["deposit"],
    sizes: ["large", "medium"],
    weight: 2,
    needTexts: ["阶段性闲置资金的现金管理，偏好绿色主题固定收益产品。"],
  },
  {
    key: "esg-wealth",
    family: "wealth",
    subType: "esg",
    names: [["ESG精选理财", "ESG select wealth product"]],
    description: "以ESG评级筛选投资标的的混合类理财产品，定期披露组合的ESG评分与碳足迹。",
    offeredBy: ["wm-qinwan", "bank-qiyun-qd"],
    pricingTemplate: null,
    rate: [2.6, 3.8],
    amount: [1_000_000, 100_000_000],
    tenor: [6, 36],
    purposes: ["working-capital"],
    // Wealth products take an enterprise's idle cash: a need offering a deposit is what they answer.
    collateral: ["deposit"],
    sizes: ["large", "medium"],
    weight: 2,
    needTexts: ["年度结余资金配置，要求披露投资组合的ESG表现。"],
  },
  {
    key: "green-wealth",
    family: "wealth",
    subType: "green",
    names: [["绿色债券指数理财", "Green-bond index wealth product"]],
    description: "跟踪绿色债券指数的固定收益类理财产品，投资范围限于贴标绿色债券。",
    offeredBy: ["wm-qinwan", "bank-hengyue-qd"],
    pricingTemplate: null,
    rate: [2.3, 3.1],
    amount: [500_000, 100_000_000],
    tenor: [3, 12],
    purposes: ["working-capital"],
    // Wealth products take an enterprise's idle cash: a need offering a deposit is what they answer.
    collateral: ["deposit"],
    weight: 2,
    needTexts: ["短期闲置资金配置绿色主题固定收益产品。"],
  },
  {
    key: "environmental-liability",
    family: "insurance",
    subType: "green",
    names: [
      ["环境污染责任保险", "Environmental pollution liability insurance"],
      ["绿色保险·环责险", "Environmental liability insurance"],
    ],
    description:
      "承保突发环境污染事故造成的第三者人身伤亡、财产损失及应急处置费用，附赠环境风险排查服务；费率按行业与风险等级厘定。",
    offeredBy: ["insurer-qinwan-pc", "insurer-changyue-pc-qd"],
    pricingTemplate: null,
    rate: [0.3, 1.2],
    amount: [1_000_000, 50_000_000],
    tenor: [12, 12],
    purposes: ["working-capital", "project-investment"],
    industries: ["C22", "C25", "C26", "C27", "C30", "C31", "C32", "C33", "D", "N"],
    weight: 3,
    needTexts: ["按园区要求投保环境污染责任保险，保额两千万元。"],
  },
  {
    key: "green-building-guarantee",
    family: "insurance",
    subType: "green_building_guarantee",
    names: [
      ["绿色建材质量保证保险", "Green building-materials quality guarantee insurance"],
      ["绿色建筑性能责任保险", "Green building performance insurance"],
    ],
    description:
      "对绿色建材产品质量及绿色建筑星级性能目标提供保证保险，未达标时赔付整改费用，可作为政府采购绿色建材的履约担保。",
    offeredBy: ["insurer-qinwan-pc", "insurer-changyue-pc-qd"],
    pricingTemplate: null,
    rate: [0.5, 1.5],
    amount: [1_000_000, 100_000_000],
    tenor: [12, 60],
    purposes: ["project-investment"],
    industries: ["C30", "C33", "E", "K"],
    weight: 3,
    needTexts: ["新建厂房按绿色建筑二星级设计，申请建材质量保证保险。", "装配式建筑构件供货合同所需质量保证保险。"],
  },
  {
    key: "carbon-sink-insurance",
    family: "insurance",
    subType: "carbon_sink_pledge",
    names: [
      ["林业碳汇价格指数保险", "Forest carbon-sink price index insurance"],
      ["海洋碳汇指数保险", "Ocean carbon-sink index insurance"],
    ],
    description: "以碳汇量或碳汇价格指数为保险标的，因灾害导致碳汇损失或价格下跌时赔付，可为碳汇收益权质押贷款增信。",
    offeredBy: ["insurer-qinwan-pc", "insurer-langang-marine"],
    pricingTemplate: null,
    rate: [1.0, 3.0],
    amount: [100_000, 20_000_000],
    tenor: [12, 36],
    purposes: ["project-investment", "working-capital"],
    industries: ["A", "N"],
    weight: 2,
    needTexts: ["为碳汇林项目投保碳汇指数保险，用于贷款增信。"],
  },
];

export const DEMO_ALL_SIZES = ALL_SIZES;
