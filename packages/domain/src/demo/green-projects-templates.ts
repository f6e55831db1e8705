/**
 * What the demo's green projects are made of: per kind of project (offshore wind, fishery-PV, desalination …) where
 * in Qingdao it sits, how it is named and described (several wordings, with its own figures put in), its GB/T 4754
 * code, technical parameters, expected benefit inputs for the calculators (method keys of
 * packages/reference/data/green-benefits/), what it costs and the category a reviewer would give it. All fictional.
 */
import type { GreenProjectKind } from "./green-project-kind";
import {
  agriPv,
  boilerRetrofit,
  fisheryPv,
  motorRetrofit,
  offshoreWind,
  rooftopPv,
  wasteHeat,
} from "./green-project-kinds-energy";
import { evCharging, greenBuilding, newEnergyVehicles } from "./green-project-kinds-urban";
import {
  coastalRestoration,
  desalination,
  forestry,
  marineRanching,
  wastewater,
} from "./green-project-kinds-water-ecology";

export type { GreenProjectDraft, GreenProjectKind } from "./green-project-kind";

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
