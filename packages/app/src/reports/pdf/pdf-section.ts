/**
 * A numbered section of a report body: its title, kept on one page with what follows it, and usually a table whose
 * header (under "title (continued)") repeats on every page it runs onto.
 */
import { CONTENT_WIDTH, drawLine, drawParagraph, lineHeight, PAGE, type Pager } from "./pdf-layout";
import { CONTINUED, HEADING } from "./pdf-styles";
import { PdfTable, type TableCell, type TableColumn } from "./pdf-table";

/** A row taller than this is not kept with the title: it would push a nearly empty page. */
const KEEP_ROW_AT_MOST = 120;

/**
 * Draws a section's title where it fits with `keepWith` points below it, `gapAbove` below what precedes it on the
 * page; returns the index of the page it is on (for the contents).
 */
export function startSection(pager: Pager, title: string, keepWith: number, gapAbove: number): number {
  const titleHeight = lineHeight(HEADING) + 4;
  if (pager.y > PAGE.top) pager.y += gapAbove;
  pager.ensure(titleHeight + keepWith);
  const start = pager.pageIndex;
  pager.y = drawParagraph(pager.doc, title, PAGE.left, pager.y, CONTENT_WIDTH, HEADING) + 4;
  return start;
}

export interface SectionTableOptions {
  readonly title: string;
  /** Printed above the repeated header on each further page, e.g. "3. Title (continued)". */
  readonly continued: string;
  readonly columns: readonly TableColumn[];
  readonly head: readonly TableCell[];
  /** The first row, kept on the title's page. */
  readonly first: readonly TableCell[] | undefined;
  readonly gapAbove: number;
}

/** Starts a section with a table: title, header; the caller draws the rows. */
export function openSectionTable(pager: Pager, o: SectionTableOptions): { table: PdfTable; start: number } {
  const doc = pager.doc;
  const continuedHeight = lineHeight(CONTINUED) + 2;
  const table = new PdfTable(pager, o.columns, o.head, PAGE.left, {
    height: continuedHeight,
    draw: () => {
      drawLine(doc, o.continued, PAGE.left, pager.y, CONTINUED);
      pager.y += continuedHeight;
    },
  });
  const firstRow = o.first ? Math.min(table.heightOf(o.first), KEEP_ROW_AT_MOST) : 0;
  const start = startSection(pager, o.title, table.headerHeight + firstRow, o.gapAbove);
  table.drawHeader();
  return { table, start };
}
