/**
 * The workbook an institution downloads to fill one statistics report offline: the data sheet (metric key, names in
 * Chinese and English, unit, breakdown item, the value column, and where a pre-filled value comes from) and the
 * instructions. Nothing is protected: filers must be able to paste freely; the reader checks what matters.
 */

import type { StatTemplate } from "@greenfin/domain";
import type { StatBreakdownItemLists } from "@greenfin/reference";
import ExcelJS from "exceljs";
import {
  DATA_SHEET,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerText,
  INSTRUCTIONS_SHEET,
  PERIOD_CELL,
  SOURCE_LABELS,
  STAT_COLUMNS,
  TEMPLATE_CELL,
  UNIT_LABELS,
} from "./stat-workbook-layout";

export interface StatWorkbookInput {
  readonly template: StatTemplate;
  readonly period: string;
  readonly orgName: string;
  readonly breakdownItems: StatBreakdownItemLists;
  /** Figures to pre-fill, keyed `metric\u0000item` ('' for the total), with their source. */
  readonly values: ReadonlyMap<string, { readonly value: string; readonly source: string }>;
}

export const valueKey = (metric: string, item: string | null) => `${metric}\u0000${item ?? ""}`;

function writeInstructions(workbook: ExcelJS.Workbook, input: StatWorkbookInput) {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.getColumn(1).width = 120;
  const c = STAT_COLUMNS;
  const lines: [string, string][] = [
    [`${input.template.nameZh}（${input.template.ref}）`, input.template.nameEn],
    [`填报单位：${input.orgName}；报告期：${input.period}`, `Institution: ${input.orgName}; period: ${input.period}`],
    [
      `在「${DATA_SHEET}」表的 ${c.value.letter} 列（${c.value.zh}）填写数值；不要改动其他列、表头和第 1–2 行的模板与报告期。`,
      `Enter figures in column ${c.value.letter} (${c.value.en}) of "${DATA_SHEET}"; do not change the other columns, the header or the template and period in rows 1–2.`,
    ],
    [
      "金额以元为单位，最多两位小数；户数、笔数为整数；百分数填 0–100 之间的数（如 4.35 表示 4.35%）。不要填写千分位、空格、单位或公式。",
      "Money in yuan with at most two decimals; counts whole; percents between 0 and 100 (4.35 means 4.35 %). No thousands separators, spaces, units or formulas.",
    ],
    [
      "分项（按用途、按行业）之和须等于合计；不适用的分项留空。留空的指标视为未填报。",
      "Items (by use, by industry) must add up to the total; leave items that do not apply empty. An empty figure is not reported.",
    ],
    [
      `「${c.source.zh}」列说明预填数值的来源（平台已知的绿色贷款标识、融资对接结果，或本机构已填报的草稿），可直接修改。`,
      `Column ${c.source.letter} shows where a pre-filled figure comes from (the platform's green-loan labels or marketplace outcomes, or the draft already entered); change it freely.`,
    ],
    [
      "上传后按与网页表单相同的规则校验；任何一处错误都不会保存，错误清单会指出工作表、行和单元格。上传成功后保存为草稿，仍须在网页上报送。",
      "On upload the same checks as the web form run; any error saves nothing, and every problem names its sheet, row and cell. A successful upload is saved as a draft, still to be submitted on the web.",
    ],
    [
      "本模板也可用 CSV 代替：三列 metric,item,value（合计的 item 留空）。",
      "A CSV may be uploaded instead: columns metric,item,value (item empty for a total).",
    ],
  ];
  for (const [zh, en] of lines) {
    sheet.addRow([zh]).font = { bold: false };
    sheet.addRow([en]).font = { color: { argb: "FF555555" } };
  }
  sheet.getRow(1).font = { bold: true, size: 13 };
}

export async function buildStatWorkbook(input: StatWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "GreenFin";
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  const cols = Object.values(STAT_COLUMNS);
  cols.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.getCell(`A${TEMPLATE_CELL.row}`).value = "报表模板 Template";
  sheet.getCell(`${TEMPLATE_CELL.column}${TEMPLATE_CELL.row}`).value = input.template.ref;
  sheet.getCell(`A${PERIOD_CELL.row}`).value = "报告期 Period";
  const period = sheet.getCell(`${PERIOD_CELL.column}${PERIOD_CELL.row}`);
  period.value = input.period;
  period.numFmt = "@";
  sheet.getCell("C1").value = input.orgName;
  const header = sheet.getRow(HEADER_ROW);
  cols.forEach((c, i) => {
    header.getCell(i + 1).value = headerText(c);
  });
  header.font = { bold: true };
  let row = FIRST_DATA_ROW;
  for (const m of input.template.metrics) {
    const items = m.breakdown ? input.breakdownItems[m.breakdown] : [];
    for (const item of [null, ...items]) {
      const r = sheet.getRow(row++);
      const pre = input.values.get(valueKey(m.key, item?.code ?? null));
      const c = STAT_COLUMNS;
      r.getCell(c.metric.letter).value = m.key;
      r.getCell(c.nameZh.letter).value = item ? `  其中：${m.nameZh}` : m.nameZh;
      r.getCell(c.nameEn.letter).value = m.nameEn;
      r.getCell(c.unit.letter).value = UNIT_LABELS[m.unit] ?? m.unit;
      const itemCell = r.getCell(c.item.letter);
      itemCell.numFmt = "@";
      itemCell.value = item?.code ?? null;
      r.getCell(c.itemName.letter).value = item ? `${item.nameZh} ${item.nameEn}` : "合计 Total";
      const value = r.getCell(c.value.letter);
      value.numFmt = "@";
      value.value = pre?.value ?? null;
      value.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } };
      r.getCell(c.source.letter).value = pre ? (SOURCE_LABELS[pre.source] ?? pre.source) : null;
      if (!item) r.font = { bold: true };
    }
  }
  writeInstructions(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
