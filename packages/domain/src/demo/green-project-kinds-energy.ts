/**
 * Demo project kinds of clean energy and industrial energy saving: offshore wind, fishery- and agri-PV, rooftop PV,
 * boiler and motor retrofits, waste-heat recovery.
 */
import {
  COAST,
  dec,
  type GreenProjectKind,
  generation,
  INDUSTRIAL,
  PONDS,
  p,
  RURAL,
  round,
} from "./green-project-kind";

export const offshoreWind: GreenProjectKind = {
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

export const fisheryPv: GreenProjectKind = {
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

export const agriPv: GreenProjectKind = {
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

export const rooftopPv: GreenProjectKind = {
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

export const boilerRetrofit: GreenProjectKind = {
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

export const motorRetrofit: GreenProjectKind = {
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

export const wasteHeat: GreenProjectKind = {
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
