import type { SiteType } from "./qingdao-geography";

type Word = readonly [zh: string, en: string];

/** One line of business: an optional GB/T 4754-2017 class (four digits) and the words its firms are named with. */
export interface BusinessLine {
  readonly class?: string;
  readonly words: readonly Word[];
}

/** The kind of enterprise the demo district holds, per GB/T 4754-2017 division. */
export interface IndustryProfile {
  /** Two-digit division code, e.g. "38". */
  readonly division: string;
  /** Relative share of the district's enterprises. */
  readonly weight: number;
  readonly site: SiteType;
  /** Median annual revenue per employee in 万元 (10 000 yuan); each firm varies log-normally around it. */
  readonly revenuePerEmployeeWan: number;
  readonly lines: readonly BusinessLine[];
}

/**
 * A Qingdao-like mix: manufacturing heavy (household appliances, tyres, chemicals, shipbuilding and rail,
 * food and beer, textiles), a port economy (shipping, forwarding, warehousing), construction, trade,
 * software, marine fishery, power, and a few high-emission plants. Weights are plausible, not statistics.
 */
export const INDUSTRY_PROFILES: readonly IndustryProfile[] = [
  // Manufacturing (section C)
  {
    division: "38",
    weight: 8,
    site: "industrial",
    revenuePerEmployeeWan: 150,
    lines: [
      {
        words: [
          ["电器", "Electric Appliance"],
          ["智能家电", "Smart Home Appliance"],
          ["电气", "Electric"],
        ],
      },
      {
        words: [
          ["电机", "Electric Motor"],
          ["储能科技", "Energy Storage Technology"],
          ["照明", "Lighting"],
        ],
      },
    ],
  },
  {
    division: "29",
    weight: 5,
    site: "industrial",
    revenuePerEmployeeWan: 140,
    lines: [
      {
        words: [
          ["轮胎", "Tyre"],
          ["橡胶", "Rubber"],
          ["橡胶制品", "Rubber Products"],
        ],
      },
      {
        words: [
          ["塑料制品", "Plastic Products"],
          ["塑胶", "Plastics"],
          ["包装材料", "Packaging Materials"],
        ],
      },
    ],
  },
  {
    division: "26",
    weight: 4,
    site: "industrial",
    revenuePerEmployeeWan: 260,
    lines: [
      {
        class: "2614",
        words: [
          ["化工", "Chemical"],
          ["有机化工", "Organic Chemical"],
        ],
      },
      {
        class: "2641",
        words: [
          ["涂料", "Coatings"],
          ["新材料", "New Materials"],
        ],
      },
      {
        class: "2651",
        words: [
          ["树脂", "Resin"],
          ["高分子材料", "Polymer Materials"],
        ],
      },
      { class: "2652", words: [["合成橡胶", "Synthetic Rubber"]] },
      {
        class: "2661",
        words: [
          ["化学助剂", "Chemical Additives"],
          ["精细化工", "Fine Chemical"],
        ],
      },
      {
        class: "2681",
        words: [
          ["日化", "Daily Chemical"],
          ["洗涤用品", "Detergent"],
        ],
      },
    ],
  },
  {
    division: "37",
    weight: 4,
    site: "port",
    revenuePerEmployeeWan: 130,
    lines: [
      {
        words: [
          ["船舶重工", "Marine Heavy Industry"],
          ["船舶", "Shipbuilding"],
          ["海洋工程装备", "Offshore Equipment"],
        ],
      },
      {
        words: [
          ["轨道交通装备", "Rail Transit Equipment"],
          ["游艇", "Yacht"],
        ],
      },
    ],
  },
  {
    division: "36",
    weight: 3,
    site: "industrial",
    revenuePerEmployeeWan: 130,
    lines: [
      {
        words: [
          ["汽车零部件", "Auto Parts"],
          ["新能源汽车", "New Energy Vehicle"],
          ["专用车", "Special Vehicle"],
        ],
      },
    ],
  },
  {
    division: "13",
    weight: 3,
    site: "port",
    revenuePerEmployeeWan: 110,
    lines: [
      {
        words: [
          ["水产食品", "Aquatic Foods"],
          ["海洋食品", "Marine Foods"],
          ["粮油", "Grain and Oil"],
        ],
      },
    ],
  },
  {
    division: "14",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 90,
    lines: [
      {
        words: [
          ["食品", "Food"],
          ["调味品", "Condiment"],
          ["海藻生物", "Seaweed Biotech"],
        ],
      },
    ],
  },
  {
    division: "15",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 120,
    lines: [
      {
        words: [
          ["啤酒", "Brewery"],
          ["饮品", "Beverage"],
          ["葡萄酒", "Winery"],
          ["茶业", "Tea"],
        ],
      },
    ],
  },
  {
    division: "17",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 55,
    lines: [
      {
        words: [
          ["纺织", "Textile"],
          ["针织", "Knitting"],
          ["家纺", "Home Textile"],
        ],
      },
    ],
  },
  {
    division: "18",
    weight: 3,
    site: "industrial",
    revenuePerEmployeeWan: 35,
    lines: [
      {
        words: [
          ["服饰", "Apparel"],
          ["制衣", "Garment"],
          ["时装", "Fashion"],
        ],
      },
    ],
  },
  {
    division: "27",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 130,
    lines: [
      {
        words: [
          ["制药", "Pharmaceutical"],
          ["生物医药", "Biomedical"],
          ["海洋生物科技", "Marine Biotech"],
        ],
      },
    ],
  },
  {
    division: "33",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 80,
    lines: [
      {
        words: [
          ["金属制品", "Metal Products"],
          ["钢结构", "Steel Structure"],
          ["五金", "Hardware"],
        ],
      },
    ],
  },
  {
    division: "34",
    weight: 3,
    site: "industrial",
    revenuePerEmployeeWan: 90,
    lines: [
      {
        words: [
          ["机械", "Machinery"],
          ["精密机械", "Precision Machinery"],
          ["泵阀", "Pumps and Valves"],
        ],
      },
    ],
  },
  {
    division: "35",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 95,
    lines: [
      {
        words: [
          ["专用设备", "Special Equipment"],
          ["环保设备", "Environmental Equipment"],
          ["橡胶机械", "Rubber Machinery"],
        ],
      },
    ],
  },
  {
    division: "39",
    weight: 3,
    site: "industrial",
    revenuePerEmployeeWan: 110,
    lines: [
      {
        words: [
          ["电子", "Electronics"],
          ["微电子", "Microelectronics"],
          ["智能终端", "Smart Devices"],
        ],
      },
    ],
  },
  {
    division: "40",
    weight: 1,
    site: "urban",
    revenuePerEmployeeWan: 70,
    lines: [
      {
        words: [
          ["仪器仪表", "Instruments"],
          ["海洋仪器", "Ocean Instruments"],
        ],
      },
    ],
  },
  // High-emission manufacturing: four-digit classes from the reference where it lists them.
  {
    division: "25",
    weight: 0.6,
    site: "port",
    revenuePerEmployeeWan: 900,
    lines: [
      {
        class: "2511",
        words: [
          ["石化", "Petrochemical"],
          ["炼化", "Refining"],
        ],
      },
      { class: "2524", words: [["煤制品", "Coal Products"]] },
    ],
  },
  {
    division: "30",
    weight: 2,
    site: "industrial",
    revenuePerEmployeeWan: 180,
    lines: [
      { class: "3011", words: [["水泥", "Cement"]] },
      {
        class: "3021",
        words: [
          ["建材", "Building Materials"],
          ["混凝土制品", "Concrete Products"],
        ],
      },
      { class: "3041", words: [["玻璃", "Glass"]] },
      { class: "3072", words: [["陶瓷", "Ceramics"]] },
    ],
  },
  {
    division: "31",
    weight: 0.8,
    site: "industrial",
    revenuePerEmployeeWan: 450,
    lines: [
      {
        class: "3120",
        words: [
          ["特钢", "Special Steel"],
          ["钢铁", "Iron and Steel"],
        ],
      },
      {
        class: "3130",
        words: [
          ["钢材", "Steel Rolling"],
          ["型钢", "Steel Sections"],
        ],
      },
    ],
  },
  {
    division: "32",
    weight: 0.8,
    site: "industrial",
    revenuePerEmployeeWan: 380,
    lines: [
      {
        class: "3252",
        words: [
          ["铝业", "Aluminium"],
          ["铝材", "Aluminium Products"],
        ],
      },
      {
        class: "3251",
        words: [
          ["铜业", "Copper"],
          ["铜材", "Copper Products"],
        ],
      },
    ],
  },
  {
    division: "22",
    weight: 0.8,
    site: "industrial",
    revenuePerEmployeeWan: 150,
    lines: [
      { class: "2221", words: [["纸业", "Paper"]] },
      {
        class: "2231",
        words: [
          ["包装", "Packaging"],
          ["纸品", "Paper Products"],
        ],
      },
    ],
  },
  // Power, heat and gas (section D)
  {
    division: "44",
    weight: 1.5,
    site: "industrial",
    revenuePerEmployeeWan: 400,
    lines: [
      {
        class: "4411",
        words: [
          ["发电", "Power Generation"],
          ["火电", "Thermal Power"],
        ],
      },
      { class: "4412", words: [["热电", "Heat and Power"]] },
      {
        class: "4415",
        words: [
          ["风电", "Wind Power"],
          ["新能源", "New Energy"],
        ],
      },
      {
        class: "4416",
        words: [
          ["光伏", "Photovoltaic"],
          ["光伏发电", "Solar Power"],
        ],
      },
      {
        class: "4430",
        words: [
          ["供热", "Heating"],
          ["热力", "Heat Supply"],
        ],
      },
    ],
  },
  {
    division: "45",
    weight: 0.5,
    site: "urban",
    revenuePerEmployeeWan: 300,
    lines: [
      {
        class: "4511",
        words: [
          ["燃气", "Gas"],
          ["天然气", "Natural Gas"],
        ],
      },
    ],
  },
  // Construction (E), trade (F)
  {
    division: "47",
    weight: 2.5,
    site: "urban",
    revenuePerEmployeeWan: 70,
    lines: [
      {
        words: [
          ["建设", "Construction"],
          ["建工", "Construction Engineering"],
        ],
      },
    ],
  },
  {
    division: "48",
    weight: 1.5,
    site: "urban",
    revenuePerEmployeeWan: 80,
    lines: [
      {
        words: [
          ["路桥", "Road and Bridge"],
          ["市政工程", "Municipal Engineering"],
          ["海洋工程", "Marine Engineering"],
        ],
      },
    ],
  },
  {
    division: "49",
    weight: 1,
    site: "urban",
    revenuePerEmployeeWan: 50,
    lines: [
      {
        words: [
          ["安装工程", "Installation Engineering"],
          ["机电工程", "Electromechanical Engineering"],
        ],
      },
    ],
  },
  {
    division: "50",
    weight: 1.5,
    site: "urban",
    revenuePerEmployeeWan: 40,
    lines: [
      {
        words: [
          ["装饰工程", "Decoration Engineering"],
          ["幕墙", "Curtain Wall"],
        ],
      },
    ],
  },
  {
    division: "51",
    weight: 8,
    site: "urban",
    revenuePerEmployeeWan: 500,
    lines: [
      {
        words: [
          ["商贸", "Trading"],
          ["国际贸易", "International Trade"],
          ["进出口", "Import and Export"],
        ],
      },
      {
        words: [
          ["供应链管理", "Supply Chain Management"],
          ["能源贸易", "Energy Trading"],
          ["水产贸易", "Seafood Trading"],
        ],
      },
    ],
  },
  {
    division: "52",
    weight: 5,
    site: "urban",
    revenuePerEmployeeWan: 80,
    lines: [
      {
        words: [
          ["商业", "Commerce"],
          ["超市", "Supermarket"],
          ["百货", "Department Store"],
          ["医药连锁", "Pharmacy Chain"],
        ],
      },
    ],
  },
  // Transport, port logistics (G): classes from the reference
  {
    division: "54",
    weight: 3,
    site: "port",
    revenuePerEmployeeWan: 55,
    lines: [
      {
        class: "5431",
        words: [
          ["物流", "Logistics"],
          ["运输", "Transport"],
        ],
      },
      { class: "5432", words: [["冷链物流", "Cold Chain Logistics"]] },
      { class: "5433", words: [["集装箱运输", "Container Transport"]] },
      { class: "5437", words: [["城市配送", "City Distribution"]] },
    ],
  },
  {
    division: "55",
    weight: 2,
    site: "port",
    revenuePerEmployeeWan: 160,
    lines: [
      {
        class: "5521",
        words: [
          ["远洋运输", "Ocean Shipping"],
          ["航运", "Shipping"],
        ],
      },
      { class: "5522", words: [["海运", "Coastal Shipping"]] },
      {
        class: "5532",
        words: [
          ["港务", "Port Services"],
          ["码头", "Terminal"],
        ],
      },
    ],
  },
  {
    division: "58",
    weight: 3,
    site: "port",
    revenuePerEmployeeWan: 200,
    lines: [
      {
        words: [
          ["国际货运代理", "International Freight Forwarding"],
          ["船务代理", "Shipping Agency"],
          ["多式联运", "Multimodal Transport"],
        ],
      },
    ],
  },
  {
    division: "59",
    weight: 2.5,
    site: "port",
    revenuePerEmployeeWan: 60,
    lines: [
      {
        words: [
          ["仓储", "Warehousing"],
          ["冷链仓储", "Cold Storage"],
          ["港口装卸", "Port Stevedoring"],
        ],
      },
    ],
  },
  // Information technology (I)
  {
    division: "65",
    weight: 7,
    site: "urban",
    revenuePerEmployeeWan: 50,
    lines: [
      {
        words: [
          ["软件", "Software"],
          ["信息技术", "Information Technology"],
          ["数据科技", "Data Technology"],
        ],
      },
      {
        words: [
          ["智能科技", "Intelligent Technology"],
          ["数字科技", "Digital Technology"],
          ["工业互联网", "Industrial Internet"],
        ],
      },
    ],
  },
  {
    division: "64",
    weight: 2,
    site: "urban",
    revenuePerEmployeeWan: 60,
    lines: [
      {
        words: [
          ["网络科技", "Network Technology"],
          ["互联网", "Internet"],
          ["电子商务", "E-commerce"],
        ],
      },
    ],
  },
  // Hospitality (H), real estate (K), business and technical services (L, M, N)
  {
    division: "61",
    weight: 1.5,
    site: "urban",
    revenuePerEmployeeWan: 20,
    lines: [
      {
        words: [
          ["酒店", "Hotel"],
          ["度假酒店", "Resort"],
        ],
      },
    ],
  },
  {
    division: "62",
    weight: 2.5,
    site: "urban",
    revenuePerEmployeeWan: 18,
    lines: [
      {
        words: [
          ["餐饮", "Catering"],
          ["海鲜餐饮", "Seafood Restaurant"],
          ["餐饮管理", "Catering Management"],
        ],
      },
    ],
  },
  {
    division: "70",
    weight: 2,
    site: "urban",
    revenuePerEmployeeWan: 300,
    lines: [
      {
        words: [
          ["置业", "Real Estate"],
          ["房地产开发", "Property Development"],
        ],
      },
    ],
  },
  {
    division: "72",
    weight: 3,
    site: "urban",
    revenuePerEmployeeWan: 40,
    lines: [
      {
        words: [
          ["企业管理咨询", "Management Consulting"],
          ["会展", "Exhibition"],
          ["人力资源", "Human Resources"],
        ],
      },
    ],
  },
  {
    division: "74",
    weight: 1.5,
    site: "urban",
    revenuePerEmployeeWan: 40,
    lines: [
      {
        words: [
          ["检测", "Testing"],
          ["工程设计", "Engineering Design"],
          ["海洋勘测", "Marine Survey"],
        ],
      },
    ],
  },
  {
    division: "77",
    weight: 1,
    site: "urban",
    revenuePerEmployeeWan: 45,
    lines: [
      {
        words: [
          ["环保科技", "Environmental Technology"],
          ["环境工程", "Environmental Engineering"],
          ["生态修复", "Ecological Restoration"],
        ],
      },
    ],
  },
  // Agriculture and marine fishery (A)
  {
    division: "04",
    weight: 3,
    site: "rural",
    revenuePerEmployeeWan: 40,
    lines: [
      {
        words: [
          ["海洋渔业", "Marine Fishery"],
          ["水产养殖", "Aquaculture"],
          ["海参养殖", "Sea Cucumber Farming"],
        ],
      },
    ],
  },
  {
    division: "01",
    weight: 1,
    site: "rural",
    revenuePerEmployeeWan: 20,
    lines: [
      {
        words: [
          ["农业科技", "Agricultural Technology"],
          ["茶叶", "Tea Plantation"],
          ["果蔬", "Fruit and Vegetable"],
        ],
      },
    ],
  },
];

/** The demo enterprise (ent-0001) with demo logins: a medium-sized chemicals maker, with emissions to account for. */
export const DEMO_ENTERPRISE_PROFILE = INDUSTRY_PROFILES.find((p) => p.division === "26") as IndustryProfile;
