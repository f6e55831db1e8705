/**
 * What the demo's green projects are made of: per kind of project (offshore wind, fishery-PV, desalination …) where
 * in Qingdao it sits, how it is named and described (several wordings, with its own figures put in), its GB/T 4754
 * code, technical parameters, expected benefit inputs for the calculators (method keys of
 * packages/reference/data/green-benefits/), what it costs and the category a reviewer would give it. All fictional.
 */
import type { SeededRandom } from "../random/seeded-random";
import type { DemoBenefitLine, DemoGreenParameter } from "./green-projects-types";

export interface GreenProjectDraft {
  name: string;
  description: string;
  industryCode: string;
  parameters: DemoGreenParameter[];
  expectedBenefits: DemoBenefitLine[];
  /** Total investment in 万元 (integer). */
  investmentWan: number;
  /** Years from start of construction to operation. */
  buildYears: number;
}

export interface GreenProjectKind {
  kind: string;
  weight: number;
  /** Areas (Qingdao districts) and places within them. */
  places: readonly (readonly [area: string, place: string])[];
  /** Owner industries preferred (GB/T 4754 section letters or division prefixes like "D44"). */
  owners: readonly string[];
  category: string;
  blue: boolean;
  /** The financing usually sought: loans, bonds, insurance weights. */
  instruments: readonly [loan: number, bond: number, insurance: number];
  draft(rng: SeededRandom, area: string, place: string): GreenProjectDraft;
}

const COAST: readonly (readonly [string, string])[] = [
  ["即墨区", "鳌山湾"],
  ["即墨区", "丁字湾"],
  ["即墨区", "田横岛"],
  ["黄岛区", "灵山湾"],
  ["黄岛区", "董家口"],
  ["黄岛区", "琅琊台"],
  ["黄岛区", "唐岛湾"],
  ["崂山区", "王哥庄"],
  ["崂山区", "沙子口"],
  ["城阳区", "红岛"],
  ["胶州市", "少海"],
];
const RURAL: readonly (readonly [string, string])[] = [
  ["平度市", "大泽山"],
  ["平度市", "明村镇"],
  ["平度市", "南村镇"],
  ["莱西市", "院上镇"],
  ["莱西市", "姜山镇"],
  ["莱西市", "日庄镇"],
  ["即墨区", "金口镇"],
  ["胶州市", "洋河镇"],
  ["黄岛区", "六汪镇"],
];
const PONDS: readonly (readonly [string, string])[] = [
  ["胶州市", "胶州湾北岸盐田"],
  ["胶州市", "李哥庄"],
  ["即墨区", "丁字湾养殖区"],
  ["城阳区", "棘洪滩"],
  ["黄岛区", "红石崖"],
  ["即墨区", "温泉街道"],
];
const URBAN: readonly (readonly [string, string])[] = [
  ["崂山区", "金家岭"],
  ["市南区", "八大关"],
  ["市北区", "小港湾"],
  ["李沧区", "楼山"],
  ["城阳区", "上马"],
  ["黄岛区", "长江路"],
  ["即墨区", "蓝谷"],
  ["胶州市", "少海新城"],
];
const INDUSTRIAL: readonly (readonly [string, string])[] = [
  ["黄岛区", "董家口循环经济区"],
  ["黄岛区", "前湾港区"],
  ["城阳区", "棘洪滩"],
  ["即墨区", "汽车产业新城"],
  ["胶州市", "胶州经济技术开发区"],
  ["平度市", "平度经济开发区"],
  ["莱西市", "莱西经济开发区"],
  ["李沧区", "楼山"],
];

const round = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);
const dec = (x: number, places = 0) => x.toFixed(places);
const p = (key: string, value: number | string, unit: string | null): DemoGreenParameter => ({ key, value, unit });

function generation(rng: SeededRandom, mw: number, hours: [number, number]) {
  const h = rng.int(hours[0], hours[1]);
  return { hours: h, mwh: Math.round(mw * h) };
}

const offshoreWind: GreenProjectKind = {
  kind: "offshore-wind",
  weight: 5,
  places: COAST,
  owners: ["D44", "E48"],
  category: "4.2.1",
  blue: true,
  instruments: [8, 3, 1],
  draft(rng, area, place) {
    const unit = rng.pick([8.5, 10, 11, 12.5, 16]);
    const turbines = rng.int(10, 40);
    const mw = Math.round(unit * turbines * 10) / 10;
    const g = generation(rng, mw, [2700, 3200]);
    const km = rng.int(18, 45);
    const depth = rng.int(18, 35);
    const name = rng.pick([
      `${place}海上风电场${dec(mw, 0)}MW项目`,
      `青岛${place}海域${dec(mw / 10, 0)}万千瓦海上风电项目`,
      `${area}${place}近海风电场工程`,
    ]);
    const description = rng.pick([
      `项目位于${area}${place}海域，离岸约${km}公里，水深${depth}米，拟安装${turbines}台单机容量${unit}MW的海上风电机组，总装机容量${mw}MW，配套建设220kV海上升压站一座和送出海缆，预计年上网电量${g.mwh}MWh，年等效满负荷利用小时数约${g.hours}小时。`,
      `建设海上风力发电场，总装机${mw}MW（${turbines}×${unit}MW），采用单桩与导管架基础，场址距${place}岸线${km}公里。项目建成后年发电量约${g.mwh}兆瓦时，所发电量全部接入山东电网。`,
    ]);
    return {
      name,
      description,
      industryCode: "D4415",
      parameters: [
        p("capacity_mw", mw, "MW"),
        p("turbines", turbines, null),
        p("annual_generation_mwh", g.mwh, "MWh"),
        p("offshore_distance_km", km, "km"),
      ],
      expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: dec(g.mwh) } }],
      investmentWan: round(mw * (rng.int(110, 150) as number), 100),
      buildYears: 2,
    };
  },
};

const fisheryPv: GreenProjectKind = {
  kind: "fishery-pv",
  weight: 4,
  places: PONDS,
  owners: ["D44", "A04"],
  category: "4.2.2",
  blue: false,
  instruments: [9, 1, 2],
  draft(rng, area, place) {
    const mw = rng.int(20, 200);
    const mu = round(mw * rng.int(18, 25), 100);
    const g = generation(rng, mw, [1150, 1350]);
    const species = rng.pick(["海参", "南美白对虾", "梭子蟹", "海蜇和对虾混养"]);
    return {
      name: rng.pick([`${place}${mw}MW渔光互补光伏发电项目`, `${area}${place}渔光互补综合利用示范项目`]),
      description: rng.pick([
        `利用${area}${place}约${mu}亩养殖池塘水面，上层架设光伏组件建设${mw}MW渔光互补光伏电站，下层开展${species}生态养殖，实现“水上发电、水下养殖”。预计年均发电量${g.mwh}MWh，配套建设110kV升压站。`,
        `渔光互补光伏发电项目，装机容量${mw}MWp，占用${place}养殖水面${mu}亩，采用高支架固定式支架，组件下方继续${species}养殖。年均上网电量约${g.mwh}兆瓦时。`,
      ]),
      industryCode: "D4416",
      parameters: [p("capacity_mw", mw, "MW"), p("water_area_mu", mu, "亩"), p("annual_generation_mwh", g.mwh, "MWh")],
      expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: dec(g.mwh) } }],
      investmentWan: round(mw * rng.int(380, 450), 100),
      buildYears: 1,
    };
  },
};

const agriPv: GreenProjectKind = {
  kind: "agri-pv",
  weight: 3,
  places: RURAL,
  owners: ["D44", "A01"],
  category: "4.2.2",
  blue: false,
  instruments: [9, 0, 2],
  draft(rng, area, place) {
    const mw = rng.int(10, 100);
    const mu = round(mw * rng.int(20, 30), 50);
    const g = generation(rng, mw, [1200, 1400]);
    const crop = rng.pick(["食用菌", "中药材", "蓝莓", "茶叶", "蔬菜"]);
    return {
      name: rng.pick([`${place}${mw}MW农光互补光伏电站`, `${area}${place}农光互补${crop}种植与光伏发电项目`]),
      description: rng.pick([
        `在${area}${place}流转土地${mu}亩建设农光互补光伏电站，装机容量${mw}MW，光伏板下种植${crop}，年均发电量约${g.mwh}MWh，带动周边村集体增收。`,
        `农光互补项目：利用${place}农业大棚及设施农用地${mu}亩，棚顶铺设光伏组件${mw}MWp，棚内发展${crop}种植。预计首年发电${g.mwh}兆瓦时。`,
      ]),
      industryCode: "D4416",
      parameters: [p("capacity_mw", mw, "MW"), p("land_area_mu", mu, "亩"), p("annual_generation_mwh", g.mwh, "MWh")],
      expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: dec(g.mwh) } }],
      investmentWan: round(mw * rng.int(400, 480), 50),
      buildYears: 1,
    };
  },
};

const rooftopPv: GreenProjectKind = {
  kind: "rooftop-pv",
  weight: 6,
  places: INDUSTRIAL,
  owners: ["C", "G", "F"],
  category: "4.2.2",
  blue: false,
  instruments: [10, 0, 1],
  draft(rng, area, place) {
    const mw = Math.round(rng.int(8, 200)) / 10;
    const m2 = round(mw * rng.int(9000, 11000), 100);
    const g = generation(rng, mw, [1100, 1250]);
    const selfUse = rng.int(60, 95);
    return {
      name: rng.pick([`${place}厂房屋顶${mw}MW分布式光伏项目`, `${area}${place}工商业分布式屋顶光伏电站`]),
      description: rng.pick([
        `利用${place}厂房屋顶约${m2}平方米建设分布式光伏电站，装机容量${mw}MWp，采用“自发自用、余电上网”模式，自用比例约${selfUse}%，预计年发电量${g.mwh}MWh。`,
        `分布式光伏发电项目：在企业生产车间及仓库屋面安装单晶硅光伏组件，总装机${mw}MWp，年均发电约${g.mwh}兆瓦时，就近接入厂区10kV配电系统。`,
      ]),
      industryCode: "D4416",
      parameters: [
        p("capacity_mw", mw, "MW"),
        p("roof_area_m2", m2, "m2"),
        p("annual_generation_mwh", g.mwh, "MWh"),
        p("self_use_share_percent", selfUse, "%"),
      ],
      expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: dec(g.mwh) } }],
      investmentWan: round(mw * rng.int(320, 400), 10),
      buildYears: 0,
    };
  },
};

const desalination: GreenProjectKind = {
  kind: "desalination",
  weight: 3,
  places: COAST,
  owners: ["D46", "E"],
  category: "3.2.2",
  blue: true,
  instruments: [8, 3, 1],
  draft(rng, area, place) {
    const m3 = round(rng.int(10_000, 100_000), 5000);
    const days = rng.int(330, 350);
    const phase = rng.pick(["一期", "二期", "扩建"]);
    return {
      name: rng.pick([
        `${place}海水淡化${phase}工程（${m3 / 10000}万吨/日）`,
        `${area}${place}日产${m3}吨海水淡化项目`,
      ]),
      description: rng.pick([
        `建设规模为日产淡水${m3}立方米的海水淡化厂，采用超滤+反渗透（SWRO）双膜法工艺和能量回收装置，产水吨水电耗不高于3.5千瓦时，产品水接入${area}市政供水管网，年运行约${days}天。`,
        `海水淡化及配套输水管线工程：取用${place}海域海水，设计规模${m3}m³/d，浓盐水经处理后达标排放，淡化水供应周边工业园区和城市居民用水。`,
      ]),
      industryCode: "D4630",
      parameters: [p("capacity_m3_per_day", m3, "m3/d"), p("operating_days", days, "d"), p("process", "SWRO", null)],
      expectedBenefits: [
        {
          method: "seawater_desalination",
          inputs: { capacity_m3_per_day: dec(m3), operating_days: dec(days) },
        },
      ],
      investmentWan: round((m3 * rng.int(60, 100)) / 100, 100),
      buildYears: 2,
    };
  },
};

const greenBuilding: GreenProjectKind = {
  kind: "green-building",
  weight: 5,
  places: URBAN,
  owners: ["K70", "E47"],
  category: "6.1.1",
  blue: false,
  instruments: [10, 1, 1],
  draft(rng, area, place) {
    const m2 = round(rng.int(30_000, 300_000), 1000);
    const stars = rng.weighted([
      ["二星级", 3],
      ["三星级", 2],
    ] as const);
    const baseline = rng.int(65, 85);
    const design = baseline - rng.int(stars === "三星级" ? 28 : 18, stars === "三星级" ? 38 : 27);
    const use = rng.pick(["商务办公楼", "人才公寓", "商业综合体", "学校及配套", "医院门诊楼", "住宅小区"]);
    return {
      name: rng.pick([`${place}${use}绿色建筑${stars}项目`, `${area}${place}${use}项目（绿色建筑${stars}）`]),
      description: rng.pick([
        `项目总建筑面积${m2}平方米，按《绿色建筑评价标准》GB/T 50378-2019 ${stars}标准设计建造，采用高性能围护结构、地源热泵、屋顶光伏和雨水回收系统，设计单位面积年能耗${design}kWh/m²，较基准${baseline}kWh/m²显著降低。`,
        `建设${use}，总建筑面积${m2}m²，取得绿色建筑${stars}设计标识，采用装配式结构、节能外窗、LED照明与智能楼宇能源管理系统。`,
      ]),
      industryCode: rng.pick(["K7010", "E4710"]),
      parameters: [
        p("floor_area_m2", m2, "m2"),
        p("green_building_star", stars === "三星级" ? 3 : 2, null),
        p("design_energy_kwh_per_m2", design, "kWh/(m2·a)"),
      ],
      expectedBenefits: [
        {
          method: "green_building",
          inputs: { floor_area_m2: dec(m2), baseline_kwh_per_m2: dec(baseline), design_kwh_per_m2: dec(design) },
        },
      ],
      investmentWan: round((m2 * rng.int(55, 90)) / 100, 100),
      buildYears: 3,
    };
  },
};

const evCharging: GreenProjectKind = {
  kind: "ev-charging",
  weight: 4,
  places: URBAN,
  owners: ["F52", "D44", "G"],
  category: "6.2.3",
  blue: false,
  instruments: [10, 0, 1],
  draft(rng, area, place) {
    const swap = rng.unit() < 0.3;
    if (swap) {
      const stations = rng.int(5, 30);
      const vehicles = stations * rng.int(60, 110);
      return {
        name: `${area}出租车及网约车换电站网络建设项目（${stations}座）`,
        description: `在${area}${place}等区域建设${stations}座乘用车换电站，单站日服务能力约300车次，配套电池仓储与智能调度平台，服务换电出租车和网约车约${vehicles}辆，替代燃油车出行。`,
        industryCode: "F5267",
        parameters: [p("swap_stations", stations, null), p("vehicles_served", vehicles, null)],
        expectedBenefits: [
          {
            method: "nev_gasoline",
            inputs: {
              vehicles: dec(vehicles),
              km_per_vehicle_year: dec(rng.int(60_000, 90_000)),
              fuel_l_per_100km: "8",
              electricity_kwh_per_100km: "15",
            },
          },
        ],
        investmentWan: stations * rng.int(400, 600),
        buildYears: 1,
      };
    }
    const piles = rng.int(80, 1200);
    const kw = rng.pick([60, 120, 160]);
    const vehicles = Math.round(piles * rng.int(3, 6));
    return {
      name: rng.pick([`${area}公共充电基础设施建设项目（${piles}个充电桩）`, `${place}新能源汽车超级充电站群项目`]),
      description: rng.pick([
        `在${area}${place}商圈、交通枢纽和居民小区建设公共充电站，安装${kw}kW直流快充桩${piles}个，配套变配电设施和充电运营管理平台，预计服务新能源汽车约${vehicles}辆。`,
        `新能源汽车充电基础设施项目，新建充电桩${piles}台（单桩功率${kw}kW），部分站点配置光储充一体化系统，年充电量可满足约${vehicles}辆电动汽车出行需求。`,
      ]),
      industryCode: "F5267",
      parameters: [p("chargers", piles, null), p("charger_power_kw", kw, "kW"), p("vehicles_served", vehicles, null)],
      expectedBenefits: [
        {
          method: "nev_gasoline",
          inputs: {
            vehicles: dec(vehicles),
            km_per_vehicle_year: dec(rng.int(12_000, 20_000)),
            fuel_l_per_100km: "7.5",
            electricity_kwh_per_100km: "15",
          },
        },
      ],
      investmentWan: round(piles * (kw / 60) * rng.int(6, 10), 10),
      buildYears: 1,
    };
  },
};

const newEnergyVehicles: GreenProjectKind = {
  kind: "new-energy-vehicles",
  weight: 4,
  places: URBAN,
  owners: ["G54", "G"],
  category: "6.2.6",
  blue: false,
  instruments: [8, 0, 3],
  draft(rng, area, place) {
    const bus = rng.unit() < 0.55;
    const n = bus ? rng.int(50, 400) : rng.int(100, 1000);
    const km = bus ? rng.int(50_000, 70_000) : rng.int(30_000, 60_000);
    if (bus)
      return {
        name: `${area}公交线路新能源公交车更新项目（${n}辆）`,
        description: `购置${n}辆纯电动城市公交车替换${area}现有柴油公交车，配套建设${place}公交场站充电设施，单车年均运营里程约${km}公里，实现线路全面电动化。`,
        industryCode: "G5411",
        parameters: [p("vehicles", n, null), p("km_per_vehicle_year", km, "km/a")],
        expectedBenefits: [
          {
            method: "nev_diesel",
            inputs: {
              vehicles: dec(n),
              km_per_vehicle_year: dec(km),
              fuel_l_per_100km: dec(rng.int(30, 38)),
              electricity_kwh_per_100km: dec(rng.int(90, 120)),
            },
          },
        ],
        investmentWan: n * rng.int(120, 180),
        buildYears: 0,
      };
    return {
      name: `${area}城市配送新能源物流车推广项目（${n}辆）`,
      description: `购置${n}辆纯电动轻型物流车用于${place}片区城市配送，替代柴油货车，配套建设物流园区集中充电站，单车年行驶约${km}公里。`,
      industryCode: "G5437",
      parameters: [p("vehicles", n, null), p("km_per_vehicle_year", km, "km/a")],
      expectedBenefits: [
        {
          method: "nev_diesel",
          inputs: {
            vehicles: dec(n),
            km_per_vehicle_year: dec(km),
            fuel_l_per_100km: dec(rng.int(10, 14)),
            electricity_kwh_per_100km: dec(rng.int(22, 30)),
          },
        },
      ],
      investmentWan: n * rng.int(18, 30),
      buildYears: 0,
    };
  },
};

const wastewater: GreenProjectKind = {
  kind: "wastewater",
  weight: 5,
  places: [...INDUSTRIAL, ...URBAN.slice(3)],
  owners: ["D46", "N77", "E"],
  category: "6.4.7",
  blue: false,
  instruments: [9, 2, 1],
  draft(rng, area, place) {
    const industrial = rng.unit() < 0.4;
    const m3 = round(rng.int(industrial ? 10_000 : 30_000, industrial ? 60_000 : 200_000), 5000);
    const load = rng.int(75, 90) / 100;
    const annual = Math.round(m3 * 365 * load);
    const cod = [rng.int(280, 420), rng.int(25, 40)];
    const nh = [rng.int(25, 40), rng.int(1, 4)];
    const reuse = rng.unit() < 0.35 ? round(m3 * (rng.int(20, 50) / 100), 1000) : 0;
    const lines: DemoBenefitLine[] = [
      {
        method: "wastewater_treatment",
        inputs: {
          treated_volume_m3: dec(annual),
          cod_influent_mg_l: dec(cod[0]!),
          cod_effluent_mg_l: dec(cod[1]!),
          nh3n_influent_mg_l: dec(nh[0]!),
          nh3n_effluent_mg_l: dec(nh[1]!),
        },
      },
    ];
    if (reuse)
      lines.push({ method: "water_reuse", inputs: { reclaimed_water_m3: dec(Math.round(reuse * 365 * load)) } });
    const what = industrial ? `${place}工业园区污水集中处理厂` : `${area}${place}城市污水处理厂`;
    return {
      name: rng.pick([
        `${what}提标改造${reuse ? "及再生水回用" : ""}工程`,
        `${what}${industrial ? "新建" : "扩建"}项目（${m3 / 10000}万吨/日）`,
      ]),
      description: `${industrial ? "建设工业园区污水集中处理设施" : "对城镇污水处理厂进行扩建和提标改造"}，处理规模${m3}立方米/日，采用AAO+MBR工艺，出水达到${industrial ? "《城镇污水处理厂污染物排放标准》一级A" : "山东省地方标准准IV类"}标准，COD由${cod[0]}mg/L降至${cod[1]}mg/L，氨氮由${nh[0]}mg/L降至${nh[1]}mg/L。${reuse ? `配套建设再生水厂，再生水回用规模${reuse}m³/d，用于工业冷却和市政杂用。` : ""}`,
      industryCode: "D4620",
      parameters: [
        p("capacity_m3_per_day", m3, "m3/d"),
        p("cod_effluent_mg_l", cod[1]!, "mg/L"),
        ...(reuse ? [p("reuse_m3_per_day", reuse, "m3/d")] : []),
      ],
      expectedBenefits: lines,
      investmentWan: round((m3 * rng.int(industrial ? 50 : 30, industrial ? 80 : 50)) / 100, 100),
      buildYears: 2,
    };
  },
};

const forestry: GreenProjectKind = {
  kind: "forestry",
  weight: 3,
  places: [...RURAL, ["崂山区", "北宅街道"], ["崂山区", "崂山林场"]],
  owners: ["A02", "A"],
  category: "5.1.9",
  blue: false,
  instruments: [8, 0, 3],
  draft(rng, area, place) {
    const ha = round(rng.int(200, 3000), 10);
    const broad = round(ha * (rng.int(30, 70) / 100), 10);
    const trees = rng.pick(["黑松、麻栎", "侧柏、刺槐", "赤松、栓皮栎", "麻栎、五角枫"]);
    return {
      name: rng.pick([`${place}${ha}公顷碳汇林建设项目`, `${area}${place}森林质量精准提升与碳汇造林项目`]),
      description: `在${area}${place}荒山及低效林地实施碳汇造林和森林抚育，造林面积${ha}公顷，其中阔叶林${broad}公顷、针阔混交林${ha - broad}公顷，主要树种为${trees}，按CCER造林碳汇方法学开展监测。`,
      industryCode: "A0220",
      parameters: [p("afforestation_ha", ha, "ha"), p("broadleaf_ha", broad, "ha")],
      expectedBenefits: [{ method: "afforestation", inputs: { broadleaf_ha: dec(broad), mixed_ha: dec(ha - broad) } }],
      investmentWan: round(ha * rng.int(15, 30), 10),
      buildYears: 1,
    };
  },
};

const marineRanching: GreenProjectKind = {
  kind: "marine-ranching",
  weight: 3,
  places: COAST,
  owners: ["A04", "A"],
  category: "5.1.16",
  blue: true,
  instruments: [7, 1, 3],
  draft(rng, area, place) {
    const ha = round(rng.int(300, 3000), 10);
    const reefs = round(ha * rng.int(80, 150), 1000);
    const seagrass = round(ha * (rng.int(3, 10) / 100), 1);
    return {
      name: rng.pick([`${place}国家级海洋牧场示范区建设项目`, `${area}${place}海域${ha}公顷海洋牧场项目`]),
      description: `在${place}海域建设海洋牧场${ha}公顷，投放人工鱼礁${reefs}空方，同步移植恢复鳗草海草床${seagrass}公顷，开展海参、鲍鱼、许氏平鲉增殖放流，配套建设海上多功能平台和在线监测系统。`,
      industryCode: "A0411",
      parameters: [p("sea_area_ha", ha, "ha"), p("artificial_reef_m3", reefs, "m3"), p("seagrass_ha", seagrass, "ha")],
      expectedBenefits: [{ method: "blue_carbon", inputs: { seagrass_ha: dec(seagrass) } }],
      investmentWan: round(ha * rng.int(3, 8), 10),
      buildYears: 2,
    };
  },
};

const coastalRestoration: GreenProjectKind = {
  kind: "coastal-restoration",
  weight: 2,
  places: [
    ["胶州市", "胶州湾"],
    ["城阳区", "胶州湾湿地"],
    ["即墨区", "丁字湾"],
    ["黄岛区", "唐岛湾"],
  ],
  owners: ["N77", "E48"],
  category: "5.2.13",
  blue: true,
  instruments: [8, 1, 1],
  draft(rng, area, place) {
    const marsh = round(rng.int(50, 600), 1);
    const grass = round(rng.int(10, 200), 1);
    return {
      name: rng.pick([`${place}盐沼湿地与海草床生态修复项目`, `${area}${place}海岸带生态保护修复工程`]),
      description: `实施${place}海岸带蓝色海湾整治，修复碱蓬、芦苇盐沼湿地${marsh}公顷，恢复海草床${grass}公顷，清除互花米草，建设生态岸线和潮间带生境监测站点。`,
      industryCode: "E4839",
      parameters: [p("salt_marsh_ha", marsh, "ha"), p("seagrass_ha", grass, "ha")],
      expectedBenefits: [{ method: "blue_carbon", inputs: { salt_marsh_ha: dec(marsh), seagrass_ha: dec(grass) } }],
      investmentWan: round((marsh + grass) * rng.int(8, 18), 10),
      buildYears: 2,
    };
  },
};

const boilerRetrofit: GreenProjectKind = {
  kind: "boiler-retrofit",
  weight: 3,
  places: INDUSTRIAL,
  owners: ["C", "D443"],
  category: "1.3.1",
  blue: false,
  instruments: [10, 0, 1],
  draft(rng, area, place) {
    const where = `${area}${place}`;
    const tph = rng.pick([20, 35, 75, 130]);
    const gas = rng.unit() < 0.5;
    const saved = gas ? rng.int(50, 600) : rng.int(2000, 20_000);
    return {
      name: `${where}${tph}t/h${gas ? "燃气" : "燃煤"}锅炉节能改造项目`,
      description: `对企业${tph}t/h${gas ? "燃气" : "燃煤"}蒸汽锅炉实施节能改造，加装烟气冷凝余热回收器、低氮燃烧器和智能燃烧控制系统，锅炉热效率由${rng.int(82, 86)}%提升至${rng.int(90, 95)}%，年节约${gas ? `天然气${saved}万立方米` : `原煤${saved}吨`}。`,
      industryCode: "E4861",
      parameters: [
        p("boiler_capacity_tph", tph, "t/h"),
        p(gas ? "gas_saved_wan_m3" : "coal_saved_t", saved, gas ? "万m3" : "t"),
      ],
      expectedBenefits: [
        {
          method: "energy_efficiency",
          inputs: { [gas ? "natural_gas_saved_wan_m3" : "raw_coal_saved_t"]: dec(saved) },
        },
      ],
      investmentWan: round((gas ? saved * 2 : saved / 4) + rng.int(300, 1500), 10),
      buildYears: 0,
    };
  },
};

const motorRetrofit: GreenProjectKind = {
  kind: "motor-retrofit",
  weight: 2,
  places: INDUSTRIAL,
  owners: ["C"],
  category: "1.3.2",
  blue: false,
  instruments: [10, 0, 0],
  draft(rng, area, place) {
    const motors = rng.int(40, 600);
    const mwh = rng.int(2000, 30_000);
    return {
      name: `${rng.pick([place, area])}电机系统能效提升改造项目`,
      description: `将${motors}台低效电机更换为IE4及以上高效永磁同步电机，风机、水泵加装变频调速装置，建设能源管理中心，实现电机系统能效提升，年节电约${mwh}MWh。`,
      industryCode: "E4861",
      parameters: [p("motors_replaced", motors, null), p("electricity_saved_mwh", mwh, "MWh")],
      expectedBenefits: [{ method: "energy_efficiency", inputs: { electricity_saved_mwh: dec(mwh) } }],
      investmentWan: round((mwh * rng.int(10, 18)) / 100 + motors * 3, 10),
      buildYears: 0,
    };
  },
};

const wasteHeat: GreenProjectKind = {
  kind: "waste-heat",
  weight: 3,
  places: INDUSTRIAL,
  owners: ["C30", "C31", "C26", "C25", "C"],
  category: "1.3.4",
  blue: false,
  instruments: [9, 1, 0],
  draft(rng, area, place) {
    const mw = rng.int(3, 30);
    const mwh = Math.round(mw * rng.int(6500, 7800));
    const source = rng.pick(["水泥窑头窑尾废气", "烧结环冷机废气", "炼焦荒煤气", "化工装置工艺余热"]);
    return {
      name: rng.pick([`${place}${mw}MW余热发电项目`, `${area}${place}${source}余热回收利用项目`]),
      description: `利用${source}余热建设余热锅炉和${mw}MW汽轮发电机组，余热余压回收发电，年发电量约${mwh}MWh，全部厂内自用，减少外购电量。`,
      industryCode: "E4861",
      parameters: [p("capacity_mw", mw, "MW"), p("electricity_saved_mwh", mwh, "MWh")],
      expectedBenefits: [{ method: "energy_efficiency", inputs: { electricity_saved_mwh: dec(mwh) } }],
      investmentWan: round(mw * rng.int(600, 900), 10),
      buildYears: 1,
    };
  },
};

export const GREEN_PROJECT_KINDS: readonly GreenProjectKind[] = [
  offshoreWind,
  fisheryPv,
  agriPv,
  rooftopPv,
  desalination,
  greenBuilding,
  evCharging,
  newEnergyVehicles,
  wastewater,
  forestry,
  marineRanching,
  coastalRestoration,
  boilerRetrofit,
  motorRetrofit,
  wasteHeat,
];

/** Labels of financings standing alone (no project in the library): a category and a use of proceeds. */
export const STANDALONE_LABELS: readonly (readonly [code: string, use: string, industry: string])[] = [
  ["4.2.2", "分布式光伏电站建设", "D4416"],
  ["6.1.1", "绿色建筑开发贷款", "K7010"],
  ["6.2.3", "充电站建设运营", "F5267"],
  ["1.3.2", "高效电机更新改造", "E4861"],
  ["3.2.6", "生活垃圾焚烧发电及资源化利用", "N7820"],
  ["5.1.3", "绿色农业生产设施", "A0141"],
  ["6.4.7", "污水处理厂运营", "D4620"],
  ["6.2.6", "新能源公交车购置", "G5411"],
  ["3.2.5", "废旧物资回收利用", "C4210"],
  ["5.1.15", "深远海智能养殖工船", "A0411"],
  ["6.3.2", "冷链物流绿色仓储", "G5930"],
  ["1.3.4", "余热余压发电", "E4861"],
];
