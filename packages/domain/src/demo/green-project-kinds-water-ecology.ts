/**
 * Demo project kinds of water and ecology: seawater desalination, wastewater treatment and reuse, carbon-sink
 * forestry, marine ranching and coastal (seagrass, salt-marsh) restoration.
 */

import { COAST, dec, type GreenProjectKind, INDUSTRIAL, p, RURAL, round, URBAN } from "./green-project-kind";
import type { DemoBenefitLine } from "./green-projects-types";

export const desalination: GreenProjectKind = {
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

export const wastewater: GreenProjectKind = {
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

export const forestry: GreenProjectKind = {
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

export const marineRanching: GreenProjectKind = {
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

export const coastalRestoration: GreenProjectKind = {
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
