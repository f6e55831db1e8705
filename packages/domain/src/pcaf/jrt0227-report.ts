import type { PcafComparison } from "./compare-pcaf-years";
import type { PcafBucket, PcafPortfolioResult } from "./pcaf-result-types";
import type { PcafReferenceData } from "./pcaf-types";

export interface ReportColumn {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: string | null;
}

export interface ReportTable {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly columns: readonly ReportColumn[];
  /** Cells keyed by column key: text or decimal text, null when there is nothing to show. */
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
}

/** JR/T 0227-2021 §5.7 as tables a renderer (Excel, PDF) lays out; no formatting decided here. */
export interface Jrt0227Section {
  readonly standard: "JR/T 0227-2021";
  readonly clause: "5.7";
  readonly title: { readonly zh: string; readonly en: string };
  readonly year: number;
  readonly tables: readonly ReportTable[];
  readonly notes: readonly { readonly zh: string; readonly en: string }[];
}

const GROUP_COLUMNS: readonly ReportColumn[] = [
  { key: "name", zh: "类别", en: "Category", unit: null },
  { key: "outstanding", zh: "余额", en: "Outstanding", unit: "CNY" },
  { key: "coverage", zh: "排放数据覆盖率", en: "Coverage", unit: "ratio" },
  { key: "financedScope12", zh: "投融资排放（范围一+二）", en: "Financed emissions (Scope 1+2)", unit: "tCO2e" },
  { key: "financedScope3", zh: "投融资排放（范围三）", en: "Financed emissions (Scope 3)", unit: "tCO2e" },
  { key: "dataQuality", zh: "加权数据质量得分", en: "Weighted data-quality score", unit: "1–5" },
];

const groupRow = (b: PcafBucket, name: string) => ({
  name,
  outstanding: b.outstanding,
  coverage: b.coverage,
  financedScope12: b.financedScope12Tco2e,
  financedScope3: b.financedScope3Tco2e,
  dataQuality: b.weightedDataQuality,
});

/**
 * The "投融资活动的环境影响 / environmental impact of investment and financing activities" section (JR/T 0227-2021
 * §5.7: carbon emissions of financed activities) built from a PCAF result: by asset class with the method used, by
 * industry, data quality, intensity metrics and, given a comparison, the change on the previous year.
 */
export function buildJrt0227Section(
  result: PcafPortfolioResult,
  reference: Pick<PcafReferenceData, "assetClasses" | "ref">,
  comparison?: PcafComparison,
): Jrt0227Section {
  const info = new Map(reference.assetClasses.map((c) => [c.id, c]));
  const both = (b: PcafBucket) => `${b.nameZh} ${b.nameEn}`;
  const tables: ReportTable[] = [
    {
      id: "by-asset-class",
      title: { zh: "按资产类别的投融资碳排放", en: "Financed emissions by asset class" },
      columns: [...GROUP_COLUMNS, { key: "method", zh: "核算方法", en: "Method", unit: null }],
      rows: [
        ...result.byAssetClass.map((b) => {
          const c = info.get(b.key);
          return {
            ...groupRow(b, both(b)),
            method: c ? `PCAF ${c.pcafSection}: ${c.attributionFormulaZh} / ${c.attributionFormula}` : null,
          };
        }),
        { ...groupRow(result.total, "合计 Total"), method: null },
      ],
    },
    {
      id: "by-sector",
      title: { zh: "按行业（GB/T 4754 门类）的投融资碳排放", en: "Financed emissions by industry (GB/T 4754 section)" },
      columns: GROUP_COLUMNS,
      rows: result.bySector.map((b) => groupRow(b, `${b.key} ${both(b)}`)),
    },
    {
      id: "data-quality",
      title: { zh: "数据质量（PCAF 1–5 分，按余额）", en: "Data quality (PCAF scores 1–5, by outstanding)" },
      columns: [
        { key: "name", zh: "类别", en: "Category", unit: null },
        ...["1", "2", "3", "4", "5"].map((s) => ({
          key: `score${s}`,
          zh: `${s} 分余额`,
          en: `Score ${s} outstanding`,
          unit: "CNY",
        })),
        { key: "dataQuality", zh: "加权得分", en: "Weighted score", unit: "1–5" },
      ],
      rows: [...result.byAssetClass, result.total].map((b) => ({
        name: b.key === "total" ? "合计 Total" : both(b),
        ...Object.fromEntries(Object.entries(b.outstandingByScore).map(([s, v]) => [`score${s}`, v])),
        dataQuality: b.weightedDataQuality,
      })),
    },
    {
      id: "intensity",
      title: { zh: "碳强度指标", en: "Intensity metrics" },
      columns: [
        { key: "metric", zh: "指标", en: "Metric", unit: null },
        { key: "value", zh: "数值", en: "Value", unit: null },
        { key: "unit", zh: "单位", en: "Unit", unit: null },
      ],
      rows: [
        {
          metric: "加权平均碳强度 WACI",
          value: result.waci.value,
          unit: "tCO2e / 百万元营业收入 (million CNY revenue)",
        },
        {
          metric: "碳足迹 Carbon footprint",
          value: result.carbonFootprint,
          unit: "tCO2e / 百万元投融资 (million CNY invested)",
        },
        { metric: "排放数据覆盖率 Coverage", value: result.total.coverage, unit: "ratio" },
      ],
    },
  ];
  if (comparison) {
    tables.push({
      id: "year-on-year",
      title: { zh: `较 ${comparison.previousYear} 年变化`, en: `Change on ${comparison.previousYear}` },
      columns: [
        { key: "name", zh: "类别", en: "Category", unit: null },
        {
          key: "previous",
          zh: `${comparison.previousYear} 年投融资排放`,
          en: `Financed emissions ${comparison.previousYear}`,
          unit: "tCO2e",
        },
        {
          key: "current",
          zh: `${comparison.currentYear} 年投融资排放`,
          en: `Financed emissions ${comparison.currentYear}`,
          unit: "tCO2e",
        },
        { key: "changePercent", zh: "变化", en: "Change", unit: "%" },
      ],
      rows: [...comparison.byAssetClass, comparison.total].map((r) => ({
        name: r.key === "total" ? "合计 Total" : `${r.nameZh} ${r.nameEn}`,
        previous: r.financedScope12Tco2e.previous,
        current: r.financedScope12Tco2e.current,
        changePercent: r.financedScope12Tco2e.changePercent,
      })),
    });
  }
  const notes = [
    {
      zh: `按 PCAF《金融业温室气体核算和报告标准》A 部分（第二版）核算，参考数据 ${reference.ref}（SHA-256 ${result.referenceSha256.slice(0, 12)}…）。`,
      en: `Calculated under PCAF Part A (2nd ed.), reference data ${reference.ref} (SHA-256 ${result.referenceSha256.slice(0, 12)}…).`,
    },
    {
      zh: "数据质量得分 1 为最高、5 为最低；行业、建筑与车辆估算因子为示意性估计，待官方数据替换。",
      en: "Data quality 1 is best, 5 worst; sector, building and vehicle estimation factors are illustrative estimates pending official data.",
    },
    {
      zh: "JR/T 0227-2021 第 5.7 条的章节结构取自目录副本，具体字段清单未与标准原文核对。",
      en: "The structure follows a table-of-contents copy of JR/T 0227-2021 §5.7; its exact field list is unverified against the standard.",
    },
  ];
  if (comparison && !comparison.sameReference)
    notes.push({
      zh: "两年所用参考数据版本不同，变化含方法因素。",
      en: "The two years used different reference data: changes include method effects.",
    });
  return {
    standard: "JR/T 0227-2021",
    clause: "5.7",
    title: { zh: "投融资活动的环境影响", en: "Environmental impact of investment and financing activities" },
    year: result.year,
    tables,
    notes,
  };
}
