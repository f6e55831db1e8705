/**
 * Qingdao's districts and county-level cities (GB/T 2260 codes, region 3702xx), with road names typical of
 * each, for fictional addresses. The Jinjialing financial district lies in 崂山区.
 */
export const QINGDAO_AREAS = [
  {
    nameZh: "崂山区",
    code: "370212",
    roads: ["香港东路", "海口路", "深圳路", "苗岭路", "云岭路", "株洲路", "松岭路", "秦岭路"],
  },
  { nameZh: "市南区", code: "370202", roads: ["香港中路", "东海西路", "南京路", "澳门路", "福州南路", "江西路"] },
  { nameZh: "市北区", code: "370203", roads: ["辽宁路", "敦化路", "延吉路", "抚顺路", "重庆南路", "鞍山路"] },
  { nameZh: "李沧区", code: "370213", roads: ["九水东路", "金水路", "京口路", "书院路", "振华路", "巨峰路"] },
  { nameZh: "城阳区", code: "370214", roads: ["正阳路", "春阳路", "长城路", "崇阳路", "仙山东路", "黑龙江中路"] },
  // 黄岛区 is the West Coast New Area (西海岸新区), with the port of Qianwan.
  { nameZh: "黄岛区", code: "370211", roads: ["长江中路", "江山中路", "井冈山路", "前湾港路", "嘉陵江路", "珠江路"] },
  { nameZh: "即墨区", code: "370215", roads: ["蓝鳌路", "鹤山路", "烟青路", "华山二路", "墨城路"] },
  { nameZh: "胶州市", code: "370281", roads: ["扬州西路", "广州北路", "兰州东路", "胶州湾路", "福州南支路"] },
  { nameZh: "平度市", code: "370283", roads: ["红旗路", "扬州路", "北京路", "常州路"] },
  { nameZh: "莱西市", code: "370285", roads: ["烟台路", "威海西路", "上海路", "石岛路"] },
] as const;

export type QingdaoArea = (typeof QINGDAO_AREAS)[number];
export type QingdaoAreaName = QingdaoArea["nameZh"];

/** Where a kind of business tends to sit: offices in the city centre, plants in the outer districts. */
export type SiteType = "urban" | "industrial" | "port" | "rural";

/** Relative weights of each area per site type; 崂山区 leads for offices (the financial district is there). */
export const AREA_WEIGHTS: Record<SiteType, Readonly<Record<QingdaoAreaName, number>>> = {
  urban: {
    崂山区: 45,
    市南区: 18,
    市北区: 13,
    李沧区: 7,
    城阳区: 8,
    黄岛区: 9,
    即墨区: 3,
    胶州市: 2,
    平度市: 1,
    莱西市: 1,
  },
  industrial: {
    崂山区: 10,
    市南区: 0,
    市北区: 2,
    李沧区: 5,
    城阳区: 15,
    黄岛区: 25,
    即墨区: 14,
    胶州市: 13,
    平度市: 10,
    莱西市: 8,
  },
  port: {
    崂山区: 5,
    市南区: 3,
    市北区: 8,
    李沧区: 3,
    城阳区: 8,
    黄岛区: 45,
    即墨区: 9,
    胶州市: 12,
    平度市: 1,
    莱西市: 1,
  },
  rural: {
    崂山区: 10,
    市南区: 0,
    市北区: 0,
    李沧区: 1,
    城阳区: 5,
    黄岛区: 18,
    即墨区: 17,
    胶州市: 13,
    平度市: 20,
    莱西市: 16,
  },
};

export function areaByName(name: QingdaoAreaName): QingdaoArea {
  return QINGDAO_AREAS.find((a) => a.nameZh === name) as QingdaoArea;
}
