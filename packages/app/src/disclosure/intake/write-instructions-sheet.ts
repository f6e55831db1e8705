/** The first sheet, 「填报说明」: what the workbook is for and how to fill it, each Chinese line over its English. */
import type { DisclosureTemplate } from "@greenfin/reference";
import type ExcelJS from "exceljs";
import {
  COLUMNS,
  INSTRUCTIONS_SHEET,
  LEVEL_LABELS,
  MULTI_SELECT_SEPARATOR,
  TEMPLATE_FORMAT_VERSION,
} from "./workbook-layout";

const ENTITY_KIND_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  enterprise: { zh: "企业", en: "enterprise" },
  financial_institution: { zh: "金融机构", en: "financial institution" },
  fund_manager: { zh: "基金管理人", en: "fund manager" },
  portfolio_company: { zh: "被投企业", en: "portfolio company" },
};

function lines(template: DisclosureTemplate, orgName: string, periodLabel: string): [string, string][] {
  const kind = ENTITY_KIND_LABELS[template.entityKind] ?? { zh: template.entityKind, en: template.entityKind };
  const frameworks = template.frameworks.join("、");
  const levels = Object.values(LEVEL_LABELS);
  const c = COLUMNS;
  return [
    [`填报单位：${orgName}（${kind.zh}）`, `Organisation: ${orgName} (${kind.en})`],
    [
      `报告期：${periodLabel}（期末 ${template.on}）；适用框架：${frameworks}`,
      `Reporting period: ${periodLabel} (ending ${template.on}); frameworks: ${template.frameworks.join(", ")}`,
    ],
    [
      `每个主题一个工作表，共 ${template.itemCount} 项指标。请在「${c.value.zh}」列（${c.value.letter}）填写数值或文字，不要改动 ${c.indicator.letter}、${c.name.letter}、${c.dimension.letter} 列的预填内容，不要新增、删除或改名工作表和表头。`,
      `One sheet per topic, ${template.itemCount} indicators in all. Enter each figure or text in column ${c.value.letter} (${c.value.en}); do not change the prefilled columns ${c.indicator.letter}, ${c.name.letter} and ${c.dimension.letter}, and do not add, delete or rename sheets or header cells.`,
    ],
    [
      `按地区、设施等开放维度细分的指标下方留有空行：在「${c.dimension.zh}」列等号后填写名称（如 region=华东），再填数值。`,
      `Indicators broken down by an open dimension (region, facility …) have empty rows below them: complete the ${c.dimension.en} cell after the equals sign (e.g. region=East China), then enter the value.`,
    ],
    [
      `单位：「${c.unit.zh}」列已预填标准单位，可从下拉列表改选其他单位（系统会换算），也可填中文单位名称（如“兆瓦时”）。说明列给出标准单位的中文名称。`,
      `Units: column ${c.unit.letter} holds the standard unit; pick another from the list (it is converted) or type the Chinese unit name. The notes column names the standard unit.`,
    ],
    [
      "百分比填 0–100 的数值（35.2 表示 35.2%），或在设为百分比格式的单元格中填 35.2%。是/否类指标填“是”或“否”；日期填 YYYY-MM-DD。",
      "Percentages are numbers from 0 to 100 (35.2 means 35.2 %), or 35.2% in a cell formatted as a percentage. Yes/no indicators take 是 (yes) or 否 (no); dates are YYYY-MM-DD.",
    ],
    [
      `多选指标的各选项之间用“${MULTI_SELECT_SEPARATOR}”分隔。`,
      `Separate the options of a multiple-choice indicator with "${MULTI_SELECT_SEPARATOR}".`,
    ],
    [
      `「${c.reason.zh}」：不披露某项指标（如“不遵守就解释”的指标或不适用的指标）时，${c.value.letter} 列留空，在 ${c.reason.letter} 列说明原因（如“不适用：本公司无此类业务”）。`,
      `${c.reason.en}: when a figure is not disclosed (a comply-or-explain indicator, or one that does not apply), leave column ${c.value.letter} empty and give the reason in column ${c.reason.letter}.`,
    ],
    [
      `要求级别：${levels.map((l) => l.zh).join(" / ")}。`,
      `Levels: ${levels.map((l) => l.en.toLowerCase()).join(" / ")}.`,
    ],
    [
      "不接受公式、合并单元格和错误值（如 #DIV/0!）：从其他表格复制时请使用“选择性粘贴 → 数值”，含公式或合并单元格的文件会被整体退回。",
      "Formulas, merged cells and error values (such as #DIV/0!) are refused: when copying from another sheet use Paste Special → Values; a file holding any of them is returned whole.",
    ],
    [
      `指标目录版本：${template.catalogueVersion}；模板格式版本：${TEMPLATE_FORMAT_VERSION}。`,
      `Indicator catalogue version ${template.catalogueVersion}; template format version ${TEMPLATE_FORMAT_VERSION}.`,
    ],
  ];
}

const WIDTH = 110;

/** Rows sized for their wrapped text (a CJK character is about two columns wide), as not every program autofits. */
function heightFor(text: string): number {
  const columns = [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return 16 * Math.max(1, Math.ceil(columns / WIDTH));
}

export function writeInstructionsSheet(
  workbook: ExcelJS.Workbook,
  template: DisclosureTemplate,
  orgName: string,
  periodLabel: string,
): void {
  const ws = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  ws.getColumn(1).width = WIDTH;
  const title = ws.addRow(["ESG 信息披露填报模板"]);
  title.font = { bold: true, size: 14 };
  ws.addRow(["ESG disclosure template"]).font = { italic: true, color: { argb: "FF666666" } };
  for (const [zh, en] of lines(template, orgName, periodLabel)) {
    ws.addRow([]);
    const zhRow = ws.addRow([zh]);
    zhRow.alignment = { wrapText: true, vertical: "top" };
    zhRow.height = heightFor(zh);
    const enRow = ws.addRow([en]);
    enRow.alignment = { wrapText: true, vertical: "top" };
    enRow.font = { italic: true, color: { argb: "FF666666" } };
    enRow.height = heightFor(en);
  }
}
