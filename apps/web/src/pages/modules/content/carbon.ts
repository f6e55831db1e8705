import type { ModuleContent } from "./types";

export const carbon: ModuleContent = {
  scopes: ["carbon"],
  intro: {
    zh: "为每家企业建立碳账户：按核算指南计算范围一、范围二排放，经第三方核查后形成碳排放与碳效等级，在企业授权下用于“碳账户 + 金融”场景。",
    en: "A carbon account for every enterprise: scope 1 and 2 emissions calculated to the accounting guideline, verified by a third party, and turned into a carbon-efficiency grade that financial institutions may use with consent.",
  },
  kinds: {
    district: {
      zh: [
        "汇总示范区企业碳排放与碳效等级，监测减排进展",
        "制定碳效分级规则，联动金融机构推出与碳表现挂钩的产品",
        "识别高排放、低碳效企业，精准施策",
      ],
      en: [
        "Aggregate enterprises' emissions and carbon-efficiency grades to follow the zone's reduction",
        "Set the grading rules and work with lenders on products linked to carbon performance",
        "Identify high-emission, low-efficiency enterprises for targeted policy",
      ],
    },
    bank: {
      zh: [
        "在授权下查看企业碳排放与碳效等级，开发与碳表现挂钩的贷款",
        "测算本行投融资组合的碳排放，支撑金融机构碳核算",
        "跟踪借款企业减排承诺的履约情况",
      ],
      en: [
        "See emissions and grades under consent to offer loans priced on carbon performance",
        "Measure the financed emissions of the loan book",
        "Track borrowers' progress on reduction commitments",
      ],
    },
    insurer: {
      zh: ["以企业碳表现为参考设计绿色保险与费率", "评估承保与投资组合的转型风险"],
      en: [
        "Design green insurance and pricing that reflect carbon performance",
        "Assess transition risk in underwriting and investment portfolios",
      ],
    },
    wealth_manager: {
      zh: ["测算理财产品持仓的碳足迹", "以碳效等级作为低碳主题产品的筛选条件"],
      en: ["Measure the carbon footprint of product holdings", "Use grades as a screen for low-carbon products"],
    },
    fund_manager: {
      zh: ["跟踪投资组合企业的排放与减排目标", "为低碳转型投资提供可核查的数据依据"],
      en: ["Follow portfolio companies' emissions and targets", "Back transition investments with verifiable data"],
    },
    enterprise: {
      zh: [
        "录入能源消耗与活动数据，系统按标准自动计算排放",
        "委托核查机构在线核查，获得碳账户与碳效等级",
        "授权银行查看碳账户，以良好碳表现申请优惠融资",
      ],
      en: [
        "Enter energy use and activity data; emissions are calculated to the standard",
        "Have a verifier check it online and receive your carbon account and grade",
        "Let your bank see the account and use good performance to get better terms",
      ],
    },
    rating_agency: {
      zh: ["将经核查的碳数据纳入 ESG 评级的环境维度", "在授权范围内开展行业碳表现对标研究"],
      en: [
        "Feed verified carbon data into the environmental pillar of ratings",
        "Benchmark sector carbon performance within consented data",
      ],
    },
    verifier: {
      zh: [
        "接受企业委托，在线开展碳排放数据核查",
        "出具核查结论，核查过程与证据全程留痕",
        "管理本机构核查人员与项目进度",
      ],
      en: [
        "Take engagements from enterprises and verify emissions data online",
        "Issue conclusions with the process and evidence on record",
        "Manage your verifiers and engagement progress",
      ],
    },
  },
};
