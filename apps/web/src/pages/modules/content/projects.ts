import type { ModuleContent } from "./types";

export const projects: ModuleContent = {
  scopes: ["projects"],
  intro: {
    zh: "按《绿色债券支持项目目录》等标准识别、认定并入库绿色项目，记录项目环境效益，为金融机构提供可信的绿色项目来源。",
    en: "Green projects are identified, certified against the green project catalogues and entered in one library with their environmental benefits, giving financial institutions a trusted pipeline.",
  },
  kinds: {
    district: {
      zh: [
        "组织项目申报，按目录认定项目绿色属性后入库",
        "向金融机构推送入库项目，推动融资落地",
        "跟踪项目节能量、减排量等环境效益",
      ],
      en: [
        "Collect applications and certify projects' green eligibility against the catalogues",
        "Push certified projects to financial institutions and follow financing",
        "Track energy savings, emission reductions and other benefits",
      ],
    },
    bank: {
      zh: ["浏览入库项目及认定结论，筛选符合绿色信贷标准的项目", "在企业授权下调阅项目材料，缩短尽调周期"],
      en: [
        "Browse certified projects and filter those eligible for green credit",
        "Read project documents under consent to shorten due diligence",
      ],
    },
    insurer: {
      zh: ["为入库项目提供工程、环境等绿色保险保障", "以项目环境效益数据支持保险资金投资决策"],
      en: [
        "Offer construction, environmental and other green cover for listed projects",
        "Use project benefit data in investing insurance funds",
      ],
    },
    wealth_manager: {
      zh: ["为绿色项目相关资产配置理财资金", "向投资者披露资金投向的项目与环境效益"],
      en: [
        "Allocate wealth-product money to green project assets",
        "Tell investors which projects their money funds and what it achieves",
      ],
    },
    fund_manager: {
      zh: ["发现早期绿色科技项目，对接股权投资", "跟踪已投项目的环境效益与里程碑"],
      en: [
        "Find early-stage green technology projects for equity investment",
        "Follow funded projects' benefits and milestones",
      ],
    },
    enterprise: {
      zh: ["在线申报绿色项目，上传可研、环评等材料", "跟踪认定进度与融资对接情况", "认定结果可授权金融机构查阅"],
      en: [
        "Apply online and upload feasibility and environmental assessment documents",
        "Follow certification and financing progress",
        "Share the certification with lenders by consent",
      ],
    },
    rating_agency: {
      zh: ["对项目绿色属性出具评估意见（第二方意见）", "对项目发行的绿色债券开展评估认证"],
      en: ["Give second-party opinions on projects' green eligibility", "Assess green bonds issued for projects"],
    },
    verifier: {
      zh: ["核查项目环境效益测算的方法与数据", "在项目存续期开展跟踪评估"],
      en: [
        "Verify how projects' environmental benefits are calculated",
        "Carry out follow-up assessments during the project's life",
      ],
    },
  },
};
