import type { ModuleContent } from "./types";

export const statistics: ModuleContent = {
  scopes: ["statistics"],
  intro: {
    zh: "按示范区绿色金融指标体系统一口径采集绿色贷款、绿色债券、绿色保险等业务数据，多维分析并生成监测报表。",
    en: "Green loans, bonds, insurance and other business data collected on the zone's common indicator definitions, analysed across dimensions and turned into monitoring reports.",
  },
  kinds: {
    district: {
      zh: [
        "汇总绿色贷款余额、绿色债券发行、绿色保险保额等核心指标",
        "按行业、区域、机构类型多维分析，发现结构性变化",
        "一键生成监测报表，报送上级主管部门",
      ],
      en: [
        "Aggregate green loan balances, green bond issuance, green insurance cover and other core indicators",
        "Analyse by industry, area and institution type to see structural shifts",
        "Produce monitoring reports for the authorities in one step",
      ],
    },
    bank: {
      zh: ["按统一口径报送绿色贷款等统计数据，减少重复填报", "查看本行在示范区的业务占比与变化趋势"],
      en: [
        "Report green loan statistics once, on common definitions",
        "See your share of the zone's business and its trend",
      ],
    },
    insurer: {
      zh: ["报送绿色保险保额、保费与赔付数据", "对比示范区同业的绿色保险发展情况"],
      en: [
        "Report green insurance cover, premiums and claims",
        "Compare green insurance development with peers in the zone",
      ],
    },
    wealth_manager: {
      zh: ["报送 ESG 理财产品规模与投向", "查看示范区绿色理财市场整体情况"],
      en: ["Report ESG product size and allocation", "See the zone's green wealth market as a whole"],
    },
    fund_manager: {
      zh: ["报送绿色股权投资规模与投向", "查看示范区绿色投资热点行业"],
      en: [
        "Report green equity investment volume and targets",
        "See which industries attract green investment in the zone",
      ],
    },
    enterprise: {
      zh: ["查看本企业 ESG 与碳表现在行业中的匿名对标", "了解示范区公开的统计信息与政策动态"],
      en: [
        "See anonymous industry benchmarks of your ESG and carbon performance",
        "Follow the zone's published statistics and policy news",
      ],
    },
    rating_agency: {
      zh: ["在授权范围内使用匿名聚合数据开展行业研究", "校准评级模型的行业基准"],
      en: [
        "Use anonymous aggregates within consent for sector research",
        "Calibrate industry baselines of rating models",
      ],
    },
    verifier: {
      zh: ["报送核查与鉴证业务量", "查看示范区核查需求的行业分布"],
      en: ["Report verification and assurance volumes", "See where in the zone verification demand comes from"],
    },
  },
};
