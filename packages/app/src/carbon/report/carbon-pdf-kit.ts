/**
 * What the carbon credit report's sections are drawn with: their text styles, table cells, the titled table (and
 * its two-column "item / value" form), paragraphs under a title or a table.
 */

import {
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  lineHeight,
  PAGE,
  type Pager,
  type TextStyle,
  wrap,
} from "../../reports/pdf/pdf-layout";
import { openSectionTable, startSection } from "../../reports/pdf/pdf-section";
import { CELL, HEADER } from "../../reports/pdf/pdf-styles";
import type { TableCell } from "../../reports/pdf/pdf-table";
import type { ReportLang } from "../../reports/report-words";
import { formatDecimal } from "./carbon-report-format";
import type { CarbonReportModel } from "./carbon-report-model";
import { type CarbonReportTextKey, say } from "./carbon-report-text";

export const NUMBER: TextStyle = CELL;
/** The "UNVERIFIED" badge of a factor. */
export const FLAG: TextStyle = { size: 7.5, color: COLOUR.undisclosedText };
export const BODY: TextStyle = { size: 9.5, color: COLOUR.text };
export const HASH: TextStyle = { size: 8, color: COLOUR.text };

/** Draws one section under its numbered title; returns the index of the page it starts on. */
export type DrawSection = (pager: Pager, title: string, model: CarbonReportModel, lang: ReportLang) => number;

/** Space between a section and the one before it on the page. */
const SECTION_GAP = 16;

/** A table's header row; the columns at `figures` (indexes) hold figures and are aligned right, as those are. */
export function header(
  keys: readonly CarbonReportTextKey[],
  lang: ReportLang,
  figures: readonly number[] = [],
): TableCell[] {
  return keys.map((key, i) => ({
    blocks: [{ text: say(key, lang), style: HEADER, align: figures.includes(i) ? "right" : undefined }],
  }));
}

export const text = (value: string, style: TextStyle = CELL): TableCell => ({ blocks: [{ text: value, style }] });

/** A figure (tonnes or another decimal) with exactly `places` decimals, as a value beside its label. */
export const num = (v: string | null | undefined, places = 3): TableCell =>
  text(formatDecimal(v, places, true), NUMBER);

/** A figure in a column of figures: exactly `places` decimals, aligned right. */
export const figure = (v: string | null | undefined, places = 3): TableCell => ({
  blocks: [{ text: formatDecimal(v, places, true), style: NUMBER, align: "right" }],
});

export const t3 = (v: string | null | undefined) => formatDecimal(v, 3, true);

/** A totals line: its label, then its figures (exactly `places` decimals, aligned right), bold on the header's fill. */
export const totalsRow = (label: string, figures: readonly (string | null)[], places = 3): TableCell[] => [
  { blocks: [{ text: label, style: HEADER }], fill: COLOUR.headerFill },
  ...figures.map(
    (v): TableCell => ({
      blocks: [{ text: formatDecimal(v, places, true), style: HEADER, align: "right" }],
      fill: COLOUR.headerFill,
    }),
  ),
];

/** Draws a section's title where it fits with `keepWith` points below it; returns the page index it is on. */
export const titleSection = (pager: Pager, title: string, keepWith: number): number =>
  startSection(pager, title, keepWith, SECTION_GAP);

/** Draws a section title (kept with the table header and first row) and its table; returns its first page. */
export function tableSection(
  pager: Pager,
  lang: ReportLang,
  title: string,
  widths: readonly number[],
  head: readonly TableCell[],
  rows: readonly TableCell[][],
  after?: (pager: Pager) => void,
): number {
  const last = CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const cells = rows.map((row) => row.map(printableCell));
  const { table, start } = openSectionTable(pager, {
    title,
    continued: title + say("continued", lang),
    columns: [...widths, last].map((width) => ({ width })),
    head,
    first: cells[0],
    gapAbove: SECTION_GAP,
  });
  for (const row of cells) table.drawRow(row);
  after?.(pager);
  return start;
}

/** A section that is an "item / value" table, with paragraphs (the working) under it. */
export function fieldSection(
  pager: Pager,
  lang: ReportLang,
  title: string,
  rows: readonly TableCell[][],
  after: readonly Paragraph[],
): number {
  return tableSection(pager, lang, title, [190], header(["colField", "colValue"], lang), rows, (pg) =>
    paragraphs(pg, after),
  );
}

export interface Paragraph {
  readonly text: string;
  readonly style: TextStyle;
  /** Space above it; 3 points unless said. */
  readonly gap?: number;
}

/** Paragraphs under a section title (or a table); a short one is kept whole, a long one runs onto the next page. */
export function paragraphs(pager: Pager, items: readonly Paragraph[]): void {
  for (const item of items) {
    pager.y += item.gap ?? 3;
    const lines = wrap(pager.doc, printable(item.text), CONTENT_WIDTH, item.style);
    const height = lineHeight(item.style);
    pager.ensure(height * Math.min(lines.length, 4));
    for (const line of lines) {
      pager.ensure(height);
      drawLine(pager.doc, line, PAGE.left, pager.y, item.style);
      pager.y += height;
    }
  }
}

/**
 * The embedded font has the CJK and Latin blocks but only part of the mathematical operators: the traces' minus
 * sign and dot operator would print as empty boxes, so they are drawn as their ASCII or Latin-1 look-alikes.
 */
const STAND_INS: Record<string, string> = { "\u2212": "-", "\u22c5": "·", "\u2206": "Δ", "\u2217": "*", "\u2215": "/" };
const printable = (value: string) => value.replace(/[\u2212\u22c5\u2206\u2217\u2215]/g, (c) => STAND_INS[c] ?? c);
const printableCell = (cell: TableCell): TableCell => ({
  ...cell,
  blocks: cell.blocks.map((b) => ({ ...b, text: printable(b.text) })),
});

/** A pale version of a grade colour for a table cell's background. */
export function tint(hex: string | undefined): string {
  if (!hex) return COLOUR.headerFill;
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `#${c
    .map((v) =>
      Math.round(v + (255 - v) * 0.75)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
