/**
 * What every kind of demo green project is made of (the draft a kind writes, the kind itself) and the places and small
 * helpers the kinds share. All fictional.
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

export const COAST: readonly (readonly [string, string])[] = [
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
export const RURAL: readonly (readonly [string, string])[] = [
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
export const PONDS: readonly (readonly [string, string])[] = [
  ["胶州市", "胶州湾北岸盐田"],
  ["胶州市", "李哥庄"],
  ["即墨区", "丁字湾养殖区"],
  ["城阳区", "棘洪滩"],
  ["黄岛区", "红石崖"],
  ["即墨区", "温泉街道"],
];
export const URBAN: readonly (readonly [string, string])[] = [
  ["崂山区", "金家岭"],
  ["市南区", "八大关"],
  ["市北区", "小港湾"],
  ["李沧区", "楼山"],
  ["城阳区", "上马"],
  ["黄岛区", "长江路"],
  ["即墨区", "蓝谷"],
  ["胶州市", "少海新城"],
];
export const INDUSTRIAL: readonly (readonly [string, string])[] = [
  ["黄岛区", "董家口循环经济区"],
  ["黄岛区", "前湾港区"],
  ["城阳区", "棘洪滩"],
  ["即墨区", "汽车产业新城"],
  ["胶州市", "胶州经济技术开发区"],
  ["平度市", "平度经济开发区"],
  ["莱西市", "莱西经济开发区"],
  ["李沧区", "楼山"],
];

export const round = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);
export const dec = (x: number, places = 0) => x.toFixed(places);
export const p = (key: string, value: number | string, unit: string | null): DemoGreenParameter => ({
  key,
  value,
  unit,
});

export function generation(rng: SeededRandom, mw: number, hours: [number, number]) {
  const h = rng.int(hours[0], hours[1]);
  return { hours: h, mwh: Math.round(mw * h) };
}
