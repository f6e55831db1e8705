/**
 * The statistics as an Excel workbook in the layout of the central bank's green-loan special statistics tables: a
 * cover (scope, year, basis, catalogue, the unlabelled book), the table by use (catalogue level 1, level 2 indented
 * under it), the table by industry (GB/T 4754 section), the totals with the blue subtotal and, for the district, a
 * table by institution. Figures are numbers with formats, so that the sheets can be summed and charted.
 */
import type { TGreenStatistics, TGreenStatisticsCell } from "@greenfin/contracts";
import ExcelJS from "exceljs";
import type { Actor } from "../../context/actor";
import type { Lang } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { type GreenStatisticsQuery, greenStatistics } from "./green-statistics";

const INSTRUMENTS = {
  loan: { zh: "绿色贷款", en: "Green loans" },
  bond: { zh: "绿色债券", en: "Green bonds" },
  insurance: { zh: "绿色保险", en: "Green insurance" },
} as const;

const HEAD = {
  zh: ["项目", "代码", "笔数", "年末余额（元）", "本年发放额（元）", "余额占比", "预期年二氧化碳减排量（tCO2）"],
  en: [
    "Item",
    "Code",
    "Count",
    "Balance at year end (CNY)",
    "Granted in the year (CNY)",
    "Share of balance",
    "Expected CO2 avoided per year (tCO2)",
  ],
};
const FORMATS = [null, null, "0", "#,##0.00", "#,##0.00", "0.00%", "#,##0.000"];

function table(wb: ExcelJS.Workbook, name: string, title: string, lang: Lang, rows: [TGreenStatisticsCell, number][]) {
  const sheet = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(HEAD[lang]).font = { bold: true };
  for (const [c, indent] of rows) {
    const row = sheet.addRow([
      `${"　".repeat(indent)}${lang === "zh" ? c.nameZh : c.nameEn}`,
      c.key,
      c.count,
      Number(c.balance),
      Number(c.granted),
      Number(c.share),
      Number(c.co2AvoidedT),
    ]);
    FORMATS.forEach((f, i) => {
      if (f) row.getCell(i + 1).numFmt = f;
    });
    if (indent === 0) row.font = { bold: true };
  }
  [40, 10, 8, 20, 20, 12, 22].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
}

export async function greenStatisticsWorkbook(p: Platform, actor: Actor, q: GreenStatisticsQuery, lang: Lang) {
  const s: TGreenStatistics = await greenStatistics(p, actor, q);
  const zh = lang === "zh";
  const what = INSTRUMENTS[s.instrument][lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = "GreenFin";
  const cover = wb.addWorksheet(zh ? "封面" : "Cover");
  cover.addRow([zh ? `${what}专项统计（${s.year}年）` : `${what}: special statistics, ${s.year}`]).font = {
    bold: true,
    size: 14,
  };
  const lines: [string, string | number][] = [
    [
      zh ? "统计范围" : "Scope",
      `${s.scope.kind === "district" && !s.scope.orgId ? (zh ? "全区" : "District") : ""} ${s.scope.name}`.trim(),
    ],
    [zh ? "统计年度" : "Year", s.year],
    [
      zh ? "口径" : "Basis",
      zh ? "年末余额；本年发放额按起始日在年内计" : "Balances at 31 December; granted = started within the year",
    ],
    [zh ? "分类目录" : "Catalogue", s.catalogue],
    [zh ? "未标识融资笔数" : "Unlabelled financings", s.unlabelled.count],
    [zh ? "未标识融资余额（元）" : "Unlabelled balance (CNY)", Number(s.unlabelled.balance)],
  ];
  for (const [label, value] of lines) cover.addRow([label, value]).getCell(1).font = { bold: true };
  cover.getColumn(1).width = 26;
  cover.getColumn(2).width = 60;

  table(wb, zh ? "按用途" : "By use", zh ? `${what}（按用途）` : `${what} by use`, lang, [
    [s.total, 0] as [TGreenStatisticsCell, number],
    ...s.byUse.flatMap((u) => [
      [u, 0] as [TGreenStatisticsCell, number],
      ...u.children.map((c) => [c, 1] as [TGreenStatisticsCell, number]),
    ]),
  ]);
  table(wb, zh ? "按行业" : "By industry", zh ? `${what}（按行业）` : `${what} by industry`, lang, [
    [s.total, 0],
    ...s.byIndustry.map((c) => [c, 1] as [TGreenStatisticsCell, number]),
  ]);
  table(wb, zh ? "合计" : "Totals", zh ? `${what}合计` : `${what}: totals`, lang, [
    [s.total, 0],
    [s.blue, 1],
  ]);
  if (s.byInstitution.length)
    table(wb, zh ? "按机构" : "By institution", zh ? `${what}（按机构）` : `${what} by institution`, lang, [
      [s.total, 0],
      ...s.byInstitution.map((c) => [c, 1] as [TGreenStatisticsCell, number]),
    ]);
  const scope = s.scope.orgId ? s.scope.name : zh ? "全区" : "district";
  return {
    fileName: zh
      ? `${what}专项统计-${s.year}-${scope}.xlsx`
      : `green-statistics-${s.instrument}-${s.year}-${scope}.xlsx`,
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}
