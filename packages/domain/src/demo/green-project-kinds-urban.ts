/**
 * Demo project kinds of the city: green buildings, EV charging and battery swapping, new-energy buses and logistics
 * vehicles.
 */
import { dec, type GreenProjectKind, p, round, URBAN } from "./green-project-kind";

export const greenBuilding: GreenProjectKind = {
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

export const evCharging: GreenProjectKind = {
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

export const newEnergyVehicles: GreenProjectKind = {
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
