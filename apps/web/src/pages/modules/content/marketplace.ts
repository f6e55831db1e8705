import type { ModuleContent } from "./types";

export const marketplace: ModuleContent = {
  scopes: ["financing", "profile"],
  intro: {
    zh: "汇集银行、保险、理财与基金的绿色金融产品，企业在线比较、提交融资需求；机构在企业授权下调阅所需数据，完成对接。",
    en: "Green financial products of banks, insurers, wealth and fund managers in one place; enterprises compare them and post financing needs, and institutions read the data they need under consent to close the deal.",
  },
  kinds: {
    district: {
      zh: [
        "审核上架的绿色金融产品，确保信息真实完整",
        "监测融资需求对接与放款成效，评估政策效果",
        "对接贴息、风险补偿等政策工具",
      ],
      en: [
        "Review listed products so information is true and complete",
        "Monitor matching and disbursement to evaluate policy effect",
        "Connect interest subsidies, risk compensation and other policy tools",
      ],
    },
    bank: {
      zh: [
        "发布碳账户贷、可持续发展挂钩贷款等绿色信贷产品",
        "接收企业融资申请，在授权下调阅所需数据",
        "反馈审批结果，沉淀对接记录",
      ],
      en: [
        "List green loans such as carbon-account and sustainability-linked loans",
        "Receive applications and read the data you need under consent",
        "Report decisions and keep the matching record",
      ],
    },
    insurer: {
      zh: ["上架环境污染责任险、绿色建筑险等绿色保险产品", "在线接收投保需求并报价"],
      en: [
        "List environmental liability, green building and other green insurance",
        "Receive insurance requests and quote online",
      ],
    },
    wealth_manager: {
      zh: ["展示 ESG 主题理财产品及其投资策略", "向示范区机构客户推介绿色理财"],
      en: [
        "Present ESG wealth products and their strategies",
        "Offer green wealth products to institutional clients in the zone",
      ],
    },
    fund_manager: {
      zh: ["发布基金投资方向与偏好", "对接入库绿色项目与有股权融资需求的企业"],
      en: ["Publish the fund's focus and preferences", "Meet certified projects and enterprises seeking equity"],
    },
    enterprise: {
      zh: ["按需求比较各类绿色金融产品", "在线提交融资需求，并仅向选定机构授权所需数据", "跟踪申请进度与审批结果"],
      en: [
        "Compare green financial products for your needs",
        "Post a financing need and share only the data required with the institutions you choose",
        "Follow applications and decisions",
      ],
    },
    rating_agency: {
      zh: ["以服务商身份上架 ESG 评级与绿色债券评估服务", "接受企业委托并在线交付报告"],
      en: [
        "List ESG rating and green bond assessment services",
        "Take engagements from enterprises and deliver reports online",
      ],
    },
    verifier: {
      zh: ["上架碳核查、ESG 鉴证等专业服务", "接受企业委托并在线交付核查结论"],
      en: ["List carbon verification and ESG assurance services", "Take engagements and deliver conclusions online"],
    },
  },
};
