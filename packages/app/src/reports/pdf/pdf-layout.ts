/**
 * Page geometry, colours and text drawing shared by the PDF reports (disclosure, carbon credit) and their parts.
 * All text is drawn line by line at explicit positions (never with pdfkit's own wrapping), so pdfkit never starts a
 * page behind the layout's back.
 */
import { wrapText } from "./pdf-wrap";

export type Pdf = PDFKit.PDFDocument;

/** A4 in points, with room at the bottom for the page footer. */
export const PAGE = { width: 595.28, height: 841.89, top: 56, bottom: 64, left: 50, right: 50 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BODY_BOTTOM = PAGE.height - PAGE.bottom;

export const COLOUR = {
  text: "#1d2327",
  muted: "#5f6b73",
  accent: "#1f6f4a",
  rule: "#d5dcd8",
  headerFill: "#e8f2ec",
  barTrack: "#e3ebe6",
  figureBorder: "#c9d6cf",
  undisclosedFill: "#fdf0ee",
  undisclosedText: "#a3261b",
} as const;

export const FONT = "report-cjk";

export interface TextStyle {
  readonly size: number;
  readonly color: string;
  /** Drawn filled and stroked: the embedded font has a single (regular) weight. */
  readonly bold?: boolean;
}

/**
 * pdfkit puts the baseline at the font's ascender (1.16 em in Noto Sans CJK) below the y it is given; the ideographic
 * em box spans 0.88 em above the baseline to 0.12 em below, so its middle is 0.78 em below that y. Centring that
 * middle in the line box keeps text centred in table rows and badges.
 */
const EM_CENTRE = 0.78;

export const lineHeight = (style: TextStyle): number => style.size * 1.45;

export function measure(doc: Pdf, style: TextStyle): (text: string) => number {
  return (text) => doc.font(FONT).fontSize(style.size).widthOfString(text);
}

export function wrap(doc: Pdf, text: string, width: number, style: TextStyle): string[] {
  return wrapText(text, width, measure(doc, style));
}

/** Draws one line whose line box starts at `y`; `align: "right"` ends it at `x`. */
export function drawLine(doc: Pdf, text: string, x: number, y: number, style: TextStyle, align?: "right"): void {
  if (!text) return;
  doc.font(FONT).fontSize(style.size).fillColor(style.color);
  const left = align === "right" ? x - doc.widthOfString(text) : x;
  const top = y + lineHeight(style) / 2 - EM_CENTRE * style.size;
  if (style.bold) doc.strokeColor(style.color).lineWidth(style.size * 0.035);
  doc.text(text, left, top, { lineBreak: false, fill: true, stroke: style.bold === true });
}

/** Wraps and draws a paragraph; returns the y below it. */
export function drawParagraph(doc: Pdf, text: string, x: number, y: number, width: number, style: TextStyle): number {
  let cursor = y;
  for (const line of wrap(doc, text, width, style)) {
    drawLine(doc, line, x, cursor, style);
    cursor += lineHeight(style);
  }
  return cursor;
}

export function rule(doc: Pdf, x1: number, x2: number, y: number, color: string, width = 0.5): void {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
}

/** Tracks the vertical position on the current page and adds pages. */
export class Pager {
  y: number = PAGE.top;
  constructor(readonly doc: Pdf) {}

  get remaining(): number {
    return BODY_BOTTOM - this.y;
  }

  /** The current page's index (0-based), for the table of contents. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one; true when it did. */
  ensure(height: number): boolean {
    if (height <= this.remaining) return false;
    this.newPage();
    return true;
  }
}
