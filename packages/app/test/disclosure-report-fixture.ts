/**
 * A hand-built disclosure report (a fictional Qingdao manufacturer under the SSE 2024 sustainability guideline):
 * mandatory rows with units, a breakdown by gender, a converted value, undisclosed rows with and without a reason,
 * and markup in a value and a reason that the renderers must escape.
 */
import type {
  DisclosureReportModel,
  ReportIndicatorRow,
  ReportValueLine,
} from "../src/disclosure/reports/report-model";

export const INJECTED_REASON = '<script>alert("reason")</script>';
export const INJECTED_VALUE = "<img src=x onerror=alert(1)>";

const value = (
  display: string,
  unit: [zh: string, en: string] | null,
  extra: Partial<ReportValueLine> = {},
): ReportValueLine => ({
  dimensionLabel: null,
  display: { zh: display, en: display },
  unit: unit ? { zh: unit[0], en: unit[1] } : null,
  entered: null,
  ...extra,
});

const row = (
  indicatorId: string,
  name: [zh: string, en: string],
  clause: string,
  level: ReportIndicatorRow["level"],
  values: ReportValueLine[],
  extra: Partial<ReportIndicatorRow> = {},
): ReportIndicatorRow => ({
  indicatorId,
  name: { zh: name[0], en: name[1] },
  clause,
  level,
  values,
  notDisclosedReason: null,
  evidence: [],
  ...extra,
});

const TCO2E: [string, string] = ["吨二氧化碳当量", "tCO2e"];
const PEOPLE: [string, string] = ["人", "persons"];

export const reportFixture: DisclosureReportModel = {
  organisation: {
    nameZh: "青岛某某新材料有限公司",
    nameEn: "Qingdao Moumou New Materials R&D Co., Ltd.",
    uscc: "91370212MA3CQ7K283",
  },
  framework: {
    code: "SSE2024",
    name: {
      zh: "上海证券交易所上市公司可持续发展报告指引",
      en: "SSE Guidelines on Sustainability Reporting for Listed Companies",
    },
    issuer: "上海证券交易所 / Shanghai Stock Exchange",
  },
  period: { start: "2025-01-01", end: "2025-12-31", year: 2025 },
  revision: 2,
  status: "accepted",
  catalogueVersion: "sse2024-v1.1.0",
  submittedAt: "2026-03-28T06:42:10.000Z",
  decidedAt: "2026-04-02T01:15:00.000Z",
  completeness: { mandatoryFilled: 6, mandatoryTotal: 6, allFilled: 11, allTotal: 14 },
  sections: [
    {
      title: { zh: "应对气候变化与环境", en: "Climate and environment" },
      rows: [
        row("SSE.E.GHG.SCOPE1", ["范围一温室气体排放量", "Scope 1 GHG emissions"], "第二十八条", "mandatory", [
          value("12,345.6", TCO2E),
        ]),
        row(
          "SSE.E.GHG.SCOPE2",
          ["范围二温室气体排放量（基于位置）", "Scope 2 GHG emissions (location-based)"],
          "第二十八条",
          "mandatory",
          [value("8,901.2", TCO2E)],
          { evidence: ["2025年度外购电力发票汇总.xlsx", "碳核查报告-2025.pdf"] },
        ),
        row("SSE.E.ENERGY.TOTAL", ["综合能源消耗量", "Total energy consumption"], "第三十五条", "mandatory", [
          value("1,474.8", ["吨标准煤", "tce"], { entered: "12,000 MWh" }),
        ]),
        row("SSE.E.WATER.USE", ["用水总量", "Total water withdrawal"], "第三十六条", "comply_or_explain", [
          value("356,000", ["立方米", "m³"]),
        ]),
        row(
          "SSE.E.WASTE.HAZARDOUS",
          ["危险废物产生量", "Hazardous waste generated"],
          "第三十七条",
          "comply_or_explain",
          [],
          {
            notDisclosedReason: `危险废物转移联单系统于 2025 年切换，全年数据尚在与处置单位核对中。${INJECTED_REASON}`,
          },
        ),
        row(
          "SSE.E.BIODIVERSITY",
          ["生态系统和生物多样性保护", "Ecosystems and biodiversity"],
          "第四十一条",
          "conditional",
          [],
        ),
      ],
    },
    {
      title: { zh: "社会", en: "Social" },
      rows: [
        row("SSE.S.EMPLOYEES", ["员工总数", "Total employees"], "第四十五条", "mandatory", [
          value("1,286", PEOPLE),
          value("902", PEOPLE, { dimensionLabel: { zh: "男", en: "Male" } }),
          value("384", PEOPLE, { dimensionLabel: { zh: "女", en: "Female" } }),
        ]),
        row("SSE.S.LOST.DAYS", ["因工伤损失工作日数", "Days lost to work injuries"], "第四十八条", "mandatory", [
          value("37", ["天", "days"]),
        ]),
        row(
          "SSE.S.TRAINING.HOURS",
          ["员工人均培训时长", "Average training hours per employee"],
          "第四十七条",
          "voluntary",
          [value("24.5", ["小时", "hours"])],
        ),
        row(
          "SSE.S.SUPPLIER.AUDIT",
          ["是否开展供应商 ESG 审核", "Supplier ESG audits carried out"],
          "第四十三条",
          "voluntary",
          [{ dimensionLabel: null, display: { zh: "是", en: "Yes" }, unit: null, entered: null }],
          { evidence: ["供应商审核报告2025.pdf"] },
        ),
        row(
          "SSE.S.COMMUNITY",
          ["乡村振兴与社会贡献", "Rural revitalisation and social contribution"],
          "第四十四条",
          "voluntary",
          [
            {
              dimensionLabel: null,
              display: {
                zh: `捐建乡村小学图书室 2 所，资助困难学生 46 名。${INJECTED_VALUE}`,
                en: `Funded 2 rural primary-school libraries and 46 student bursaries. ${INJECTED_VALUE}`,
              },
              unit: null,
              entered: null,
            },
          ],
        ),
      ],
    },
    {
      title: { zh: "可持续发展相关治理", en: "Sustainability governance" },
      rows: [
        row(
          "SSE.G.BOARD.OVERSIGHT",
          ["董事会对可持续发展事项的监督", "Board oversight of sustainability matters"],
          "第十条",
          "mandatory",
          [
            {
              dimensionLabel: null,
              display: {
                zh: "董事会下设战略与可持续发展委员会，每季度审议 ESG 目标进展。",
                en: "The board's Strategy and Sustainability Committee reviews progress on ESG targets every quarter.",
              },
              unit: null,
              entered: null,
            },
          ],
        ),
        row(
          "SSE.G.ANTICORRUPTION.TRAINING",
          ["反商业贿赂及反贪污培训覆盖率", "Anti-bribery and anti-corruption training coverage"],
          "第五十五条",
          "comply_or_explain",
          [value("100", ["%", "%"])],
        ),
        row(
          "SSE.G.DUE.DILIGENCE",
          ["可持续发展相关尽职调查", "Sustainability due diligence"],
          "第五十四条",
          "conditional",
          [],
          { notDisclosedReason: "不适用：公司报告期内未开展境外投资或并购。" },
        ),
      ],
    },
  ],
  generatedAt: "2026-04-10T02:30:00.000Z",
  valuesHash: "5f2b9c0e7a41d3c68e0b19f4a7d2c3e8b6a5f1d0c9e8b7a6f5d4c3b2a1908f7e",
};
