/**
 * A disclosure report as an A4 PDF: a cover page, then one table per section, the values hash at the end and
 * "page n of m" on every page. Chinese text uses the Noto Sans CJK subset shipped with the app, so it renders on a
 * machine without CJK fonts. The same model and language give the same bytes (no clock, no random ids).
 */
import { drawContents } from "../../reports/pdf/pdf-contents";
import { openReportPdf } from "../../reports/pdf/pdf-document";
import { drawPageFooters } from "../../reports/pdf/pdf-footer";
import {
  COLOUR,
  CONTENT_WIDTH,
  drawParagraph,
  lineHeight,
  PAGE,
  Pager,
  rule,
  type TextStyle,
} from "../../reports/pdf/pdf-layout";
import { openSectionTable } from "../../reports/pdf/pdf-section";
import { CELL, FOOTER, HEADER, ID, NOTE } from "../../reports/pdf/pdf-styles";
import type { CellBlock, TableCell } from "../../reports/pdf/pdf-table";
import { colon } from "../../reports/report-words";
import { drawCover } from "./pdf-cover";
import type { DisclosureReportModel, ReportIndicatorRow, ReportLang, ReportSection } from "./report-model";
import {
  formatTimestamp,
  formatValueLine,
  levelLabel,
  organisationName,
  pick,
  type ReportTextKey,
  say,
} from "./report-text";

const VALUE: TextStyle = { size: 9, color: COLOUR.text };
const NOT_DISCLOSED: TextStyle = { size: 8, color: COLOUR.undisclosedText };

/** Column widths in points; the value column takes what is left of the 495 pt line. */
const FIXED_COLUMNS = [76, 124, 60, 66];
const COLUMNS = [...FIXED_COLUMNS, CONTENT_WIDTH - FIXED_COLUMNS.reduce((a, b) => a + b, 0)].map((width) => ({
  width,
}));

export async function renderDisclosureReportPdf(model: DisclosureReportModel, lang: ReportLang): Promise<Uint8Array> {
  const name = organisationName(model, lang);
  const { doc, bytes } = openReportPdf({
    lang,
    title: `${name} · ${pick(model.framework.name, lang)} · ${say("title", lang)}`,
    subject: `${model.framework.code} ${model.period.year}`,
    created: new Date(model.generatedAt),
    createdFrom: `generatedAt ${model.generatedAt}`,
  });

  const contents = drawCover(doc, model, lang);
  const pager = new Pager(doc);
  pager.newPage();
  const starts = model.sections.map((section, i) => drawSection(pager, section, i + 1, lang));
  drawClosing(pager, model, lang);

  doc.switchToPage(0);
  const entries = model.sections.map((section, i) => ({
    title: `${i + 1}. ${pick(section.title, lang)}`,
    page: starts[i]! + 1,
  }));
  drawContents(doc, contents, say("contents", lang), entries);
  drawPageFooters(doc, `GreenFin · ${name} · ${model.framework.code} ${model.period.year}`, lang);
  doc.end();
  return bytes;
}

/** Draws one section; returns the index of the page it starts on. */
function drawSection(pager: Pager, section: ReportSection, number: number, lang: ReportLang): number {
  const title = `${number}. ${pick(section.title, lang)}`;
  const first = section.rows[0];
  const { table, start } = openSectionTable(pager, {
    title,
    continued: title + say("continued", lang),
    columns: COLUMNS,
    head: headerCells(lang),
    first: first && rowCells(first, lang),
    gapAbove: 14,
  });
  for (const row of section.rows) table.drawRow(rowCells(row, lang));
  return start;
}

function headerCells(lang: ReportLang): TableCell[] {
  const keys: ReportTextKey[] = ["colId", "colName", "colClause", "colLevel", "colValue"];
  return keys.map((key) => ({ blocks: [{ text: say(key, lang), style: HEADER }] }));
}

function rowCells(row: ReportIndicatorRow, lang: ReportLang): TableCell[] {
  const disclosed = row.values.length > 0;
  const evidence: CellBlock[] =
    row.evidence.length > 0
      ? [{ text: say("evidence", lang) + row.evidence.join(lang === "zh" ? "、" : ", "), style: NOTE, gapBefore: 3 }]
      : [];
  const value: TableCell = disclosed
    ? { blocks: [...valueBlocks(row, lang), ...evidence] }
    : { blocks: [...notDisclosedBlocks(row, lang), ...evidence], fill: COLOUR.undisclosedFill };
  return [
    { blocks: [{ text: row.indicatorId, style: ID }] },
    { blocks: [{ text: pick(row.name, lang), style: CELL }] },
    { blocks: [{ text: row.clause, style: CELL }] },
    { blocks: [{ text: levelLabel(row.level, lang), style: CELL }] },
    value,
  ];
}

function valueBlocks(row: ReportIndicatorRow, lang: ReportLang): CellBlock[] {
  return row.values.flatMap((line, i): CellBlock[] => {
    const main: CellBlock = { text: formatValueLine(line, lang), style: VALUE, gapBefore: i > 0 ? 1.5 : 0 };
    return line.entered ? [main, { text: say("entered", lang) + line.entered, style: NOTE }] : [main];
  });
}

function notDisclosedBlocks(row: ReportIndicatorRow, lang: ReportLang): CellBlock[] {
  const reason = row.notDisclosedReason?.trim();
  return [
    { text: say("notDisclosed", lang), style: NOT_DISCLOSED, badge: true },
    { text: reason ? say("reason", lang) + reason : say("noReason", lang), style: NOTE, gapBefore: 2 },
  ];
}

/** The values hash and generation time under the last section, so the printout can be checked against the record. */
function drawClosing(pager: Pager, model: DisclosureReportModel, lang: ReportLang): void {
  const doc = pager.doc;
  const lines = [
    say("valuesHash", lang) + colon(lang) + model.valuesHash,
    `${say("generatedAt", lang)}${colon(lang)}${formatTimestamp(model.generatedAt, lang)} · GreenFin`,
  ];
  pager.y += 14;
  pager.ensure(6 + lines.length * lineHeight(FOOTER) * 2);
  rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, pager.y, COLOUR.rule);
  pager.y += 6;
  for (const line of lines) pager.y = drawParagraph(doc, line, PAGE.left, pager.y, CONTENT_WIDTH, FOOTER);
}
