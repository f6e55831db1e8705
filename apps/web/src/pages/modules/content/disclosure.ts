import type { ModuleContent } from "./types";

export const disclosure: ModuleContent = {
  scopes: ["disclosures"],
  intro: {
    zh: "企业按示范区统一的 ESG 信息披露指引在线填报环境、社会与公司治理指标，经内部审核后提交管委会；金融机构与专业机构仅在企业授权后查阅。",
    en: "Enterprises report environmental, social and governance indicators online against the zone's common ESG disclosure guideline, review them internally and submit them to the committee; banks and experts read them only with the enterprise's consent.",
  },
  kinds: {
    district: {
      zh: [
        "制定年度披露模板与指标口径，向入驻企业下发披露任务",
        "跟踪报送进度与逾期情况，对存疑数据退回修改并留痕",
        "汇总已提交的披露数据，作为示范区统计监测与政策评估的依据",
      ],
      en: [
        "Set the yearly disclosure template and indicator definitions, and assign disclosure tasks to enterprises",
        "Track submission progress and overdue reports; send questionable data back, with every step recorded",
        "Aggregate submitted disclosures as the basis for zone statistics and policy evaluation",
      ],
    },
    bank: {
      zh: [
        "在企业授权范围内查阅其 ESG 披露，用于绿色信贷准入与授信审查",
        "贷后持续跟踪企业环境与社会信息变化，识别 ESG 风险",
        "为本行环境信息披露中的投融资活动数据提供可追溯来源",
      ],
      en: [
        "Read an enterprise's ESG disclosure under its consent for green credit eligibility and underwriting",
        "Follow changes in environmental and social information after lending to spot ESG risk early",
        "Give the bank's own environmental disclosure a traceable source for its financed activities",
      ],
    },
    insurer: {
      zh: [
        "在授权下查阅投保企业的环境信息，支持环境污染责任险等绿色保险承保",
        "识别企业面临的气候物理风险与转型风险，辅助费率厘定",
        "为保险资金 ESG 投资提供底层企业披露数据",
      ],
      en: [
        "Read policyholders' environmental information under consent to underwrite environmental liability and other green insurance",
        "Identify physical and transition climate risk to support pricing",
        "Supply company-level disclosures for ESG investment of insurance funds",
      ],
    },
    wealth_manager: {
      zh: [
        "获取底层资产发行企业的 ESG 披露，支撑 ESG 主题理财产品的投资池筛选",
        "在产品定期报告中引用可追溯的企业披露数据",
      ],
      en: [
        "Use issuers' ESG disclosures to screen the investment pool of ESG-themed wealth products",
        "Cite traceable company disclosures in periodic product reports",
      ],
    },
    fund_manager: {
      zh: [
        "投前尽调阶段在企业授权下读取其 ESG 披露",
        "投后持续跟踪被投企业的 ESG 表现与整改进展",
        "为向出资人（LP）的 ESG 报告提供数据支撑",
      ],
      en: [
        "Read a target's ESG disclosure under its consent during due diligence",
        "Follow portfolio companies' ESG performance and remediation after investing",
        "Back ESG reporting to limited partners with data",
      ],
    },
    enterprise: {
      zh: [
        "按统一模板在线填报 ESG 指标，系统自动校验口径与必填项",
        "草稿仅本企业可见，内部审核通过后一键提交管委会",
        "自主决定授权哪些银行、保险等机构查阅，随时可撤销并查看访问记录",
      ],
      en: [
        "Fill in ESG indicators on one template, with definitions and required fields checked for you",
        "Drafts stay private; submit to the committee in one step after internal review",
        "Decide which banks or insurers may read your disclosure, revoke at any time and see every access",
      ],
    },
    rating_agency: {
      zh: ["在企业授权下读取披露数据，作为 ESG 评级的输入", "对披露质量与数据缺口发起问询，沟通过程留痕"],
      en: [
        "Read disclosures under consent as input to ESG ratings",
        "Raise questions on disclosure quality and gaps, with the exchange on record",
      ],
    },
    verifier: {
      zh: ["对企业披露的能耗、排放等关键环境数据开展第三方鉴证", "出具鉴证意见并关联到对应披露记录，供各方查验"],
      en: [
        "Provide third-party assurance on key environmental data such as energy use and emissions",
        "Attach the assurance statement to the disclosure it covers, for everyone to check",
      ],
    },
  },
};
