import type { ModuleContent } from "./types";

export const rating: ModuleContent = {
  scopes: ["rating", "disclosures"],
  intro: {
    zh: "评级机构基于企业披露与经核查的数据，按公开的方法体系开展 ESG 评级；评级过程、方法版本与结果全程留痕，结果在企业授权下供金融机构使用。",
    en: "Rating agencies rate enterprises on ESG from their disclosures and verified data, using published methodologies; process, methodology version and result are all recorded, and results reach financial institutions only with consent.",
  },
  kinds: {
    district: {
      zh: [
        "掌握示范区企业 ESG 评级分布与变化趋势",
        "将评级结果用于扶持名单、贴息贴费等激励政策",
        "监督评级机构的方法披露与利益冲突管理",
      ],
      en: [
        "See how ESG ratings of the zone's enterprises are distributed and how they move",
        "Use ratings in support lists and interest or fee subsidies",
        "Oversee rating agencies' methodology disclosure and conflict-of-interest management",
      ],
    },
    bank: {
      zh: [
        "在授权下查看企业 ESG 评级与评级报告，纳入授信审批",
        "将评级结果用于绿色信贷差异化定价",
        "评级下调时接收预警，及时开展贷后检查",
      ],
      en: [
        "See an enterprise's ESG rating and report under consent as part of credit approval",
        "Use ratings for differentiated green loan pricing",
        "Get alerted when a rating is downgraded and review the loan in time",
      ],
    },
    insurer: {
      zh: ["以 ESG 评级作为承保选择与费率浮动的参考", "按评级分布评估承保组合的 ESG 风险"],
      en: [
        "Use ESG ratings in underwriting selection and premium adjustment",
        "Assess the ESG risk of the underwriting book by rating distribution",
      ],
    },
    wealth_manager: {
      zh: ["以评级结果筛选 ESG 理财产品的投资标的", "跟踪持仓资产的评级变化并调整配置"],
      en: ["Screen assets for ESG wealth products by rating", "Follow rating changes of holdings and rebalance"],
    },
    fund_manager: {
      zh: ["投前参考目标企业 ESG 评级，识别重大 ESG 风险", "分析投资组合的评级分布与改善情况"],
      en: [
        "Check a target's ESG rating before investing to flag material ESG risk",
        "Analyse the portfolio's rating distribution and improvement",
      ],
    },
    enterprise: {
      zh: [
        "查看本企业评级结果、得分结构与改进建议",
        "对评级结果提出异议并补充材料",
        "自主授权金融机构查看评级，以良好表现争取融资优惠",
      ],
      en: [
        "See your rating, score breakdown and suggestions for improvement",
        "Challenge a result and add supporting material",
        "Let financial institutions see your rating, and turn good performance into better financing terms",
      ],
    },
    rating_agency: {
      zh: [
        "在线开展评级项目：获取授权数据、打分、内部复核、发布",
        "评级方法与版本留痕，每个结果都可追溯到输入数据",
        "向企业反馈改进建议并处理异议",
      ],
      en: [
        "Run rating engagements online: consented data, scoring, internal review, publication",
        "Methodology and version are recorded, so every result traces back to its inputs",
        "Give enterprises improvement feedback and handle challenges",
      ],
    },
    verifier: {
      zh: ["为评级所依赖的关键环境数据提供鉴证支撑", "在企业授权下查看与本机构核查结论相关的评级引用情况"],
      en: [
        "Assure the key environmental data ratings rely on",
        "See, under consent, where ratings cite your verification conclusions",
      ],
    },
  },
};
