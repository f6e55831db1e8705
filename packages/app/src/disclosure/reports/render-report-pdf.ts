/**
 * A disclosure report as an A4 PDF: a cover page, then one table per section, the values hash at the end and
 * "page n of m" on every page. Chinese text uses the Noto Sans CJK subset shipped with the app, so it renders on a
 * machine without CJK fonts. The same model and language give the same bytes (no clock, no random ids).
 */
import PDFDocument from "pdfkit";
import { drawContents, drawCover } from "./pdf-cover";
import {
  BODY_BOTTOM,
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  drawParagraph,
  FONT,
  lineHeight,
  PAGE,
  Pager,
  type Pdf,
  rule,
  type TextStyle,
} from "./pdf-layout";
import { type CellBlock, PdfTable, type TableCell } from "./pdf-table";
import { reportFontBytes } from "./report-font";
import type { DisclosureReportModel, ReportIndicatorRow, ReportLang, ReportSection } from "./report-model";
import {
  colon,
  formatTimestamp,
  formatValueLine,
  levelLabel,
  organisationName,
  pageLabel,
  pick,
  type ReportTextKey,
  say,
} from "./report-text";

const SECTION_TITLE: TextStyle = { size: 13, color: COLOUR.accent, bold: true };
const CONTINUED: TextStyle = { size: 9, color: COLOUR.muted };
const HEADER: TextStyle = { size: 8.5, color: COLOUR.text, bold: true };
const ID: TextStyle = { size: 7.5, color: COLOUR.text };
const CELL: TextStyle = { size: 8.5, color: COLOUR.text };
const VALUE: TextStyle = { size: 9, color: COLOUR.text };
const NOTE: TextStyle = { size: 7.5, color: COLOUR.muted };
const NOT_DISCLOSED: TextStyle = { size: 8, color: COLOUR.undisclosedText };
const FOOTER: TextStyle = { size: 7.5, color: COLOUR.muted };

/** Column widths in points; the value column takes what is left of the 495 pt line. */
const FIXED_COLUMNS = [76, 124, 60, 66];
const COLUMNS = [...FIXED_COLUMNS, CONTENT_WIDTH - FIXED_COLUMNS.reduce((a, b) => a + b, 0)].map((width) => ({
  width,
}));

export async function renderDisclosureReportPdf(model: DisclosureReportModel, lang: ReportLang): Promise<Uint8Array> {
  const created = new Date(model.generatedAt);
  if (Number.isNaN(created.getTime())) throw new Error(`generatedAt is not a timestamp: ${model.generatedAt}`);
  const name = organisationName(model, lang);
  const doc: Pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: lang === "zh" ? "zh-CN" : "en",
    displayTitle: true,
    // Fixed dates make the file id (an md5 of this dictionary) and the output deterministic.
    info: {
      Title: `${name} · ${pick(model.framework.name, lang)} · ${say("title", lang)}`,
      Author: "GreenFin",
      Subject: `${model.framework.code} ${model.period.year}`,
      Creator: "GreenFin",
      CreationDate: created,
      ModDate: created,
    },
  });
  const bytes = collect(doc);
  doc.registerFont(FONT, reportFontBytes());

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
  drawContents(doc, contents, entries, lang);
  drawFooters(doc, `GreenFin · ${name} · ${model.framework.code} ${model.period.year}`, lang);
  doc.end();
  return bytes;
}

function collect(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}

/** Draws one section; returns the index of the page it starts on. */
function drawSection(pager: Pager, section: ReportSection, number: number, lang: ReportLang): number {
  const doc = pager.doc;
  const title = `${number}. ${pick(section.title, lang)}`;
  const continuedHeight = lineHeight(CONTINUED) + 2;
  const table = new PdfTable(pager, COLUMNS, headerCells(lang), PAGE.left, {
    height: continuedHeight,
    draw: () => {
      drawLine(doc, title + say("continued", lang), PAGE.left, pager.y, CONTINUED);
      pager.y += continuedHeight;
    },
  });
  // Keep the title with the table header and its first row.
  const first = section.rows[0];
  const firstRow = first ? Math.min(table.heightOf(rowCells(first, lang)), 120) : 0;
  const titleHeight = lineHeight(SECTION_TITLE) + 4;
  if (pager.y > PAGE.top) pager.y += 14;
  pager.ensure(titleHeight + table.headerHeight + firstRow);
  const start = pager.pageIndex;
  pager.y = drawParagraph(doc, title, PAGE.left, pager.y, CONTENT_WIDTH, SECTION_TITLE) + 4;
  table.drawHeader();
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

function drawFooters(doc: Pdf, left: string, lang: ReportLang): void {
  const { start, count } = doc.bufferedPageRange();
  const y = BODY_BOTTOM + 22;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y - 4, COLOUR.rule);
    const label = pageLabel(i - start + 1, count, lang);
    const labelWidth = doc.font(FONT).fontSize(FOOTER.size).widthOfString(label);
    const room = CONTENT_WIDTH - labelWidth - 16;
    const chars = Array.from(left);
    let text = left;
    while (chars.length > 1 && doc.widthOfString(text) > room) {
      chars.pop();
      text = `${chars.join("")}…`;
    }
    drawLine(doc, text, PAGE.left, y, FOOTER);
    drawLine(doc, label, PAGE.left + CONTENT_WIDTH, y, FOOTER, "right");
  }
}
